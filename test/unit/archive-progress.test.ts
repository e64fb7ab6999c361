import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArchiveProgress } from '../../src/archive/archive-progress';

const stopped = new Error('stopped');

describe('an archive export’s progress', () => {
  it('commits the counts at most every half second, one write after another', async () => {
    let clock = 0;
    const written: string[] = [];
    const progress = new ArchiveProgress(
      async ({ stepsDone, rowsWritten }) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        written.push(`${stepsDone}:${rowsWritten}`);
      },
      () => false,
      () => clock,
    );
    progress.onBatch(10); // too soon after the start
    clock = 600;
    progress.onBatch(20);
    progress.onBatch(30); // too soon after the last write
    clock = 1200;
    progress.onBatch(40);
    assert.equal(await progress.settle(null, stopped), null);
    assert.deepEqual(written, ['2:20', '4:40']);
    assert.equal(progress.stepsDone, 4);
    assert.equal(progress.stop.signal.aborted, false);
  });

  it('stops the thread when the export should end here, and says it was stopped', async () => {
    let lost = false;
    const progress = new ArchiveProgress(
      () => Promise.resolve(),
      () => lost,
    );
    progress.onBatch(10);
    assert.equal(progress.stop.signal.aborted, false);
    lost = true;
    progress.onBatch(20);
    assert.equal(progress.stop.signal.aborted, true);
    assert.equal(await progress.settle(new Error('thread ended'), stopped), stopped);
  });

  it('ends the export with a failed progress write, and passes on the thread’s own error', async () => {
    let clock = 0;
    const failing = new ArchiveProgress(
      () => Promise.reject(new Error('database gone')),
      () => false,
      () => clock,
    );
    clock = 600;
    failing.onBatch(10);
    const ended = await failing.settle(null, stopped);
    assert.equal(ended?.message, 'database gone');
    assert.equal(failing.stop.signal.aborted, true);
    const plain = new ArchiveProgress(
      () => Promise.resolve(),
      () => false,
    );
    const crash = new Error('out of memory');
    assert.equal(await plain.settle(crash, stopped), crash);
    assert.equal((await plain.settle('text', stopped))?.message, 'text');
  });
});
