import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AppModule } from '../../src/app.module';
import { AssessmentsService } from '../../src/assessments/assessments.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { ManualClock } from '../../src/common/clock';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import { loadConfig } from '../../src/config/app-config';
import { RoundsService } from '../../src/rounds/rounds.service';
import type { Actor } from '../../src/users/role';
import { UsersService } from '../../src/users/users.service';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';

const dto = (body: object) => plainToInstance(AssessmentDocumentDto, body);

describe(`AssessmentsService on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let assessments: AssessmentsService;
  let reporter: Actor;
  let roundId: string;

  before(async () => {
    db = await createTestDatabase();
    context = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error' }), {
        clock: new ManualClock(new Date('2026-03-01T10:00:00Z')),
      }),
      { logger: ['error'] },
    );
    assessments = context.get(AssessmentsService);
    const users = context.get(UsersService);
    const admin: Actor = { id: 'system', role: 'admin', countyCode: null, municipalityCode: null };
    const created = await users.create(null, {
      email: 'r@vaxjo.test',
      name: 'R',
      password: 'a-good-long-password',
      role: 'reporter',
      municipalityCode: '0780',
    });
    reporter = { id: created.id, role: 'reporter', countyCode: '07', municipalityCode: '0780' };
    const rounds = context.get(RoundsService);
    const round = await rounds.create(admin, {
      countyCode: '07',
      title: 'Omgång',
      periodStart: '2026-01-01',
      periodEnd: '2026-04-30',
      deadline: '2026-03-31',
    });
    await rounds.move(admin, round.id, 'open');
    roundId = round.id;
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  it('lets exactly one of many concurrent first saves win; the rest get a version conflict', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        assessments.save(
          reporter,
          roundId,
          '0780',
          dto({ ...completeDocument(0), summary: `Skrivare ${i}` }),
        ),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    assert.equal(won.length, 1);
    for (const r of lost) assert.equal((r.reason as DomainError).code, ErrorCode.VersionConflict);
    const stored = await assessments.get(reporter, roundId, '0780');
    assert.equal(stored.version, 1);
    assert.equal(stored.summary, (won[0] as PromiseFulfilledResult<{ summary: string }>).value.summary);
  });

  it('lets exactly one of many concurrent saves of the same version win', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        assessments.save(
          reporter,
          roundId,
          '0780',
          dto({ ...completeDocument(1), summary: `Andra varvet ${i}` }),
        ),
      ),
    );
    const won = results.filter(
      (r): r is PromiseFulfilledResult<Awaited<ReturnType<AssessmentsService['save']>>> =>
        r.status === 'fulfilled',
    );
    assert.equal(won.length, 1);
    const stored = await assessments.get(reporter, roundId, '0780');
    assert.equal(stored.version, 2);
    assert.equal(stored.summary, won[0]!.value.summary);
  });
});
