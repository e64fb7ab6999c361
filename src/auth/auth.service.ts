import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '../audit/audit.service';
import { DomainError, ErrorCode, invalid } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { SecondFactorService } from './second-factor.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { hashPassword, verifyPassword } from '../users/passwords';

/** What a sign-in is tried with: the credentials and the address the request came from. */
export interface SignInAttempt {
  email: string;
  password: string;
  sourceAddress: string;
  /** The authenticator app's code (or a recovery code), for an account that has one on. */
  totp?: string;
}

export interface TokenPayload {
  sub: string;
  /** The user's token version when the token was given; a token of an earlier version is void. */
  ver: number;
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
    private readonly throttle: SignInThrottleService,
    private readonly secondFactor: SecondFactorService,
    private readonly config: AppConfig,
  ) {}

  /** A bearer token for the API. An admin who must have a second factor and has none sets it up on the pages first. */
  async login(attempt: SignInAttempt): Promise<{ accessToken: string; expiresIn: number }> {
    const user = await this.authenticate(attempt);
    if (this.secondFactor.setupRequired(user))
      throw new DomainError(ErrorCode.Forbidden, 'totp_setup_required');
    return this.tokenFor(user);
  }

  /** A bearer token for the user, valid until it expires or the user's tokens are ended. */
  async tokenFor(user: User): Promise<{ accessToken: string; expiresIn: number }> {
    const payload: TokenPayload = { sub: user.id, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(payload);
    return { accessToken, expiresIn: this.config.TOKEN_TTL_SECONDS };
  }

  /**
   * The active user with these credentials. Every attempt is logged. An unknown address, a deactivated account and a
   * wrong password answer alike, in the same time; failures in a row from one source address make it wait. With the
   * right password, an account with a second factor asks for its code (`totp_required`) when none came with it.
   */
  async authenticate(attempt: SignInAttempt): Promise<User> {
    const { user, needsCode } = await this.beginSignIn(attempt);
    if (!needsCode) return user;
    if (attempt.totp === undefined) {
      throw new DomainError(ErrorCode.Unauthenticated, 'totp_required', [], { secondFactor: true });
    }
    await this.secondFactor.verify(user, attempt.totp, attempt.sourceAddress);
    return this.succeeded(user, attempt);
  }

  /**
   * The first step of signing in, as the pages take it: the password. An account without a second factor is signed
   * in by it; one with a second factor needs its code next (`completeSecondFactor`).
   */
  async beginSignIn(attempt: SignInAttempt): Promise<{ user: User; needsCode: boolean }> {
    const user = await this.checkPassword(attempt);
    if (this.secondFactor.isOn(user)) return { user, needsCode: true };
    return { user: await this.succeeded(user, attempt), needsCode: false };
  }

  /**
   * The second step of a sign-in on the pages, whose first step (the password) was taken by the account at `version`:
   * the account must still be active and unchanged since.
   */
  async completeSecondFactor(
    pending: { userId: string; version: number; email: string },
    code: string,
    sourceAddress: string,
  ): Promise<User> {
    await this.refuseWhileWaiting(pending.email, sourceAddress, null);
    const user = await this.users.findById(pending.userId);
    if (!user || !user.active || user.tokenVersion !== pending.version || !this.secondFactor.isOn(user)) {
      throw unauthenticated();
    }
    await this.secondFactor.verify(user, code, sourceAddress);
    return this.succeeded(user, { email: pending.email, sourceAddress });
  }

  private async succeeded(user: User, attempt: { email: string; sourceAddress: string }): Promise<User> {
    await this.throttle.succeeded(attempt.email, attempt.sourceAddress);
    await this.recordLogin(user, 'login.success');
    return user;
  }

  /** The first step: the password of an active account. */
  private async checkPassword({ email, password, sourceAddress }: SignInAttempt): Promise<User> {
    const user = await this.users.findByEmail(email);
    await this.refuseWhileWaiting(email, sourceAddress, user);
    const hash = user?.passwordHash ? user.passwordHash : await this.decoyHash;
    const matches = await verifyPassword(hash, password);
    if (!user || !user.active || !user.passwordHash || !matches) {
      await this.throttle.failed(email, sourceAddress);
      await this.recordLogin(user, 'login.failure', failureReason(user, matches));
      throw unauthenticated();
    }
    return user;
  }

  /**
   * The active account of an address the organisation's provider has vouched for; there is no self-registration, so
   * an address without an account (or with a deactivated one) is refused, and told so.
   */
  async authenticateVerified(email: string): Promise<User> {
    const user = await this.users.findByEmail(email);
    if (!user || !user.active) {
      await this.recordLogin(user, 'login.failure', user ? 'inactive' : 'unknown_email', 'oidc');
      throw new DomainError(ErrorCode.Unauthenticated, { code: 'oidc.no_account', params: { email } });
    }
    await this.recordLogin(user, 'login.success', undefined, 'oidc');
    return user;
  }

  /**
   * Checks a signed-in user's password again before a change to the account, under the same waits as signing in; a
   * wrong one is refused as a field error.
   */
  async confirmPassword(user: User, password: string, sourceAddress: string): Promise<void> {
    await this.refuseWhileWaiting(user.email, sourceAddress, user);
    if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return;
    await this.throttle.failed(user.email, sourceAddress);
    await this.recordLogin(user, 'password.confirm_failure');
    throw invalid([{ path: 'currentPassword', code: 'password_wrong' }]);
  }

  /**
   * The user behind a bearer token, or null when the token is invalid or expired, its user is gone or deactivated, or
   * the user's tokens have been ended since it was given.
   */
  async userForToken(token: string): Promise<User | null> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      return null;
    }
    const user = await this.users.findById(payload.sub);
    return user && user.active && user.tokenVersion === payload.ver ? user : null;
  }

  /** 429 with Retry-After while failures in a row from this address make it wait; logged, alike for every account. */
  private async refuseWhileWaiting(email: string, sourceAddress: string, user: User | null): Promise<void> {
    const wait = await this.throttle.wait(email, sourceAddress);
    if (wait === 0) return;
    await this.recordLogin(user, 'login.throttled');
    throw new DomainError(
      ErrorCode.TooManyAttempts,
      { code: 'sign_in_wait', params: { seconds: wait } },
      [],
      { retryAfterSeconds: wait },
    );
  }

  private recordLogin(
    user: User | null,
    action: string,
    reason?: string,
    method = 'password',
  ): Promise<void> {
    return this.audit.record({
      actorId: user?.id ?? null,
      action,
      ...(user ? { subjectType: 'user', subjectId: user.id, countyCode: user.countyCode } : {}),
      detail: { method, ...(reason ? { reason } : {}) },
    });
  }
}

/** Why a sign-in failed, for the audit log only: the answer is the same whatever the reason. */
function failureReason(user: User | null, matches: boolean): string {
  if (!user) return 'unknown_email';
  if (!user.active) return 'inactive';
  if (!user.passwordHash) return 'no_password';
  return matches ? 'unknown' : 'wrong_password';
}
