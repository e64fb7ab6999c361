import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { Leases } from '../jobs/leases.service';

/** What an export asked for answers: the stored file of unchanged data, or a new one. */
export interface ExportOutcome<T> {
  value: T;
  created: boolean;
}

const inProgress = () =>
  new DomainError(ErrorCode.InProgress, 'reports.in_progress', [], { retryAfterSeconds: 10 });

/**
 * One export at a time of each subject (a round, a national collection), across instances, and none of unchanged
 * data: an export asked for again of the same data, format, basis and language answers with the stored one, and the
 * same export asked for while it is drawn waits for it instead of drawing it again.
 */
@Injectable()
export class ExportGate {
  private readonly running = new Map<string, { key: string; work: Promise<ExportOutcome<unknown>> }>();

  constructor(
    private readonly leases: Leases,
    private readonly config: AppConfig,
  ) {}

  /**
   * `stored` finds the stored export of exactly this request (`key`: format, basis, language and snapshot hash);
   * `make` draws and stores a new one.
   */
  async once<T>(
    subject: string,
    key: string,
    stored: () => Promise<T | null>,
    make: () => Promise<T>,
  ): Promise<ExportOutcome<T>> {
    const found = await stored();
    if (found) return { value: found, created: false };
    const current = this.running.get(subject);
    if (current) {
      if (current.key !== key) throw inProgress();
      return { value: (await current.work).value as T, created: false };
    }
    const work = this.exclusive(subject, stored, make);
    this.running.set(subject, { key, work });
    try {
      return await work;
    } finally {
      this.running.delete(subject);
    }
  }

  private async exclusive<T>(
    subject: string,
    stored: () => Promise<T | null>,
    make: () => Promise<T>,
  ): Promise<ExportOutcome<T>> {
    const held = await this.leases.holding(
      `export:${subject}`,
      this.config.JOB_LEASE_SECONDS * 1000,
      async () => {
        const made = await stored(); // by another instance, while this one waited for the lease
        return made ? { value: made, created: false } : { value: await make(), created: true };
      },
    );
    if (!held) throw inProgress();
    return held.result;
  }
}
