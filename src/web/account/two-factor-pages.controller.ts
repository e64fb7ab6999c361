import { Body, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toString as qrSvg } from 'qrcode';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { AccountService } from '../../account/account.service';
import { SecondFactorService } from '../../auth/second-factor.service';
import { sourceAddressOf } from '../../auth/source-address';
import type { FieldError } from '../../common/domain-error';
import { UsersService } from '../../users/users.service';
import { textOf, tryForm } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';

/** Two-step verification of one's own account: switching the authenticator app on, and off. */
@WebController('account/two-factor')
export class TwoFactorPagesController {
  constructor(
    private readonly account: AccountService,
    private readonly users: UsersService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  @Get()
  async page(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    res.render('account/two-factor', await this.model(actor, []));
  }

  /** A new secret to read into the app; the page then shows its QR code and asks for the first code. */
  @Post('start')
  async start(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    await this.account.beginSecondFactor(actor);
    res.redirect(303, '/account/two-factor#confirm');
  }

  /** The first code switches it on; the recovery codes are shown now, and never again. */
  @Post('confirm')
  async confirm(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await tryForm(
      async () => {
        const codes = await this.account.confirmSecondFactor(actor, textOf(body, 'code'));
        res.status(200).render('account/recovery-codes', { codes });
      },
      async ({ status, errors }) =>
        res.status(status).render('account/two-factor', await this.model(actor, errors)),
    );
  }

  @Post('disable')
  async disable(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await tryForm(
      async () => {
        await this.account.disableSecondFactor(actor, textOf(body, 'currentPassword'), sourceAddressOf(req));
        res.redirect(303, '/account/two-factor?notice=two-factor-off');
      },
      async ({ status, errors }) =>
        res.status(status).render('account/two-factor', await this.model(actor, errors)),
    );
  }

  private async model(actor: Actor, errors: FieldError[]) {
    const user = await this.users.findById(actor.id);
    const pending = await this.account.pendingSecondFactor(actor);
    return {
      errors,
      on: user?.totpSecret != null,
      required: user ? this.secondFactor.setupRequired({ role: user.role, totpSecret: null }) : false,
      recoveryLeft: user?.totpRecovery?.length ?? 0,
      pending: pending && {
        secret: pending.secret.replace(/(.{4})/g, '$1 ').trim(),
        qr: await qrSvg(pending.uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
      },
    };
  }
}
