import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import type { User } from '../../users/user.entity';
import { CookiePolicy } from './cookie-policy';
import { SessionsService } from './sessions.service';
import { ANONYMOUS_CSRF_COOKIE, SESSION_COOKIE } from './web-session.guard';

/** The browser's cookies that carry a sign-in: the session itself, and signed short-lived steps on the way to it. */
@Injectable()
export class BrowserCookies {
  constructor(
    private readonly sessions: SessionsService,
    private readonly cookies: CookiePolicy,
    private readonly jwt: JwtService,
  ) {}

  /** Signs the browser in as `user`: a new session, and any earlier one of this browser ends. */
  async beginSession(req: Request, res: Response, user: User): Promise<void> {
    const previous = cookieOf(req, SESSION_COOKIE);
    if (previous) await this.sessions.end(previous);
    const token = await this.sessions.start(user);
    res.clearCookie(ANONYMOUS_CSRF_COOKIE, this.cookies.options(req));
    res.cookie(SESSION_COOKIE, token, this.cookies.options(req));
  }

  /** Keeps `value` in a signed cookie for `seconds`; what the browser returns is trusted only if the signature holds. */
  async seal(req: Request, res: Response, name: string, value: object, seconds: number): Promise<void> {
    const sealed = await this.jwt.signAsync({ ...value }, { expiresIn: seconds });
    res.cookie(name, sealed, { ...this.cookies.options(req), maxAge: seconds * 1000 });
  }

  /** The value of a sealed cookie, or null when it is missing, altered or expired. */
  async unseal<T extends object>(req: Request, name: string): Promise<T | null> {
    const sealed = cookieOf(req, name);
    return sealed ? await this.jwt.verifyAsync<T>(sealed).catch(() => null) : null;
  }

  clear(req: Request, res: Response, name: string): void {
    res.clearCookie(name, this.cookies.options(req));
  }
}

export function cookieOf(req: Request, name: string): string | undefined {
  return (req.cookies as Record<string, string | undefined>)[name];
}
