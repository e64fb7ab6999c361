import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { forbidden, invalid, notFound } from '../common/domain-error';
import { Clock } from '../common/clock';
import { SecondFactorService } from '../auth/second-factor.service';
import { acceptedStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri } from '../auth/totp';
import { Transactions } from '../database/transactions';
import { passwordProblems } from '../users/passwords';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

/** What a signed-in user does to their own account. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly secondFactor: SecondFactorService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /**
   * A new password, given the current one. Every token and session given before it ends; the caller gets the user as
   * it now is, to sign the current browser or client in again.
   */
  async changePassword(
    actor: Actor,
    change: { currentPassword: string; newPassword: string; sourceAddress: string },
  ): Promise<User> {
    const user = await this.own(actor);
    await this.auth.confirmPassword(user, change.currentPassword, change.sourceAddress);
    const problems = passwordProblems(change.newPassword, user.email);
    if (problems.length > 0) throw invalid(problems.map((p) => ({ path: 'newPassword', ...p })));
    await this.transactions.run(async (manager) => {
      await this.users.setPassword(user.id, change.newPassword, manager);
      await this.audit.record(this.entry(user, 'password.change'), manager);
    });
    return this.own(actor);
  }

  /**
   * Starts switching the second factor on: a new secret for the authenticator app, kept until the app's first code
   * confirms it. Starting again replaces it.
   */
  async beginSecondFactor(actor: Actor): Promise<{ secret: string; uri: string }> {
    const user = await this.own(actor);
    const secret = newTotpSecret();
    await this.users.setSecondFactor(user.id, { totpPending: secret });
    return { secret, uri: totpUri(secret, user.email) };
  }

  /** The secret waiting for its first code, to show again; null when none is. */
  async pendingSecondFactor(actor: Actor): Promise<{ secret: string; uri: string } | null> {
    const user = await this.own(actor);
    return user.totpPending ? { secret: user.totpPending, uri: totpUri(user.totpPending, user.email) } : null;
  }

  /** The app's first code switches the second factor on; the answer is the recovery codes, shown this once. */
  async confirmSecondFactor(actor: Actor, code: string): Promise<string[]> {
    const user = await this.own(actor);
    const step = user.totpPending ? acceptedStep(user.totpPending, code, this.clock.now(), null) : null;
    if (!user.totpPending || step === null) throw invalid([{ path: 'code', code: 'totp_wrong' }]);
    const codes = newRecoveryCodes();
    await this.transactions.run(async (manager) => {
      await this.users.setSecondFactor(
        user.id,
        {
          totpSecret: user.totpPending,
          totpPending: null,
          totpLastStep: step,
          totpRecovery: codes.map(hashRecoveryCode),
        },
        manager,
      );
      await this.audit.record(this.entry(user, 'totp.enable'), manager);
    });
    return codes;
  }

  /** Switches the second factor off, given the password; admins cannot where it is required of them. */
  async disableSecondFactor(actor: Actor, password: string, sourceAddress: string): Promise<void> {
    const user = await this.own(actor);
    if (this.secondFactor.setupRequired({ role: user.role, totpSecret: null })) {
      throw forbidden('forbidden.totp_required');
    }
    await this.auth.confirmPassword(user, password, sourceAddress);
    await this.transactions.run(async (manager) => {
      await this.users.setSecondFactor(
        user.id,
        { totpSecret: null, totpPending: null, totpLastStep: null, totpRecovery: null },
        manager,
      );
      await this.audit.record(this.entry(user, 'totp.disable'), manager);
    });
  }

  /** Ends every bearer token and page session of the actor's account, this one included. */
  async signOutEverywhere(actor: Actor): Promise<void> {
    const user = await this.own(actor);
    await this.transactions.run(async (manager) => {
      await this.users.endAccess(user.id, manager);
      await this.audit.record(this.entry(user, 'sessions.end_all'), manager);
    });
  }

  private async own(actor: Actor): Promise<User> {
    const user = await this.users.findById(actor.id);
    if (!user) throw notFound('not_found.user');
    return user;
  }

  private entry(user: User, action: string) {
    return { actorId: user.id, action, subjectType: 'user', subjectId: user.id, countyCode: user.countyCode };
  }
}
