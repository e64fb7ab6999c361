import { Body, Get, HttpCode, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuthService } from '../../auth/auth.service';
import type { AuthenticatedRequest } from '../../access/current-actor.decorator';
import { Public } from '../../access/public.decorator';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { isLanguage } from '../../common/i18n';
import { textOf } from '../forms/form-posts';
import { PageSettings } from '../page-settings';
import { SessionsService } from '../session/sessions.service';
import { CookiePolicy } from '../session/cookie-policy';
import { ANONYMOUS_CSRF_COOKIE, SESSION_COOKIE } from '../session/web-session.guard';
import { LANGUAGE_COOKIE, PageLocals, safeLocalPath } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { homePathOf } from './home-path';

@WebController()
export class AuthPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly settings: PageSettings,
    private readonly cookies: CookiePolicy,
  ) {}

  @Public()
  @Get()
  home(@Req() req: Request & AuthenticatedRequest, @Res() res: Response): void {
    res.redirect(303, req.actor ? homePathOf(req.actor) : '/sign-in');
  }

  @Public()
  @Get('sign-in')
  signInPage(
    @Req() req: Request & AuthenticatedRequest,
    @Res() res: Response,
    @Query('next') next?: string,
  ): void {
    if (req.actor) return res.redirect(303, safeLocalPath(next, homePathOf(req.actor)));
    res.render('sign-in', this.signInModel(next, '', []));
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('sign-in')
  @HttpCode(303)
  async signIn(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
    @Query('next') next?: string,
  ): Promise<void> {
    const { t } = res.locals as PageLocals;
    const email = textOf(body, 'email').trim();
    const password = textOf(body, 'password');
    const missing = [
      ...(email === '' ? [{ path: 'email', message: t('signIn.emailMissing') }] : []),
      ...(password === '' ? [{ path: 'password', message: t('signIn.passwordMissing') }] : []),
    ];
    if (missing.length > 0) return res.status(400).render('sign-in', this.signInModel(next, email, missing));
    try {
      const user = await this.auth.authenticate(email, password);
      const previous = (req.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
      if (previous) await this.sessions.end(previous);
      const token = await this.sessions.start(user);
      res.clearCookie(ANONYMOUS_CSRF_COOKIE, this.cookies.options(req));
      res.cookie(SESSION_COOKIE, token, this.cookies.options(req));
      res.redirect(303, safeLocalPath(next, homePathOf(user)));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const locked = error.code === ErrorCode.TooManyAttempts;
      if (!locked && error.code !== ErrorCode.Unauthenticated) throw error;
      const message = locked ? t('signIn.locked') : t('signIn.failed');
      res
        .status(locked ? 429 : 401)
        .render('sign-in', this.signInModel(next, email, [{ path: 'email', message }]));
    }
  }

  @Post('sign-out')
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = (req.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
    if (token) await this.sessions.end(token);
    res.clearCookie(SESSION_COOKIE, this.cookies.options(req));
    res.redirect(303, '/sign-in?notice=signed-out');
  }

  /** "Stay signed in": the session counts as used now. */
  @Post('session/keep-alive')
  @HttpCode(204)
  async keepAlive(@Req() req: Request): Promise<void> {
    const token = (req.cookies as Record<string, string | undefined>)[SESSION_COOKIE];
    if (token) await this.sessions.keepAlive(token);
  }

  @Public()
  @Get('language')
  language(
    @Req() req: Request,
    @Res() res: Response,
    @Query('to') to?: string,
    @Query('next') next?: string,
  ): void {
    if (isLanguage(to)) {
      res.cookie(LANGUAGE_COOKIE, to, { ...this.cookies.options(req), maxAge: 365 * 24 * 3_600_000 });
    }
    res.redirect(303, safeLocalPath(next));
  }

  private signInModel(next: string | undefined, email: string, errors: { path: string; message: string }[]) {
    return {
      next: next ? safeLocalPath(next, '') : '',
      email,
      errors: Object.fromEntries(errors.map((e) => [e.path, e.message])),
      errorList: errors.map((e) => ({ text: e.message, href: `#${e.path}` })),
      demoAccounts: this.settings.demoAccounts,
    };
  }
}
