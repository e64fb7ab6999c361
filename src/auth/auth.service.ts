import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { isLockedOut } from './login-lock';
import { hashPassword, verifyPassword } from '../users/passwords';

export interface TokenPayload {
  sub: string;
}

const unauthenticated = () => new DomainError(ErrorCode.Unauthenticated, 'sign_in_failed');

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so that both cases take the same time. */
  private readonly decoyHash: Promise<string> = hashPassword('decoy-password-never-used');

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<{ accessToken: string; expiresIn: number }> {
    const user = await this.authenticate(email, password);
    const payload: TokenPayload = { sub: user.id };
    const accessToken = await this.jwt.signAsync(payload);
    return { accessToken, expiresIn: this.config.TOKEN_TTL_SECONDS };
  }

  /** The user with these credentials; every attempt is logged and repeated failures lock the account. */
  async authenticate(email: string, password: string): Promise<User> {
    const user = await this.users.findByEmail(email);
    if (!user) {
      await verifyPassword(await this.decoyHash, password);
      await this.audit.record({
        actorId: null,
        action: 'login.failure',
        detail: { reason: 'unknown_email' },
      });
      throw unauthenticated();
    }
    const windowStart = new Date(this.clock.now().getTime() - this.config.LOGIN_LOCK_MINUTES * 60_000);
    const recent = await this.audit.findForSubjectSince('user', user.id, windowStart);
    if (isLockedOut(recent, this.config.LOGIN_MAX_FAILURES)) {
      await this.recordLogin(user, 'login.locked');
      throw new DomainError(ErrorCode.TooManyAttempts, {
        code: 'sign_in_locked',
        params: { minutes: this.config.LOGIN_LOCK_MINUTES },
      });
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordLogin(user, 'login.failure');
      throw unauthenticated();
    }
    await this.recordLogin(user, 'login.success');
    return user;
  }

  /** The user behind a bearer token, or null when the token is invalid, expired or its user is gone. */
  async userForToken(token: string): Promise<User | null> {
    try {
      const payload = await this.jwt.verifyAsync<TokenPayload>(token);
      return await this.users.findById(payload.sub);
    } catch {
      return null;
    }
  }

  private recordLogin(user: User, action: string): Promise<void> {
    return this.audit.record({
      actorId: user.id,
      action,
      subjectType: 'user',
      subjectId: user.id,
      countyCode: user.countyCode,
    });
  }
}
