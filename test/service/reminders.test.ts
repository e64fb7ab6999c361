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
import { OrganisationsService } from '../../src/organisations/organisations.service';
import { RoundsService } from '../../src/rounds/rounds.service';
import { UsersService } from '../../src/users/users.service';

/** The deadline reminders of one round, sent through a real SMTP server, step by step of the round's plan. */
describe(`reminders, once per step of the plan (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let context: INestApplicationContext;
  let reminders: RemindersService;
  let roundId: string;
  let vaxjo: Actor;
  let region: string;
  let notAsked: string;
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
    // The round asks the region besides the municipalities; the police area it does not ask.
    const organisations = context.get(OrganisationsService);
    region = (await organisations.create(SYSTEM_ADMIN, '07', { name: 'Region Kronoberg', kind: 'region' }))
      .id;
    notAsked = (await organisations.create(SYSTEM_ADMIN, '07', { name: 'Polisen', kind: 'police_area' })).id;
    for (const [email, organisationId] of [
      ['rita@region.test', region],
      ['per@polisen.test', notAsked],
    ] as const)
      await context.get(UsersService).create(null, {
        email,
        name: 'R',
        password: 'a-good-long-password',
        role: 'reporter',
        organisationId,
      });
    await context.get(RoundsService).setOrganisations(SYSTEM_ADMIN, roundId, [region]);
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
    const others = first.filter((r) => r.municipalityCode !== null && r.municipalityCode !== '0781');
    assert.ok(
      others.length === 6 && others.every((r) => r.status === 'no_recipient'),
      'six other municipalities',
    );
    const asked = first.filter((r) => r.municipalityCode === null);
    assert.deepEqual(
      asked.map((r) => [r.organisationId, r.status, r.recipients]),
      [[region, 'sent', ['rita@region.test']]],
      'the organisation the round asks is reminded, and only it',
    );
    assert.deepEqual(
      smtp.received.map((m) => m.to),
      [['bo@ljungby.test'], ['rita@region.test']],
    );
    assert.match(smtp.received[1]!.text, /Region Kronobergs bedömning/);
    assert.ok(smtp.received[1]!.text.includes(`/rounds/${roundId}/assessments/${region}`));
    assert.deepEqual(await reminders.sendDue(), [], 'the same step goes out once');
    clock.set(new Date('2026-03-29T08:00:00Z'));
    const second = await reminders.sendDue();
    assert.ok(second.length > 0 && second.every((r) => r.step === '2-days-before'));
    assert.equal(smtp.received.length, 4);
    assert.match(smtp.received[2]!.subject, /sista dag 2026-03-31/);
    const listed = await reminders.list(SYSTEM_ADMIN, roundId);
    assert.equal(listed.length, first.length + second.length);
  });
});
