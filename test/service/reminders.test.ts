import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { INestApplicationContext } from '@nestjs/common';
import type { Actor } from '../../src/access/actor';
import { ManualClock } from '../../src/common/clock';
import { RemindersService } from '../../src/reminders/reminders.service';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import {
  openServiceRound,
  serviceReporter,
  startServiceContext,
  submitComplete,
  SYSTEM_ADMIN,
} from '../support/service-context';
import { startSmtpServer } from '../support/smtp';

/** The deadline reminders of one round, sent through a real SMTP server, step by step of the round's plan. */
describe(`reminders, once per step of the plan (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let context: INestApplicationContext;
  let reminders: RemindersService;
  let roundId: string;
  let vaxjo: Actor;
  // The plan is 7, 2 and -1 days around a deadline of 31 March.
  const clock = new ManualClock(new Date('2026-03-20T08:00:00Z'));

  before(async () => {
    db = await createTestDatabase();
    smtp = await startSmtpServer();
    context = await startServiceContext(db.url, clock, {
      SMTP_URL: smtp.url,
      REMINDER_INTERVAL_SECONDS: '0',
    });
    reminders = context.get(RemindersService);
    vaxjo = await serviceReporter(context, '0780', 'anna@vaxjo.test');
    await serviceReporter(context, '0781', 'bo@ljungby.test');
    roundId = await openServiceRound(context, '2026-03-31');
    await submitComplete(context, vaxjo, roundId);
  });

  after(async () => {
    await context.close();
    await smtp.close();
    await db.drop();
  });

  it('sends nothing before the first step', async () => {
    assert.deepEqual(await reminders.sendDue(), []);
    assert.equal(smtp.received.length, 0);
  });

  it('reminds every municipality that has not submitted once at each step, however often it is asked', async () => {
    clock.set(new Date('2026-03-24T08:00:00Z'));
    const first = await reminders.sendDue();
    assert.ok(first.every((r) => r.step === '7-days-before' && r.kind === 'not_submitted'));
    assert.ok(!first.some((r) => r.municipalityCode === '0780'), 'Växjö has submitted');
    const ljungby = first.find((r) => r.municipalityCode === '0781');
    assert.deepEqual([ljungby?.status, ljungby?.recipients], ['sent', ['bo@ljungby.test']]);
    assert.ok(first.filter((r) => r.municipalityCode !== '0781').every((r) => r.status === 'no_recipient'));
    assert.deepEqual(
      smtp.received.map((m) => m.to),
      [['bo@ljungby.test']],
    );
    assert.deepEqual(await reminders.sendDue(), [], 'the same step goes out once');
    clock.set(new Date('2026-03-29T08:00:00Z'));
    const second = await reminders.sendDue();
    assert.ok(second.length > 0 && second.every((r) => r.step === '2-days-before'));
    assert.equal(smtp.received.length, 2);
    assert.match(smtp.received[1]!.subject, /sista dag 2026-03-31/);
    const listed = await reminders.list(SYSTEM_ADMIN, roundId);
    assert.equal(listed.length, first.length + second.length);
  });
});
