import { Body, Controller, Get, Param, Patch, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import type { Actor } from '../access/actor';
import type { UserView } from './user.view';
import { UsersService } from './users.service';
import { ApiErrors } from '../common/api-docs';
import { UserBody } from './dto/user.response';
import { InvitationBody } from './invitations/dto/invitation.response';
import type { InvitationView } from './invitations/invitation.view';
import { InvitationsService } from './invitations/invitations.service';

@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  /** With a password (admins only), the account is made at once; without one, its holder is invited (202). */
  @Post()
  @ApiCreatedResponse({ type: UserBody })
  @ApiAcceptedResponse({
    type: InvitationBody,
    description: 'Invited: the account is made when the link is used',
  })
  @ApiErrors(400, 403, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateUserDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UserView | InvitationView> {
    const { password } = dto;
    if (password !== undefined) return this.users.create(actor, { ...dto, password });
    res.status(202);
    return this.invitations.invite(actor, dto);
  }

  @Get()
  @ApiOkResponse({ type: [UserBody] })
  @ApiErrors(403)
  list(@CurrentActor() actor: Actor): Promise<UserView[]> {
    return this.users.list(actor);
  }

  /** Admins change any account; coordinators their county's reporters and analysts. */
  @Patch(':id')
  @ApiOkResponse({ type: UserBody })
  @ApiErrors(400, 403, 404)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
