/** Progress is written at most this often, so that a large export does not spend its time committing progress. */
const PROGRESS_INTERVAL_MS = 500;

/**
 * What the export loop hears from the export's thread after each batch: it counts the batches, commits the progress
 * now and then (one write after another), and stops the thread when the export should end here: the service is
 * stopping, the lease was lost, or a progress write failed.
 */
export class ArchiveProgress {
  readonly stop = new AbortController();
  stepsDone = 0;
  private lastWrite: number;
  private writes = Promise.resolve();
  private failed: { error: unknown } | null = null;

  constructor(
    private readonly write: (progress: { stepsDone: number; rowsWritten: number }) => Promise<unknown>,
    private readonly shouldStop: () => boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.lastWrite = now();
  }

  readonly onBatch = (rowsWritten: number): void => {
    this.stepsDone += 1;
    if (this.shouldStop()) this.stop.abort();
    else if (this.now() - this.lastWrite >= PROGRESS_INTERVAL_MS) {
      this.lastWrite = this.now();
      const stepsDone = this.stepsDone;
      this.writes = this.writes
        .then(async () => {
          await this.write({ stepsDone, rowsWritten });
        })
        .catch((error: unknown) => {
          this.failed ??= { error };
          this.stop.abort();
        });
    }
  };

  /**
   * Waits for the progress writes; then what ended the export, if it did not finish: a failed progress write, the
   * thread's own error, or `stopped` when it was stopped here.
   */
  async settle(threadError: unknown, stopped: Error): Promise<Error | null> {
    await this.writes;
    const ended = this.failed ? this.failed.error : this.stop.signal.aborted ? stopped : threadError;
    if (ended === null || ended instanceof Error) return ended;
    return new Error(typeof ended === 'string' ? ended : 'the export thread failed');
  }
}
