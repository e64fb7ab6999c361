import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, MoreThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode, invalid } from '../common/domain-error';
import { hashToken, newToken } from '../common/tokens';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { accountMail } from '../mail/account-mail';
import { Mailer } from '../mail/mailer';
import { passwordProblems } from '../users/passwords';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { PasswordReset } from './password-reset.entity';

/** One reset e-mail per account at most this often, so that no one can flood another's inbox. */
const RESEND_AFTER_MS = 60_000;

const linkGone = () => new DomainError(ErrorCode.NotFound, 'password_reset.link_gone');

/**
 * "Forgot your password": a request answers the same for every address, at once, and the work (finding the account,
 * making the link, sending it) is done after the answer, so that neither its words nor its time tell who has an account.
 */
@Injectable()
export class PasswordResetsService implements OnApplicationShutdown {
  private readonly logger = new Logger(PasswordResetsService.name);
  private readonly working = new Set<Promise<void>>();

  constructor(
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly users: UsersService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Takes a request; a link goes out by e-mail, later, only if the address is an active account's. Nothing is looked
   * up before the answer has gone: even a synchronous database (SQLite) adds no time to it.
   */
  request(email: string): void {
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.send(email.trim().toLowerCase()))
      .catch((error: unknown) => this.logger.warn(`A password reset could not be sent: ${String(error)}`));
    this.working.add(work);
    void work.finally(() => this.working.delete(work));
  }

  /** Whether links can go out at all (SMTP_URL is set): a fact of the installation, the same for every address. */
  get mailEnabled(): boolean {
    return this.mailer.enabled;
  }

  /** Minutes a link works. */
  get minutes(): number {
    return this.config.PASSWORD_RESET_MINUTES;
  }

  /** Whether a link still works: not used, not expired, its account active. */
  async usable(token: string): Promise<boolean> {
    return (await this.usableReset(token)) !== null;
  }

  /** Sets the chosen password through a link that works once; every session and token of the account ends. */
  async confirm(token: string, password: string): Promise<User> {
    const now = this.clock.now();
    const reset = await this.resets.findOneBy({
      tokenHash: hashToken(token),
      usedAt: IsNull(),
      expiresAt: MoreThan(now),
    });
    const user = reset ? await this.users.findById(reset.userId) : null;
    if (!reset || !user || !user.active) throw linkGone();
    const problems = passwordProblems(password, user.email);
    if (problems.length > 0) throw invalid(problems.map((p) => ({ path: 'password', ...p })));
    await this.transactions.run(async (manager) => {
      const used = await manager.update(
        PasswordReset,
        { tokenHash: reset.tokenHash, usedAt: IsNull() },
        { usedAt: now },
      );
      if (used.affected !== 1) throw linkGone();
      await manager.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
      await this.users.setPassword(user.id, password, manager);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'password.reset',
          subjectType: 'user',
          subjectId: user.id,
          countyCode: user.countyCode,
        },
        manager,
      );
    });
    return user;
  }

  private async usableReset(token: string): Promise<{ reset: PasswordReset; user: User } | null> {
    const reset = await this.resets.findOneBy({
      tokenHash: hashToken(token),
      usedAt: IsNull(),
      expiresAt: MoreThan(this.clock.now()),
    });
    const user = reset ? await this.users.findById(reset.userId) : null;
    return reset && user && user.active ? { reset, user } : null;
  }

  /** Waits for requests still being worked on. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.working]);
  }

  private async send(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || !user.active) return;
    const now = this.clock.now();
    const recent = await this.resets.findOneBy({
      userId: user.id,
      createdAt: MoreThan(new Date(now.getTime() - RESEND_AFTER_MS)),
    });
    if (recent) return;
    if (!this.mailer.enabled) {
      this.logger.warn(`A password reset was asked for ${user.id}, but SMTP_URL is not set`);
      return;
    }
    const token = newToken();
    const minutes = this.config.PASSWORD_RESET_MINUTES;
    await this.transactions.run(async (manager) => {
      await manager.delete(PasswordReset, { expiresAt: LessThan(now) });
      await manager.insert(PasswordReset, {
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + minutes * 60_000),
        usedAt: null,
      });
      await this.audit.record(
        {
          actorId: null,
          action: 'password.reset_request',
          subjectType: 'user',
          subjectId: user.id,
          countyCode: user.countyCode,
        },
        manager,
      );
    });
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/reset-password/${token}`;
    await this.mailer.send({ to: [user.email], ...accountMail('reset', { name: user.name, minutes, link }) });
  }
}
