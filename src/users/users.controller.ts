import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import type { Actor } from '../access/actor';
import type { UserView } from './user.view';
import { UsersService } from './users.service';
import { ApiErrors } from '../common/api-docs';
import { UserBody } from './dto/user.response';

@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiCreatedResponse({ type: UserBody })
  @ApiErrors(400, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Get()
  @ApiOkResponse({ type: [UserBody] })
  @ApiErrors(403)
  list(@CurrentActor() actor: Actor): Promise<UserView[]> {
    return this.users.list(actor);
  }
}
