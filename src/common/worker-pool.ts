import { Piscina } from 'piscina';
import type { TransferListItem } from 'node:worker_threads';
import { DomainError, ErrorCode } from './domain-error';
import type { MessageCode } from './messages';

export interface WorkerPoolOptions {
  /** The compiled worker module, with one exported function per task name; a task may name another. */
  filename: string;
  /** Tasks run at once, each in a thread of its own. */
  threads: number;
  /** Tasks that may wait for a thread; one more is refused as busy. */
  queue: number;
  /** The old-generation heap of each thread: a task that needs more ends its thread, not the service. */
  memoryMb: number;
  /**
   * The young generation of each thread (default 32 MB). A smaller one collects short-lived garbage sooner, which
   * keeps a long task's memory down at some cost in time.
   */
  youngMb?: number;
  /** A task still running after this long ends its thread. */
  timeoutMs: number;
  /** Said to the client that finds every thread and place in the queue taken. */
  busyMessage: MessageCode;
}

/** Why a task did not finish: it ran out of the memory or the time its thread has. */
export class WorkerLimitError extends Error {
  constructor(readonly limit: 'memory' | 'time') {
    super(`worker task exceeded its ${limit}`);
  }
}

const RETRY_AFTER_SECONDS = 5;

/**
 * Threads for work that would block the event loop (reading uploads, drawing reports). Each task runs in a thread
 * with its own heap limit and a time limit; a full pool answers 503 with Retry-After instead of queueing without end.
 */
export class WorkerPool {
  private readonly pool: Piscina;
  private waiting = 0;

  constructor(private readonly options: WorkerPoolOptions) {
    this.pool = new Piscina({
      filename: options.filename,
      minThreads: 0,
      maxThreads: options.threads,
      maxQueue: options.queue,
      concurrentTasksPerWorker: 1,
      idleTimeout: 60_000,
      resourceLimits: {
        maxOldGenerationSizeMb: options.memoryMb,
        maxYoungGenerationSizeMb: options.youngMb ?? 32,
        stackSizeMb: 4,
      },
    });
  }

  /** Whether a task asked for now would be refused: every thread busy and the queue full. */
  get full(): boolean {
    return this.waiting >= this.options.threads + this.options.queue;
  }

  /**
   * Runs the named task of the worker module (or of another module's); throws 503 when the pool is full. `stop` ends
   * the task's thread at once; `transfer` moves objects (a message port) to the thread.
   */
  async run<T>(
    name: string,
    task: unknown,
    filename = this.options.filename,
    { stop, transfer = [] }: { stop?: AbortSignal; transfer?: TransferListItem[] } = {},
  ): Promise<T> {
    if (this.full) throw this.busy();
    this.waiting += 1;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = stop ? AbortSignal.any([timeout, stop]) : timeout;
    try {
      return (await this.pool.run(task, { name, signal, filename, transferList: transfer })) as T;
    } catch (error) {
      throw stop?.aborted ? error : this.mapped(error, timeout);
    } finally {
      this.waiting -= 1;
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }

  /** The 503 a full pool answers, with when to try again. */
  busy(): DomainError {
    return new DomainError(ErrorCode.Busy, this.options.busyMessage, [], {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  }

  private mapped(error: unknown, signal: AbortSignal): unknown {
    if (signal.aborted) return new WorkerLimitError('time');
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') return new WorkerLimitError('memory');
    const message = error instanceof Error ? error.message : '';
    if (/Task queue is at limit|No task queue available/.test(message)) return this.busy();
    return error;
  }
}
