import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Transactions } from '../database/transactions';
import { JobLease } from './job-lease.entity';

/** What a lease is measured against: the wall clock unless a rule of the service's own time asks for its clock. */
export type Now = () => Date;

const wallClock: Now = () => new Date();

/**
 * Leases on background work, shared by every instance through the database. Taking one is a single statement (an
 * insert that takes over only an expired lease), so that of several instances asking at once exactly one gets it, on
 * SQLite and PostgreSQL alike.
 */
@Injectable()
export class Leases {
  /** This instance, as the holder of its leases. */
  readonly instance = randomUUID();

  constructor(private readonly transactions: Transactions) {}

  /** Takes the lease for `ttlMs` if nobody holds it (or the hold has expired); false when it is held, even by this instance. */
  claim(name: string, ttlMs: number, now: Now = wallClock): Promise<boolean> {
    const at = now();
    const until = new Date(at.getTime() + ttlMs).toISOString();
    return this.transactions.run(async (manager) => {
      const postgres = manager.connection.options.type === 'postgres';
      const [p1, p2, p3, p4] = postgres ? ['$1', '$2', '$3', '$4'] : ['?', '?', '?', '?'];
      const rows: unknown[] = await manager.query(
        `INSERT INTO job_lease (name, holder, expires_at) VALUES (${p1}, ${p2}, ${p3})
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE job_lease.expires_at <= ${p4}
         RETURNING holder`,
        [name, this.instance, until, at.toISOString()],
      );
      return rows.length === 1;
    });
  }

  /** Extends a lease this instance holds; false when it was lost (it expired and another instance took it). */
  renew(name: string, ttlMs: number, now: Now = wallClock): Promise<boolean> {
    const expiresAt = new Date(now().getTime() + ttlMs).toISOString();
    return this.transactions.run(async (manager) => {
      const result = await manager.update(JobLease, { name, holder: this.instance }, { expiresAt });
      return result.affected === 1;
    });
  }

  async release(name: string): Promise<void> {
    await this.transactions.run((manager) => manager.delete(JobLease, { name, holder: this.instance }));
  }

  /** When the lease ends, whoever holds it, or null when it is free. */
  async expiry(name: string, now: Now = wallClock): Promise<Date | null> {
    const lease = await this.transactions.run((manager) => manager.findOneBy(JobLease, { name }));
    const until = lease ? new Date(lease.expiresAt) : null;
    return until && until > now() ? until : null;
  }

  /**
   * Runs `work` under the lease, renewing it at a third of its length while the work runs and releasing it after;
   * `lost` is called if a renewal finds the lease taken over. Null when the lease is held by someone else.
   */
  async holding<T>(
    name: string,
    ttlMs: number,
    work: () => Promise<T>,
    lost: () => void = () => undefined,
  ): Promise<{ result: T } | null> {
    if (!(await this.claim(name, ttlMs))) return null;
    const timer = setInterval(() => {
      this.renew(name, ttlMs).then(
        (kept) => (kept ? undefined : lost()),
        () => undefined, // a failed renewal is tried again at the next tick; the lease lasts until then
      );
    }, ttlMs / 3);
    try {
      return { result: await work() };
    } finally {
      clearInterval(timer);
      await this.release(name);
    }
  }
}
