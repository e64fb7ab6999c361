import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AppModule } from '../../src/app.module';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { ManualClock } from '../../src/common/clock';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import { loadConfig } from '../../src/config/app-config';
import type { Actor } from '../../src/access/actor';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { openServiceRound, serviceReporter } from '../support/service-context';

const dto = (body: object) => plainToInstance(AssessmentDocumentDto, body);

describe(`The assessment workflow on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let reads: AssessmentReadsService;
  let workflow: AssessmentWorkflowService;
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
    reads = context.get(AssessmentReadsService);
    workflow = context.get(AssessmentWorkflowService);
    reporter = await serviceReporter(context, '0780', 'r@vaxjo.test');
    roundId = await openServiceRound(context);
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  /** Fires eight saves of the same version at once; exactly one must win and the stored document be the winner's. */
  async function race(version: number) {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        workflow.save(
          reporter,
          roundId,
          '0780',
          dto({ ...completeDocument(version), summary: `Skrivare ${i}` }),
        ),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    assert.equal(won.length, 1);
    for (const r of lost) assert.equal((r.reason as DomainError).code, ErrorCode.VersionConflict);
    const stored = await reads.get(reporter, roundId, '0780');
    assert.equal(stored.version, version + 1);
    assert.equal(stored.summary, won[0]?.value.summary);
  }

  it('lets exactly one of many concurrent first saves win; the rest get a version conflict', async () => {
    await race(0);
  });

  it('lets exactly one of many concurrent saves of the same version win', async () => {
    await race(1);
  });
});
