import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AppModule } from '../../src/app.module';
import { AssessmentRepository } from '../../src/assessments/assessment.repository';
import { AssessmentsService } from '../../src/assessments/assessments.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { ManualClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import type { Actor } from '../../src/users/role';
import { UsersService } from '../../src/users/users.service';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { openServiceRound, serviceReporter } from '../support/service-context';

const document = (version: number, summary: string) =>
  plainToInstance(AssessmentDocumentDto, { ...completeDocument(version), summary });

describe(`the assessment tables as other features read them (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let repository: AssessmentRepository;
  let roundId: string;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));

  before(async () => {
    db = await createTestDatabase();
    context = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error' }), { clock }),
      { logger: ['error'] },
    );
    repository = context.get(AssessmentRepository);
    const users = context.get(UsersService);
    const assessments = context.get(AssessmentsService);
    const reporterOf = (code: string) => serviceReporter(context, code);
    const analystUser = await users.create(null, {
      email: 'a@lst.test',
      name: 'A',
      password: 'a-good-long-password',
      role: 'analyst',
      countyCode: '07',
    });
    const analyst: Actor = { id: analystUser.id, role: 'analyst', countyCode: '07', municipalityCode: null };
    roundId = await openServiceRound(context, '2026-03-10');

    // Växjö: submitted in time, returned with a comment, resubmitted after the deadline (its first submission was in
    // time, so it is not late). Alvesta: first submitted after the deadline (late), then approved. Ljungby: a draft.
    const vaxjo = await reporterOf('0780');
    await assessments.save(vaxjo, roundId, '0780', document(0, 'Första'));
    await assessments.submit(vaxjo, roundId, '0780');
    await assessments.returnToMunicipality(analyst, roundId, '0780', 'Ange nivån för risk 2.');
    const returned = await assessments.get(vaxjo, roundId, '0780');
    await assessments.save(vaxjo, roundId, '0780', document(returned.version, 'Andra'));
    clock.set(new Date('2026-03-20T10:00:00Z'));
    await assessments.submit(vaxjo, roundId, '0780');
    const alvesta = await reporterOf('0764');
    await assessments.save(alvesta, roundId, '0764', document(0, 'Alvesta'));
    await assessments.submit(alvesta, roundId, '0764');
    await assessments.approve(analyst, roundId, '0764');
    const ljungby = await reporterOf('0781');
    await assessments.save(ljungby, roundId, '0781', document(0, 'Utkast'));
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  it('gives each assessment of a round with its latest submission only, typed, in municipality order', async () => {
    const rows = await repository.latestOfRound(roundId);
    assert.deepEqual(
      rows.map((r) => [r.municipalityCode, r.status, r.late, r.latest?.number ?? null]),
      [
        ['0764', 'approved', true, 1],
        ['0780', 'submitted', false, 2],
        ['0781', 'draft', false, null],
      ],
    );
    const vaxjo = rows[1]!;
    assert.equal(typeof vaxjo.latest!.version, 'number');
    assert.equal(vaxjo.latest!.document.summary, 'Andra', 'the document of the latest submission, parsed');
    assert.equal(vaxjo.latest!.submittedAt, '2026-03-20T10:00:00.000Z');
  });

  it('keeps to the statuses asked for', async () => {
    const counted = await repository.latestOfRound(roundId, ['submitted', 'approved']);
    assert.deepEqual(
      counted.map((r) => r.municipalityCode),
      ['0764', '0780'],
    );
    assert.deepEqual(await repository.latestOfRound('no-such-round'), []);
  });

  it('tells where each assessment stands, and the comment it was last returned with', async () => {
    const standings = await repository.standingsOfRound(roundId);
    assert.deepEqual(
      standings.map((s) => [s.municipalityCode, s.status]),
      [
        ['0764', 'approved'],
        ['0780', 'submitted'],
        ['0781', 'draft'],
      ],
    );
    assert.equal(await repository.lastReturnComment(standings[1]!.id), 'Ange nivån för risk 2.');
    assert.equal(await repository.lastReturnComment(standings[0]!.id), null);
  });
});
