import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { AuthenticatedRequest } from '../../access/current-actor.decorator';
import { IS_PUBLIC } from '../../access/public.decorator';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { actorOf } from '../../access/actor';
import { SecondFactorService } from '../../auth/second-factor.service';
import { CookiePolicy } from './cookie-policy';
import { newToken } from '../../common/tokens';
import { tokensMatch, warningLeadSeconds } from './session-rules';
import { KeptPostsService } from './kept-posts.service';
import { SessionsService } from './sessions.service';

export const SESSION_COOKIE = 'lagesbild_session';
/** Before sign-in, the CSRF token lives in its own cookie (so that the sign-in form is protected too). */
export const ANONYMOUS_CSRF_COOKIE = 'lagesbild_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What an admin who must set up a second factor may reach before doing so. */
const SETUP_PATHS = /^\/(account(\/.*)?|sign-out|language|session\/keep-alive)$/;

export interface PageUser {
  name: string;
  email: string;
  role: string;
  countyCode: string | null;
  municipalityCode: string | null;
  /** Set for an organisation's reporter. */
  organisationId: string | null;
}

/** Signs pages in by the session cookie and refuses any form post without the session's CSRF token. */
@Injectable()
export class WebSessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly cookies: CookiePolicy,
    private readonly kept: KeptPostsService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & AuthenticatedRequest>();
    const res = http.getResponse<Response>();
    const cookies = req.cookies as Record<string, string | undefined>;
    const token = cookies[SESSION_COOKIE];
    const active = token ? await this.sessions.resolve(token) : null;
    let csrfToken: string;
    if (active) {
      req.actor = actorOf(active.user);
      csrfToken = active.csrfToken;
      const user: PageUser = {
        name: active.user.name,
        email: active.user.email,
        role: active.user.role,
        countyCode: active.user.countyCode,
        municipalityCode: active.user.municipalityCode,
        organisationId: active.user.organisationId ?? null,
      };
      res.locals.user = user;
      // For the warning before the session ends for want of use.
      const limits = this.sessions.limits();
      res.locals.sessionTimes = {
        idleSeconds: limits.idleMinutes * 60,
        warnSeconds: warningLeadSeconds(limits),
      };
    } else {
      if (token) res.clearCookie(SESSION_COOKIE, this.cookies.options(req));
      csrfToken = cookies[ANONYMOUS_CSRF_COOKIE] ?? '';
      if (csrfToken.length < 40) {
        csrfToken = newToken();
        res.cookie(ANONYMOUS_CSRF_COOKIE, csrfToken, this.cookies.options(req));
      }
    }
    res.locals.csrfToken = csrfToken;
    // A file upload's body is read only after the sender is known, so its form carries the token in its address.
    const sent = req.is('multipart/form-data')
      ? req.query._csrf
      : (req.body as Record<string, unknown> | undefined)?._csrf;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!active && token && !isPublic && !SAFE_METHODS.has(req.method))
      await this.keepIfLate(req, token, sent);
    if (!SAFE_METHODS.has(req.method) && !tokensMatch(csrfToken, sent)) {
      throw new DomainError(ErrorCode.Forbidden, 'csrf_invalid', [], { reason: 'csrf' });
    }
    if (!active && !isPublic) throw new DomainError(ErrorCode.Unauthenticated, 'sign_in_required');
    if (active && this.secondFactor.setupRequired(active.user) && !SETUP_PATHS.test(req.path)) {
      throw new DomainError(ErrorCode.Forbidden, 'totp_setup_required', [], {
        redirect: '/account/two-factor',
      });
    }
    return true;
  }

  /**
   * A form posted by a session that went idle meanwhile (its own CSRF token proves the form was ours) is kept for its
   * author, who is asked to sign in again and gets it saved then: no typed word is thrown away.
   */
  private async keepIfLate(req: Request, token: string, sent: unknown): Promise<void> {
    if (!req.is('application/x-www-form-urlencoded')) return;
    const idle = await this.sessions.idle(token);
    if (!idle || !tokensMatch(idle.csrfToken, sent)) return;
    const kept = await this.kept.keep(idle.userId, req.originalUrl, req.body as Record<string, unknown>);
    await this.sessions.end(token);
    throw new DomainError(ErrorCode.Unauthenticated, 'sign_in_required', [], { resume: `/kept/${kept}` });
  }
}
