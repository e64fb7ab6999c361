import { Body, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { Public } from '../../access/public.decorator';
import { AccountService } from '../../account/account.service';
import { PasswordResetsService } from '../../account/password-resets.service';
import { sourceAddressOf } from '../../auth/source-address';
import type { FieldError } from '../../common/domain-error';
import { GeographyService } from '../../geography/geography.service';
import { InvitationsService } from '../../users/invitations/invitations.service';
import { UsersService } from '../../users/users.service';
import { textOf, tryForm } from '../forms/form-posts';
import { CookiePolicy } from '../session/cookie-policy';
import { BrowserCookies } from '../session/browser-cookies';
import { SESSION_COOKIE } from '../session/web-session.guard';
import { WebController } from '../web-controller.decorator';
import { RateLimited } from '../../auth/rate-limits';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One's own account, and the pages a link in an e-mail leads to: an invitation, a new password. */
@WebController()
export class AccountPagesController {
  constructor(
    private readonly account: AccountService,
    private readonly resets: PasswordResetsService,
    private readonly invitations: InvitationsService,
    private readonly users: UsersService,
    private readonly geography: GeographyService,
    private readonly browser: BrowserCookies,
    private readonly cookies: CookiePolicy,
  ) {}

  @Get('account')
  async ownAccount(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    res.render('account/index', await this.accountModel(actor, []));
  }

  /** A new password: every other session and token ends, and this browser goes on in a new session. */
  @Post('account/password')
  async changePassword(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await tryForm(
      async () => {
        const user = await this.account.changePassword(actor, {
          currentPassword: textOf(body, 'currentPassword'),
          newPassword: textOf(body, 'newPassword'),
          sourceAddress: sourceAddressOf(req),
        });
        await this.browser.beginSession(req, res, user);
        res.redirect(303, '/account?notice=password-changed');
      },
      async ({ status, errors }) =>
        res.status(status).render('account/index', await this.accountModel(actor, errors)),
    );
  }

  @Post('account/sign-out-everywhere')
  async signOutEverywhere(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.account.signOutEverywhere(actor);
    res.clearCookie(SESSION_COOKIE, this.cookies.options(req));
    res.redirect(303, '/sign-in?notice=signed-out-everywhere');
  }

  @Public()
  @Get('forgot-password')
  forgotPage(@Res() res: Response): void {
    res.render('account/forgot', { email: '', errors: [], mailEnabled: this.resets.mailEnabled });
  }

  /** The same answer for every address: what happens next is told by e-mail, to the address's owner only. */
  @Public()
  @RateLimited('login')
  @Post('forgot-password')
  @HttpCode(200)
  forgot(@Res() res: Response, @Body() body: Record<string, unknown>): void {
    const email = textOf(body, 'email').trim();
    if (!EMAIL.test(email) || email.length > 254) {
      const code = email === '' ? 'required' : 'not_email';
      return res.status(400).render('account/forgot', {
        email,
        errors: [{ path: 'email', code }],
        mailEnabled: this.resets.mailEnabled,
      });
    }
    this.resets.request(email);
    res.render('account/forgot-sent', { minutes: this.resets.minutes });
  }

  @Public()
  @Get('reset-password/:token')
  async resetPage(@Param('token') token: string, @Res() res: Response): Promise<void> {
    if (!(await this.resets.usable(token)))
      return res.status(404).render('account/link-gone', { kind: 'reset' });
    res.render('account/reset', { token, errors: [] });
  }

  @Public()
  @Post('reset-password/:token')
  async reset(
    @Param('token') token: string,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    if (!(await this.resets.usable(token)))
      return res.status(404).render('account/link-gone', { kind: 'reset' });
    await tryForm(
      async () => {
        await this.resets.confirm(token, textOf(body, 'newPassword'));
        res.redirect(303, '/sign-in?notice=password-reset');
      },
      ({ status, errors }) =>
        res.status(status).render('account/reset', { token, errors: asField(errors, 'newPassword') }),
    );
  }

  @Public()
  @Get('invitation/:token')
  async invitationPage(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const model = await this.invitationModel(token, []);
    if (!model) return res.status(404).render('account/link-gone', { kind: 'invitation' });
    res.render('account/invitation', model);
  }

  @Public()
  @Post('invitation/:token')
  async acceptInvitation(
    @Param('token') token: string,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const gone = () => res.status(404).render('account/link-gone', { kind: 'invitation' });
    if (!(await this.invitations.pendingByToken(token))) return gone();
    await tryForm(
      async () => {
        await this.invitations.accept(token, textOf(body, 'newPassword'));
        res.redirect(303, '/sign-in?notice=account-created');
      },
      async ({ status, errors }) => {
        const model = await this.invitationModel(token, asField(errors, 'newPassword'));
        return model ? res.status(status).render('account/invitation', model) : gone();
      },
    );
  }

  private async invitationModel(token: string, errors: FieldError[]) {
    const invitation = await this.invitations.pendingByToken(token);
    if (!invitation) return null;
    return {
      token,
      errors,
      invitation: { name: invitation.name, email: invitation.email, role: invitation.role },
      place: await this.placeName(invitation),
    };
  }

  private async accountModel(actor: Actor, errors: FieldError[]) {
    const user = await this.users.view(actor.id);
    const twoFactorOn = (await this.users.findById(actor.id))?.totpSecret != null;
    return { account: user, place: await this.placeName(user), twoFactorOn, errors };
  }

  private async placeName(scope: {
    municipalityCode: string | null;
    countyCode: string | null;
  }): Promise<string> {
    if (scope.municipalityCode)
      return (await this.geography.findMunicipality(scope.municipalityCode))?.name ?? '';
    if (scope.countyCode) return (await this.geography.findCounty(scope.countyCode))?.name ?? '';
    return '';
  }
}

/** The service names the chosen password `password`; the pages' field for it is `newPassword`. */
function asField(errors: FieldError[], field: string): FieldError[] {
  return errors.map((error) => (error.path === 'password' ? { ...error, path: field } : error));
}
