import { Injectable } from '@nestjs/common';
import type { CookieOptions, Request } from 'express';
import { AppConfig } from '../../config/app-config';

/** How the site's cookies are set: HttpOnly, SameSite=Lax, and Secure over HTTPS or always (COOKIE_SECURE). */
@Injectable()
export class CookiePolicy {
  constructor(private readonly config: AppConfig) {}

  /** `req.secure` is right behind a proxy only when TRUST_PROXY names it. */
  options(req: Request): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE === 'always' || req.secure,
      path: '/',
    };
  }
}
