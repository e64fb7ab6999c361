import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { Transactions } from '../../database/transactions';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { hashToken, newToken } from '../../common/tokens';
import { isSessionActive, needsTouch } from './session-rules';
import { WebSession } from './web-session.entity';

export interface ActiveSession {
  user: User;
  csrfToken: string;
}

/** Page sessions, kept in the database so that a restart or a second instance keeps everyone signed in. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(WebSession) private readonly sessions: Repository<WebSession>,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  /** A new session for a user who has just proven who they are; returns the cookie's token. */
  async start(user: User): Promise<string> {
    const token = newToken();
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      await manager.delete(WebSession, { expiresAt: LessThan(now) });
      await manager.insert(WebSession, {
        tokenHash: hashToken(token),
        userId: user.id,
        tokenVersion: user.tokenVersion,
        csrfToken: newToken(),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.SESSION_MAX_HOURS * 3_600_000),
      });
    });
    return token;
  }

  /**
   * The user and CSRF token behind a cookie, or null when the session is unknown, idle too long or over, or its user's
   * access has been ended since it began (deactivated, a new role or password, signed out everywhere). A session
   * that went idle stays recorded (signed out) until its absolute end, so that a form posted to it can be kept.
   */
  async resolve(token: string): Promise<ActiveSession | null> {
    const tokenHash = hashToken(token);
    const session = await this.sessions.findOneBy({ tokenHash });
    if (!session) return null;
    const now = this.clock.now();
    if (!isSessionActive(session, now, this.limits())) {
      if (now >= session.expiresAt) await this.end(token);
      return null;
    }
    const user = await this.users.findById(session.userId);
    if (!user || !user.active || user.tokenVersion !== session.tokenVersion) {
      await this.end(token);
      return null;
    }
    if (needsTouch(session, now, this.limits())) await this.touch(tokenHash, now);
    return { user, csrfToken: session.csrfToken };
  }

  /** Marks the session as used now: what "stay signed in" does. */
  async keepAlive(token: string): Promise<void> {
    await this.touch(hashToken(token), this.clock.now());
  }

  /** The user and CSRF token of a session that has gone idle (signed out, not yet over); null for any other. */
  async idle(token: string): Promise<{ userId: string; csrfToken: string } | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session || isSessionActive(session, this.clock.now(), this.limits())) return null;
    return { userId: session.userId, csrfToken: session.csrfToken };
  }

  /** How long a session may go unused. */
  limits() {
    return { idleMinutes: this.config.SESSION_IDLE_MINUTES };
  }

  private async touch(tokenHash: string, now: Date): Promise<void> {
    await this.transactions.run((manager) => manager.update(WebSession, { tokenHash }, { lastSeenAt: now }));
  }

  async end(token: string): Promise<void> {
    await this.transactions.run((manager) => manager.delete(WebSession, { tokenHash: hashToken(token) }));
  }
}
