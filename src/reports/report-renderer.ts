import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { WorkerPool } from '../common/worker-pool';
import { AppConfig } from '../config/app-config';
import type { CountyReportTask } from './report-render.worker';

/** A national compilation of 21 counties peaks at about 750 MB. */
const RENDER_MEMORY_MB = 1536;
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
      timeoutMs: RENDER_TIMEOUT_MS,
      busyMessage: 'reports.busy',
    });
  }

  county(task: CountyReportTask): Promise<void> {
    return this.pool.run('renderCountyReport', task);
  }

  /** A task of another module's worker file (the national compilation's), on the same threads. */
  run(filename: string, name: string, task: unknown): Promise<void> {
    return this.pool.run(name, task, filename);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
