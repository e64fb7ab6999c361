import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { AuthService } from '../auth/auth.service';
import { TokenBody } from '../auth/dto/token.response';
import { sourceAddressOf } from '../auth/source-address';
import { ApiErrors } from '../common/api-docs';
import { AccountService } from './account.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import {
  RecoveryCodesBody,
  TwoFactorCodeDto,
  TwoFactorDisableDto,
  TwoFactorSecretBody,
} from './dto/two-factor.dto';

@ApiTags('account')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/account')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly auth: AuthService,
  ) {}

  /** A new password for one's own account; every earlier token ends, and the answer is a new one. */
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenBody })
  @ApiErrors(400, 429)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Body() dto: ChangePasswordDto,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    const user = await this.account.changePassword(actor, { ...dto, sourceAddress: sourceAddressOf(req) });
    return this.auth.tokenFor(user);
  }

  /** Starts switching on the second factor: a secret for the authenticator app, waiting for its first code. */
  @Post('two-factor')
  @HttpCode(200)
  @ApiOkResponse({ type: TwoFactorSecretBody })
  beginSecondFactor(@CurrentActor() actor: Actor): Promise<{ secret: string; uri: string }> {
    return this.account.beginSecondFactor(actor);
  }

  /** The app's first code switches the second factor on; the answer holds the recovery codes, shown only now. */
  @Post('two-factor/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesBody })
  @ApiErrors(400)
  async confirmSecondFactor(
    @CurrentActor() actor: Actor,
    @Body() dto: TwoFactorCodeDto,
  ): Promise<{ recoveryCodes: string[] }> {
    return { recoveryCodes: await this.account.confirmSecondFactor(actor, dto.code) };
  }

  /** Switches the second factor off, given the password (not for admins where REQUIRE_TOTP_FOR_ADMINS is set). */
  @Post('two-factor/disable')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(400, 403, 429)
  disableSecondFactor(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Body() dto: TwoFactorDisableDto,
  ): Promise<void> {
    return this.account.disableSecondFactor(actor, dto.password, sourceAddressOf(req));
  }

  /** Ends every token and page session of one's own account, this token included. */
  @Post('sign-out-everywhere')
  @HttpCode(204)
  @ApiNoContentResponse()
  signOutEverywhere(@CurrentActor() actor: Actor): Promise<void> {
    return this.account.signOutEverywhere(actor);
  }
}
