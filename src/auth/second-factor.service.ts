import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { acceptedStep, isRecoveryCode, withoutRecoveryCode } from './totp';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { SignInThrottleService } from './sign-in-throttle.service';

/** The second step of signing in with a password, for accounts that have an authenticator app (TOTP) on. */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  isOn(user: User): boolean {
    return user.totpSecret !== null;
  }

  /** An admin without an authenticator app, where REQUIRE_TOTP_FOR_ADMINS says admins must have one. */
  setupRequired(user: Pick<User, 'role' | 'totpSecret'>): boolean {
    return this.config.REQUIRE_TOTP_FOR_ADMINS && user.role === 'admin' && user.totpSecret === null;
  }

  /**
   * Accepts the app's current code (once: a code already used is refused) or one of the recovery codes (which is then
   * used up). A wrong code counts as a failed sign-in from the address.
   */
  async verify(user: User, code: string, sourceAddress: string): Promise<void> {
    const secret = user.totpSecret;
    if (secret !== null) {
      if (isRecoveryCode(code)) {
        const remaining = withoutRecoveryCode(user.totpRecovery ?? [], code);
        if (remaining && (await this.users.useRecoveryCode(user, remaining))) {
          await this.record(user, 'totp.recovery_used', { left: remaining.length });
          return;
        }
      } else {
        const step = acceptedStep(secret, code, this.clock.now(), user.totpLastStep);
        if (step !== null && (await this.users.useTotpStep(user.id, step))) return;
      }
    }
    await this.throttle.failed(user.email, sourceAddress);
    await this.record(user, 'login.failure', { method: 'password', reason: 'totp_wrong' });
    throw new DomainError(ErrorCode.Unauthenticated, 'totp_wrong');
  }

  private record(user: User, action: string, detail: Record<string, string | number>) {
    return this.audit.record({
      actorId: user.id,
      action,
      subjectType: 'user',
      subjectId: user.id,
      countyCode: user.countyCode,
      detail,
    });
  }
}
