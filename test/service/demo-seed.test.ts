import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { ManualClock } from '../../src/common/clock';
import { loadDemoConfig } from '../../src/config/app-config';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-content';
import { seedDemo } from '../../src/demo/demo-seed';
import { ForumPollsService } from '../../src/forums/forum-polls.service';
import { ForumsService } from '../../src/forums/forums.service';
import { RoundsService } from '../../src/rounds/rounds.service';
import type { Actor } from '../../src/access/actor';
import { UsersService } from '../../src/users/users.service';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';

describe(`demo seed (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  const now = new Date('2026-11-23T10:00:00Z');
  const clock = new ManualClock(now);

  before(async () => {
    db = await createTestDatabase();
    context = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadDemoConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error' }), { clock }),
      { logger: ['error'] },
    );
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  it('seeds a closed, fully approved round and an open round in every state, once', async () => {
    assert.equal(await seedDemo(context, clock, now), true);
    assert.equal(await seedDemo(context, clock, now), false);
    const user = await context.get(UsersService).findByEmail(DEMO_ACCOUNTS.analyst.email);
    assert.ok(user);
    const analyst: Actor = {
      id: user.id,
      role: user.role,
      countyCode: user.countyCode,
      municipalityCode: null,
    };
    const rounds = await context.get(RoundsService).list(analyst, '07');
    assert.deepEqual(
      rounds.map((r) => r.status),
      ['open', 'closed'],
    );
    const reads = context.get(AssessmentReadsService);
    const [current, earlier] = await Promise.all(rounds.map((r) => reads.listForRound(analyst, r.id)));
    assert.ok(earlier?.every((a) => a.status === 'approved' && !a.late));
    assert.deepEqual(
      new Set(current?.map((a) => a.status)),
      new Set(['not_started', 'draft', 'submitted', 'returned', 'approved']),
    );
    const returned = current?.find((a) => a.status === 'returned');
    const view = await reads.get(analyst, rounds[0]!.id, returned!.municipalityCode);
    assert.ok(view.returnComment && view.returnComment.length > 0);
    assert.ok(view.observedRisks.length >= 2);
  });

  it('carries risks over from the spring as a reporter does, so the autumn answers follow them and their plans up', async () => {
    const user = await context.get(UsersService).findByEmail(DEMO_ACCOUNTS.analyst.email);
    const analyst: Actor = { id: user!.id, role: 'analyst', countyCode: '07', municipalityCode: null };
    const [autumn, spring] = await context.get(RoundsService).list(analyst, '07');
    const reads = context.get(AssessmentReadsService);
    let carried = 0;
    for (const code of ['0764', '0765', '0780', '0781']) {
      const before = await reads.get(analyst, spring!.id, code);
      const now = await reads.get(analyst, autumn!.id, code);
      const earlier = new Set(before.observedRisks.map((r) => r.id));
      const kept = now.observedRisks.filter((r) => earlier.has(r.id)).length;
      carried += kept;
      assert.deepEqual(
        now.followUps.map((f) => f.plannedMeasureId),
        before.plannedMeasures.map((p) => p.id),
        `${code} follows up the plans it made in the spring`,
      );
      const changes = await reads.changes(analyst, autumn!.id, code, {});
      assert.equal(
        kept + changes.risksRemoved.length,
        before.observedRisks.length,
        'each spring risk kept or removed',
      );
      assert.equal(changes.risksAdded.length, now.observedRisks.length - kept);
    }
    assert.ok(carried > 0, 'some risks are the same risk as in the spring');
  });

  it('plans the autumn dialogue forum a week ahead, with its groups and two questions written', async () => {
    const user = await context.get(UsersService).findByEmail(DEMO_ACCOUNTS.coordinator.email);
    const coordinator: Actor = {
      id: user!.id,
      role: 'coordinator',
      countyCode: '07',
      municipalityCode: null,
    };
    const [autumn] = await context.get(RoundsService).list(coordinator, '07');
    const [forum] = await context.get(ForumsService).list(coordinator, '07');
    assert.equal(forum?.roundId, autumn!.id);
    assert.equal(forum.grouping, 'mainGroup');
    assert.ok(Date.parse(forum.startsAt) > now.getTime());
    assert.ok(
      forum.agenda.some((q) => q.askedBy.length > 0),
      'themes the municipalities asked for',
    );
    const polls = await context.get(ForumPollsService).list(coordinator, forum.id);
    assert.deepEqual(
      polls.map((p) => [p.kind, p.state]),
      [
        ['wordCloud', 'draft'],
        ['scale', 'draft'],
      ],
    );
  });
});
