import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { AssessmentSubmission } from '../../src/assessments/assessment-submission.entity';
import { Assessment } from '../../src/assessments/assessment.entity';
import { loadConfig } from '../../src/config/app-config';
import { CountyPictureService } from '../../src/county-picture/county-picture.service';
import { Round } from '../../src/rounds/round.entity';
import { generate } from '../bench/bench-data';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';

describe(`the benchmark data generator, tiny scale (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;

  before(async () => {
    db = await createTestDatabase();
    const result = await generate(db.url, 'tiny');
    assert.equal(result.assessments, 24);
    context = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error' })),
      { logger: ['error'] },
    );
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  it('writes closed quarterly rounds in which every municipality was approved', async () => {
    const dataSource = context.get(DataSource);
    const rounds = await dataSource.getRepository(Round).find({ order: { periodStart: 'ASC' } });
    assert.deepEqual(
      rounds.map((r) => [r.countyCode, r.periodStart, r.status]),
      [
        ['07', '2016-01-01', 'closed'],
        ['07', '2016-04-01', 'closed'],
        ['07', '2016-07-01', 'closed'],
      ],
    );
    const assessments = await dataSource.getRepository(Assessment).find();
    assert.equal(assessments.length, 24);
    assert.ok(assessments.every((a) => a.status === 'approved' && !a.late));
  });

  it('gives each assessment the full size: 12 risks, 10 measures, 6 plans, 4 risks ahead, and follow-ups after round 1', async () => {
    const dataSource = context.get(DataSource);
    const submissions = await dataSource.getRepository(AssessmentSubmission).find();
    assert.equal(submissions.length, 24);
    for (const s of submissions) {
      const d = s.document;
      assert.deepEqual(
        [d.observedRisks.length, d.measuresTaken.length, d.plannedMeasures.length, d.risksAhead.length],
        [12, 10, 6, 4],
      );
    }
    assert.equal(submissions.filter((s) => s.document.followUps.length === 6).length, 16);
  });

  it('makes data the county picture counts in full', async () => {
    const dataSource = context.get(DataSource);
    const newest = await dataSource
      .getRepository(Round)
      .findOne({ where: { countyCode: '07' }, order: { periodStart: 'DESC' } });
    const { picture } = await context.get(CountyPictureService).build(newest!, 'approved');
    assert.equal(picture.response.approved, 8);
    assert.equal(picture.items.observedRisks.length, 96);
    assert.equal(picture.followUps.items.length, 48);
  });
});
