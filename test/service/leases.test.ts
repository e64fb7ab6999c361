import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { AppModule } from '../../src/app.module';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { Transactions } from '../../src/database/transactions';
import { Leases } from '../../src/jobs/leases.service';
import { ExportGate } from '../../src/reports/export-gate';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';

/** A promise and the hand that settles it, to hold work open while a test looks at what else happens. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe(`leases on background work, and one export at a time (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  /** Two instances of the service as far as leases go: each its own holder, one database. */
  let one: Leases;
  let other: Leases;

  before(async () => {
    db = await createTestDatabase();
    context = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error', JOB_LEASE_SECONDS: '5' })),
      { logger: ['error'] },
    );
    one = context.get(Leases);
    other = new Leases(context.get(Transactions));
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  it('gives a lease to exactly one of many instances asking at once', async () => {
    const instances = [one, other, ...Array.from({ length: 6 }, () => new Leases(context.get(Transactions)))];
    const claims = await Promise.all(
      instances.flatMap((leases) => [leases.claim('archive:a', 10_000), leases.claim('archive:a', 10_000)]),
    );
    assert.equal(claims.filter(Boolean).length, 1);
  });

  it('refuses a held lease, even to its holder, and frees it on release', async () => {
    assert.equal(await one.claim('archive:b', 10_000), true);
    assert.equal(await one.claim('archive:b', 10_000), false);
    assert.equal(await other.claim('archive:b', 10_000), false);
    assert.equal(await other.renew('archive:b', 10_000), false, 'only the holder renews');
    assert.equal(await one.renew('archive:b', 10_000), true);
    await other.release('archive:b');
    assert.equal(await other.claim('archive:b', 10_000), false, 'only the holder releases');
    await one.release('archive:b');
    assert.equal(await other.claim('archive:b', 10_000), true);
  });

  it('lets another instance take over an expired lease, after which the old holder cannot renew it', async () => {
    const t0 = new Date('2026-06-01T10:00:00Z');
    assert.equal(await one.claim('archive:c', 5_000, () => t0), true);
    const later = () => new Date(t0.getTime() + 4_999);
    assert.equal(await other.claim('archive:c', 5_000, later), false);
    assert.deepEqual(await other.expiry('archive:c', later), new Date(t0.getTime() + 5_000));
    const expired = () => new Date(t0.getTime() + 5_000);
    assert.equal(await other.claim('archive:c', 5_000, expired), true);
    assert.equal(await one.renew('archive:c', 5_000, expired), false);
  });

  it('renews a lease while work runs under it and releases it after', async () => {
    const work = deferred<string>();
    const held = one.holding('archive:d', 300, () => work.promise);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await other.claim('archive:d', 300), false, 'still held after more than its length');
    work.resolve('done');
    assert.deepEqual(await held, { result: 'done' });
    assert.equal(await other.claim('archive:d', 300), true);
  });

  it('draws one export of a round at a time: the same one waits for it, another is refused', async () => {
    const gate = context.get(ExportGate);
    const drawing = deferred<string>();
    let stored: string | null = null;
    let drawn = 0;
    const storedNow = () => Promise.resolve(stored);
    const nothing = () => Promise.resolve(null);
    const make = async () => {
      drawn += 1;
      stored = await drawing.promise;
      return stored;
    };
    const first = gate.once('round-1', 'pdf:approved:sv:h1', storedNow, make);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const same = gate.once('round-1', 'pdf:approved:sv:h1', storedNow, make);
    await assert.rejects(
      gate.once('round-1', 'xlsx:approved:sv:h1', nothing, make),
      (error: unknown) => error instanceof DomainError && error.code === ErrorCode.InProgress,
    );
    const elsewhere = new ExportGate(other, context.get(AppConfig));
    await assert.rejects(
      elsewhere.once('round-1', 'pdf:approved:sv:h1', nothing, make),
      (error: unknown) => error instanceof DomainError && error.code === ErrorCode.InProgress,
      'another instance is refused while the lease is held',
    );
    drawing.resolve('report-1');
    assert.deepEqual(await first, { value: 'report-1', created: true });
    assert.deepEqual(await same, { value: 'report-1', created: false });
    assert.deepEqual(await gate.once('round-1', 'pdf:approved:sv:h1', storedNow, make), {
      value: 'report-1',
      created: false,
    });
    assert.equal(drawn, 1);
  });
});
