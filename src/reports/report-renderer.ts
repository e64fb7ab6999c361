import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { WorkerPool } from '../common/worker-pool';
import { AppConfig } from '../config/app-config';
import type { CountyReportTask, ForumReportTask, RegisterReportTask } from './report-render.worker';

/** The old-generation heap of each rendering thread: the largest file, the national Word report, needs about 300 MB. */
const RENDER_MEMORY_MB = 320;
/**
 * A small young generation: a report's many short-lived objects are collected before they add up. It took the
 * national PDF's peak from about 440 MB of process memory to under 390 (docs/performance.md).
 */
const RENDER_YOUNG_MB = 8;
const RENDER_TIMEOUT_MS = 5 * 60_000;

/** Draws report files in worker threads, a few at a time; the request that asked waits, the event loop does not. */
@Injectable()
export class ReportRenderer implements OnModuleDestroy {
  private readonly pool: WorkerPool;

  constructor(config: AppConfig) {
    this.pool = new WorkerPool({
      filename: join(__dirname, 'report-render.worker.js'),
      threads: config.RENDER_WORKERS,
      queue: config.RENDER_QUEUE,
      memoryMb: RENDER_MEMORY_MB,
      youngMb: RENDER_YOUNG_MB,
      timeoutMs: RENDER_TIMEOUT_MS,
      busyMessage: 'reports.busy',
    });
  }

  county(task: CountyReportTask): Promise<void> {
    return this.pool.run('renderCountyReport', task);
  }

  forum(task: ForumReportTask): Promise<void> {
    return this.pool.run('renderForumReport', task);
  }

  register(task: RegisterReportTask): Promise<void> {
    return this.pool.run('renderRegisterReport', task);
  }

  /** A task of another module's worker file (the national compilation's), on the same threads. */
  run(filename: string, name: string, task: unknown): Promise<void> {
    return this.pool.run(name, task, filename);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
