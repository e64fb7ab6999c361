import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { WorkerPool } from '../common/worker-pool';
import { AppConfig } from '../config/app-config';
import type { ArchiveTask } from './archive-export.worker';

/**
 * The export thread's old generation. The export holds one batch and the rows the zip has not yet compressed; the
 * rest of its heap is garbage from reading, which a small heap collects early (docs/performance.md).
 */
const ARCHIVE_MEMORY_MB = 128;
const ARCHIVE_YOUNG_MB = 8;
/** An export of the whole country takes seconds; one still running after this long has hung. */
const ARCHIVE_TIMEOUT_MS = 60 * 60_000;

/** Writes archive exports in a thread of their own, one at a time, as this instance's export loop runs them. */
@Injectable()
export class ArchiveWriter implements OnModuleDestroy {
  private readonly pool = new WorkerPool({
    filename: join(__dirname, 'archive-export.worker.js'),
    threads: 1,
    queue: 0,
    memoryMb: ARCHIVE_MEMORY_MB,
    youngMb: ARCHIVE_YOUNG_MB,
    timeoutMs: ARCHIVE_TIMEOUT_MS,
    busyMessage: 'archive.busy',
  });

  constructor(private readonly config: AppConfig) {}

  /** Writes the export's file; `onBatch` hears the rows written after each batch; `stop` ends the thread. */
  async write(
    task: Omit<ArchiveTask, 'progress' | 'databaseUrl'>,
    onBatch: (rowsWritten: number) => void,
    stop: AbortSignal,
  ): Promise<{ rows: number }> {
    const { port1, port2 } = new MessageChannel();
    port1.on('message', onBatch);
    try {
      const full: ArchiveTask = { ...task, databaseUrl: this.config.DATABASE_URL, progress: port2 };
      return await this.pool.run('writeArchiveTask', full, undefined, { stop, transfer: [port2] });
    } finally {
      port1.close();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
