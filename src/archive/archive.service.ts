import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canExportArchive, canSeeCounty } from '../access/access-policy';
import { Clock } from '../common/clock';
import { RoundsService } from '../rounds/rounds.service';
import { sha256Of } from '../common/files';
import { DomainError, ErrorCode, forbidden, invalid, notFound } from '../common/domain-error';
import type { MessageCode } from '../common/messages';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { Leases } from '../jobs/leases.service';
import type { ExportOutcome } from '../reports/export-gate';
import { GeographyService } from '../geography/geography.service';
import type { Actor } from '../access/actor';
import { ARCHIVE_SHEETS } from './archive-rows';
import { ArchiveExport } from './archive-export.entity';
import { archiveFileName, ArchiveExportView, toArchiveExportView } from './archive-export.view';
import { ArchiveProgress } from './archive-progress';
import { ArchiveWriter } from './archive-writer';

const UNFINISHED = In(['queued', 'running']);
const leaseOf = (id: string) => `archive:${id}`;
/** Tries, 25 ms apart, to be the one request that looks for an unfinished export and creates one. */
const START_ATTEMPTS = 200;

/** The run ends at the next batch: the service is stopping, or another instance took the export over. */
class Stopping extends Error {}

/**
 * The archive exports, written in the background. Every instance looks for unfinished exports at start, when one is
 * asked for and then regularly; an export is written by the instance that holds its lease, renewed while it writes,
 * so that of several instances exactly one writes each export, and an export whose instance died is taken over when
 * its lease expires.
 */
@Injectable()
export class ArchiveService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ArchiveService.name);
  private stopping = false;
  private poller: NodeJS.Timeout | null = null;
  /** The one loop of this instance that claims and writes exports, one at a time. */
  private pumping: Promise<void> | null = null;
  private askedAgain = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geography: GeographyService,
    private readonly rounds: RoundsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly leases: Leases,
    private readonly writer: ArchiveWriter,
  ) {}

  private get leaseMs(): number {
    return this.config.JOB_LEASE_SECONDS * 1000;
  }

  onApplicationBootstrap(): void {
    this.poller = setInterval(() => this.pump(), this.leaseMs / 3);
    this.poller.unref();
    this.pump();
  }

  /** Lets the running export reach the end of its batch and gives it back, for this or another instance to resume. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.poller) clearInterval(this.poller);
    await this.pumping;
  }

  /**
   * Starts an export, or answers with the unfinished one of the same county (or of the whole country), which anyone
   * of the county can follow: the same archive is never written twice at once.
   */
  async start(actor: Actor, countyCode: string | null): Promise<ExportOutcome<ArchiveExportView>> {
    if (countyCode !== null) {
      if (!(await this.geography.findCounty(countyCode)))
        throw invalid([{ path: 'countyCode', code: 'county_unknown_code', params: { code: countyCode } }]);
      if (!canSeeCounty(actor, countyCode)) throw notFound('not_found.county');
    }
    if (!canExportArchive(actor, countyCode))
      throw forbidden(countyCode === null ? 'forbidden.archive_national' : 'forbidden.archive');
    // Asked for by several at once, here or on another instance: one of them looks and creates at a time.
    const scope = `archive-start:${countyCode ?? 'riket'}`;
    for (let attempt = 0; attempt < START_ATTEMPTS; attempt += 1) {
      const held = await this.leases.holding(scope, this.leaseMs, () => this.startOnce(actor, countyCode));
      if (held) return held.result;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new DomainError(ErrorCode.Busy, 'archive.busy', [], { retryAfterSeconds: 5 });
  }

  private async startOnce(
    actor: Actor,
    countyCode: string | null,
  ): Promise<ExportOutcome<ArchiveExportView>> {
    const unfinished = await this.unfinishedOf(countyCode);
    if (unfinished) return { value: toArchiveExportView(unfinished), created: false };
    await this.requireRoomFor(actor);
    const rounds = await this.rounds.openedRoundsOf(countyCode);
    const row = this.dataSource.getRepository(ArchiveExport).create({
      id: randomUUID(),
      countyCode,
      status: 'queued',
      stepsTotal: rounds.length * ARCHIVE_SHEETS.length,
      stepsDone: 0,
      rowsWritten: 0,
      filePath: null,
      byteSize: null,
      sha256: null,
      error: null,
      requestedBy: actor.id,
      createdAt: this.clock.now(),
      finishedAt: null,
    });
    await this.transactions.run(async (manager) => {
      await manager.insert(ArchiveExport, row);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'archive.start',
          subjectType: 'archive_export',
          subjectId: row.id,
          countyCode,
        },
        manager,
      );
    });
    this.pump();
    return { value: toArchiveExportView(row), created: true };
  }

  private unfinishedOf(countyCode: string | null): Promise<ArchiveExport | null> {
    return this.dataSource.getRepository(ArchiveExport).findOne({
      where: { countyCode: countyCode ?? IsNull(), status: UNFINISHED },
      order: { createdAt: 'ASC' },
    });
  }

  /** A few unfinished exports per user, so that nobody can fill the queue, however often they ask. */
  private async requireRoomFor(actor: Actor): Promise<void> {
    const mine = await this.dataSource
      .getRepository(ArchiveExport)
      .count({ where: { requestedBy: actor.id, status: UNFINISHED } });
    if (mine >= this.config.ARCHIVE_MAX_PER_USER)
      throw new DomainError(ErrorCode.LimitReached, { code: 'archive.limit', params: { count: mine } }, [], {
        retryAfterSeconds: 60,
      });
  }

  async list(actor: Actor): Promise<ArchiveExportView[]> {
    const rows = await this.dataSource
      .getRepository(ArchiveExport)
      .find({ order: { createdAt: 'DESC' }, take: 200 });
    return rows.filter((e) => canExportArchive(actor, e.countyCode)).map(toArchiveExportView);
  }

  async get(actor: Actor, id: string): Promise<ArchiveExportView> {
    return toArchiveExportView(await this.readable(actor, id));
  }

  /** The finished file: 409 while the export is still being written or if it failed. */
  async file(actor: Actor, id: string): Promise<{ path: string; fileName: string; sha256: string }> {
    const e = await this.readable(actor, id);
    if (e.status !== 'done' || e.filePath === null || e.sha256 === null)
      throw new DomainError(ErrorCode.InvalidTransition, 'archive.not_ready');
    await this.audit.record({
      actorId: actor.id,
      action: 'archive.download',
      subjectType: 'archive_export',
      subjectId: e.id,
      countyCode: e.countyCode,
    });
    return {
      path: resolve(this.config.REPORTS_DIR, e.filePath),
      fileName: archiveFileName(e),
      sha256: e.sha256,
    };
  }

  /** 404 for an export the actor may not know of (another county's, or the country's for county staff), 403 for reporters. */
  private async readable(actor: Actor, id: string): Promise<ArchiveExport> {
    const e = await this.dataSource.getRepository(ArchiveExport).findOneBy({ id });
    if (!e) throw notFound('not_found.export');
    if (e.countyCode === null ? actor.role !== 'admin' : !canSeeCounty(actor, e.countyCode))
      throw notFound('not_found.export');
    if (!canExportArchive(actor, e.countyCode)) throw forbidden('forbidden.archive');
    return e;
  }

  /** Starts this instance's loop unless it runs; a running loop looks once more before it ends. */
  private pump(): void {
    if (this.stopping) return;
    if (this.pumping) {
      this.askedAgain = true;
      return;
    }
    this.pumping = this.claimAndRun()
      .catch((error: unknown) => this.logger.error(`Archive exports: ${String(error)}`))
      .finally(() => (this.pumping = null));
  }

  private async claimAndRun(): Promise<void> {
    do {
      this.askedAgain = false;
      const unfinished = await this.dataSource
        .getRepository(ArchiveExport)
        .find({ where: { status: UNFINISHED }, order: { createdAt: 'ASC' }, select: { id: true } });
      for (const { id } of unfinished) {
        if (this.stopping) return;
        let lost = false;
        const held = await this.leases.holding(
          leaseOf(id),
          this.leaseMs,
          () => this.runClaimed(id, () => lost),
          () => (lost = true),
        );
        if (held?.result) this.askedAgain = true; // one was written: look for more
      }
    } while (this.askedAgain && !this.stopping);
  }

  /** Writes a claimed export unless it was finished meanwhile; whether it ran. */
  private async runClaimed(id: string, lost: () => boolean): Promise<boolean> {
    const e = await this.dataSource.getRepository(ArchiveExport).findOneBy({ id });
    if (!e || (e.status !== 'queued' && e.status !== 'running')) return false;
    this.logger.log(`Archive export ${id} claimed`);
    try {
      await this.run(id, lost);
    } catch (error) {
      if (error instanceof Stopping) return false;
      this.logger.error(
        `Archive export ${id} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
    }
    return true;
  }

  /**
   * Writes the export's workbook beside its final name, then renames it: a file under its final name is whole. The
   * partial file is this instance's own, so that an instance that lost the export cannot write into another's.
   */
  async run(id: string, lost: () => boolean = () => false): Promise<void> {
    if (this.stopping) throw new Stopping();
    const repository = this.dataSource.getRepository(ArchiveExport);
    const e = await repository.findOneByOrFail({ id });
    const update = (changes: Partial<ArchiveExport>) =>
      this.transactions.run((manager) => manager.update(ArchiveExport, { id }, changes));
    await update({ status: 'running', stepsDone: 0, rowsWritten: 0 });
    const relative = join('archive', `${id}.xlsx`);
    const target = resolve(this.config.REPORTS_DIR, relative);
    const partial = `${target}.${this.leases.instance}.partial`;
    // The later sheets' rows wait here while the first is written (see writeArchiveWorkbook).
    const scratch = `${partial}.rows`;
    await mkdir(scratch, { recursive: true });
    const progress = new ArchiveProgress(update, () => this.stopping || lost());
    try {
      const written = await this.writer
        .write({ countyCode: e.countyCode, partial, scratch }, progress.onBatch, progress.stop.signal)
        .catch((error: unknown) => ({ error }));
      const ended = await progress.settle('error' in written ? written.error : null, new Stopping());
      if (ended || 'error' in written) throw ended ?? new Error('the export thread failed');
      const { rows } = written;
      const [sha256, info] = await Promise.all([sha256Of(partial), stat(partial)]);
      if (!(await this.leases.renew(leaseOf(id), this.leaseMs))) throw new Stopping();
      await rename(partial, target);
      await update({
        status: 'done',
        stepsDone: progress.stepsDone,
        rowsWritten: rows,
        filePath: relative,
        byteSize: info.size,
        sha256,
        finishedAt: this.clock.now(),
      });
      this.logger.log(`Archive export ${id}: ${rows} rows, ${info.size} bytes`);
    } catch (error) {
      await rm(partial, { force: true });
      if (error instanceof Stopping) throw error;
      await update({
        status: 'failed',
        error: 'archive.failed' satisfies MessageCode,
        finishedAt: this.clock.now(),
      });
      throw error;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
