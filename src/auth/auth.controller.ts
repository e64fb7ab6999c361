import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import type { UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { CurrentActor } from '../access/current-actor.decorator';
import { LoginDto } from './dto/login.dto';
import { Public } from '../access/public.decorator';
import { ApiErrors } from '../common/api-docs';
import { TokenBody } from './dto/token.response';
import { UserBody } from '../users/dto/user.response';
import { sourceAddressOf } from './source-address';
import { RateLimited } from './rate-limits';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @RateLimited('login')
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenBody })
  @ApiErrors(400, 401, 403, 429)
  login(@Req() req: Request, @Body() dto: LoginDto): Promise<{ accessToken: string; expiresIn: number }> {
    return this.auth.login({
      email: dto.email,
      password: dto.password,
      totp: dto.totp,
      sourceAddress: sourceAddressOf(req),
    });
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: UserBody })
  @ApiErrors(401)
  me(@CurrentActor() actor: Actor): Promise<UserView> {
    return this.users.view(actor.id);
  }
}
