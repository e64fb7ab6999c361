import { Body, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../../auth/auth.service';
import { OidcService, PendingOidcSignIn } from '../../auth/oidc/oidc.service';
import type { User } from '../../users/user.entity';
import { isLanguage, messageText } from '../../common/i18n';
import { sourceAddressOf } from '../../auth/source-address';
import type { AuthenticatedRequest } from '../../access/current-actor.decorator';
import { Public } from '../../access/public.decorator';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { textOf } from '../forms/form-posts';
import { PageSettings } from '../page-settings';
import { SessionsService } from '../session/sessions.service';
import { CookiePolicy } from '../session/cookie-policy';
import { SESSION_COOKIE } from '../session/web-session.guard';
import { BrowserCookies, cookieOf } from '../session/browser-cookies';
import { LANGUAGE_COOKIE, PageLocals, safeLocalPath } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { homePathOf } from './home-path';
import { RateLimited } from '../../auth/rate-limits';

/** The cookie that carries a sign-in through the organisation's provider (signed), and how long it may take. */
const OIDC_COOKIE = 'lagesbild_oidc';
const OIDC_PENDING_SECONDS = 600;
/** The cookie that carries a sign-in between its password and its code (signed), and how long it may wait. */
const CODE_COOKIE = 'lagesbild_code';
const CODE_PENDING_SECONDS = 300;

/** A sign-in whose password was right, waiting for the second factor's code. */
interface PendingCode {
  userId: string;
  version: number;
  email: string;
  next: string;
}

@WebController()
export class AuthPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly settings: PageSettings,
    private readonly cookies: CookiePolicy,
    private readonly oidc: OidcService,
    private readonly browser: BrowserCookies,
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
  @RateLimited('login')
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
      const { user, needsCode } = await this.auth.beginSignIn({
        email,
        password,
        sourceAddress: sourceAddressOf(req),
      });
      if (!needsCode) return await this.beginSession(req, res, user, next);
      const pending: PendingCode = { userId: user.id, version: user.tokenVersion, email, next: next ?? '' };
      await this.browser.seal(req, res, CODE_COOKIE, pending, CODE_PENDING_SECONDS);
      res.status(200).render('sign-in-code', { errors: {}, errorList: [] });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const waiting = error.code === ErrorCode.TooManyAttempts;
      if (!waiting && error.code !== ErrorCode.Unauthenticated) throw error;
      const message = waiting ? t('signIn.wait', error.params) : t('signIn.failed');
      if (waiting) res.setHeader('Retry-After', String(error.params.seconds));
      res
        .status(waiting ? 429 : 401)
        .render('sign-in', this.signInModel(next, email, [{ path: 'email', message }]));
    }
  }

  /** The second step: the authenticator app's code (or a recovery code) for the account whose password was right. */
  @Public()
  @RateLimited('login')
  @Post('sign-in/code')
  async signInCode(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const { t } = res.locals as PageLocals;
    const pending = await this.browser.unseal<PendingCode>(req, CODE_COOKIE);
    if (!pending) return res.redirect(303, '/sign-in');
    const code = textOf(body, 'code').trim();
    const refuse = (status: number, message: string) =>
      res.status(status).render('sign-in-code', {
        errors: { code: message },
        errorList: [{ text: message, href: '#code' }],
      });
    if (code === '') return refuse(400, t('signIn.codeMissing'));
    try {
      const user = await this.auth.completeSecondFactor(pending, code, sourceAddressOf(req));
      this.browser.clear(req, res, CODE_COOKIE);
      await this.beginSession(req, res, user, pending.next);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === ErrorCode.TooManyAttempts) {
        res.setHeader('Retry-After', String(error.params.seconds));
        return refuse(429, t('signIn.wait', error.params));
      }
      if (error.code !== ErrorCode.Unauthenticated) throw error;
      refuse(401, messageText(t, error.messageCode));
    }
  }

  /** "Sign in with your organisation": off to the OpenID provider, with what its answer must match in a cookie. */
  @Public()
  @Get('sign-in/oidc')
  async oidcBegin(@Req() req: Request, @Res() res: Response, @Query('next') next?: string): Promise<void> {
    const { url, pending } = await this.oidc.begin(next ? safeLocalPath(next, '') : '');
    await this.browser.seal(req, res, OIDC_COOKIE, pending, OIDC_PENDING_SECONDS);
    res.redirect(303, url);
  }

  /** The provider's answer: a verified e-mail address of an active account signs that account in. */
  @Public()
  @Get('sign-in/oidc/callback')
  async oidcCallback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { t } = res.locals as PageLocals;
    const pending = await this.browser.unseal<PendingOidcSignIn>(req, OIDC_COOKIE);
    this.browser.clear(req, res, OIDC_COOKIE);
    try {
      if (!pending) throw new DomainError(ErrorCode.Unauthenticated, 'oidc.failed');
      const email = await this.oidc.complete(new URL(req.originalUrl, this.oidc.redirectUri), pending);
      await this.beginSession(req, res, await this.auth.authenticateVerified(email), pending.next);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== ErrorCode.Unauthenticated) throw error;
      const message = messageText(t, error.messageCode, error.params);
      res.status(401).render('sign-in', this.signInModel(pending?.next, '', [{ path: 'oidc', message }]));
    }
  }

  @Post('sign-out')
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = cookieOf(req, SESSION_COOKIE);
    if (token) await this.sessions.end(token);
    res.clearCookie(SESSION_COOKIE, this.cookies.options(req));
    res.redirect(303, '/sign-in?notice=signed-out');
  }

  /** "Stay signed in": the session counts as used now. */
  @Post('session/keep-alive')
  @HttpCode(204)
  async keepAlive(@Req() req: Request): Promise<void> {
    const token = cookieOf(req, SESSION_COOKIE);
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

  /** Signs the browser in as `user`: a new session (any earlier one of this browser ends), then on to `next`. */
  private async beginSession(
    req: Request,
    res: Response,
    user: User,
    next: string | undefined,
  ): Promise<void> {
    await this.browser.beginSession(req, res, user);
    res.redirect(303, safeLocalPath(next, homePathOf(user)));
  }

  private signInModel(next: string | undefined, email: string, errors: { path: string; message: string }[]) {
    return {
      next: next ? safeLocalPath(next, '') : '',
      email,
      errors: Object.fromEntries(errors.map((e) => [e.path, e.message])),
      errorList: errors.map((e) => ({ text: e.message, href: `#${e.path}` })),
      demoAccounts: this.settings.demoAccounts,
      oidcEnabled: this.oidc.enabled,
    };
  }
}
