import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import { WorkerLimitError, WorkerPool } from '../../src/common/worker-pool';

const pool = (options: { threads?: number; queue?: number; timeoutMs?: number } = {}) =>
  new WorkerPool({
    filename: join(__dirname, '..', 'support', 'workers', 'limits.worker.js'),
    threads: options.threads ?? 1,
    queue: options.queue ?? 0,
    memoryMb: 64,
    timeoutMs: options.timeoutMs ?? 10_000,
    busyMessage: 'workbook.busy',
  });

describe('worker pool', () => {
  const pools: WorkerPool[] = [];
  const made = (options?: Parameters<typeof pool>[0]) => {
    const p = pool(options);
    pools.push(p);
    return p;
  };
  after(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('runs a task in a thread and gives back its result', async () => {
    assert.deepEqual(await made().run('echo', { a: [1, 'två'] }), { a: [1, 'två'] });
  });

  it('answers busy with a time to retry once every thread and queue place is taken', async () => {
    const p = made({ threads: 1, queue: 1 });
    const running = [p.run('wait', 300), p.run('wait', 300)];
    await assert.rejects(p.run('wait', 1), (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, ErrorCode.Busy);
      assert.equal(error.detail.retryAfterSeconds, 5);
      return true;
    });
    assert.deepEqual(await Promise.all(running), [300, 300]);
    assert.equal(await p.run('wait', 1), 1, 'free again afterwards');
  });

  it('ends a task that runs past its time, and keeps the event loop free meanwhile', async () => {
    const p = made({ timeoutMs: 500 });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 50);
    await assert.rejects(
      p.run('spin', null),
      (error: unknown) => error instanceof WorkerLimitError && error.limit === 'time',
    );
    clearInterval(timer);
    assert.ok(ticks >= 5, `the event loop ran ${ticks} times while the thread spun`);
    assert.equal(await p.run('echo', 'next'), 'next', 'a new thread takes the next task');
  });

  it('ends a task that needs more than its heap, not the process', async () => {
    const p = made();
    await assert.rejects(
      p.run('hoard', null),
      (error: unknown) => error instanceof WorkerLimitError && error.limit === 'memory',
    );
    assert.equal(await p.run('echo', 'still here'), 'still here');
  });
});
