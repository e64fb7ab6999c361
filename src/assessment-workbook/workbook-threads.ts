import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { invalid } from '../common/domain-error';
import { WorkerLimitError, WorkerPool } from '../common/worker-pool';
import { AppConfig } from '../config/app-config';
import type { ParseTask } from './workbook.worker';
import type { ParseOutcome } from './workbook.worker';
import type { WorkbookContent } from './workbook-writer';
import type { WorkbookPlace } from './workbook-reader';

/** Heap of one reading thread: a full assessment needs under 100 MB. */
const PARSE_MEMORY_MB = 256;
const PARSE_TIMEOUT_MS = 20_000;

/**
 * Reads uploaded workbooks, and writes them for download, in worker threads: a few at a time, each bounded in memory
 * and time, so that the event loop never waits for one.
 */
@Injectable()
export class WorkbookThreads implements OnModuleDestroy {
  private readonly pool: WorkerPool;
  /** Uploads being received or read; each holds its file in memory. */
  private inFlight = 0;

  constructor(private readonly config: AppConfig) {
    this.pool = new WorkerPool({
      filename: join(__dirname, 'workbook.worker.js'),
      threads: config.UPLOAD_WORKERS,
      queue: config.UPLOAD_QUEUE,
      memoryMb: PARSE_MEMORY_MB,
      timeoutMs: PARSE_TIMEOUT_MS,
      busyMessage: 'workbook.busy',
    });
  }

  /**
   * A place for one upload, taken before its body is read and given back when it has been answered: uploads at
   * once are bounded by the threads and their queue, so that files held in memory are too. 503 when none is free.
   */
  reserve(): () => void {
    if (this.inFlight >= this.config.UPLOAD_WORKERS + this.config.UPLOAD_QUEUE) throw this.pool.busy();
    this.inFlight += 1;
    let released = false;
    return () => {
      if (!released) this.inFlight -= 1;
      released = true;
    };
  }

  async parse(
    file: Buffer,
    form: Pick<ParseTask, 'taxonomy' | 'rsa'>,
    expected: WorkbookPlace,
  ): Promise<ParseOutcome> {
    try {
      return await this.pool.run<ParseOutcome>('parseWorkbook', {
        file,
        taxonomy: form.taxonomy,
        rsa: form.rsa,
        expected,
      });
    } catch (error) {
      if (!(error instanceof WorkerLimitError)) throw error;
      throw invalid([
        {
          path: 'workbook',
          code: error.limit === 'time' ? 'workbook.too_slow' : 'workbook.too_much_memory',
        },
      ]);
    }
  }

  async write(content: WorkbookContent): Promise<Buffer> {
    const written = await this.pool.run<Uint8Array>('writeWorkbook', content);
    return Buffer.from(written.buffer, written.byteOffset, written.byteLength);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
