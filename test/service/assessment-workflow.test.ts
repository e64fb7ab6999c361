import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AppModule } from '../../src/app.module';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { ITEM_ID } from '../../src/assessments/item-identities';
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

  it('gives each new risk, measure and plan a UUID on its first save and keeps it on every later save', async () => {
    const first = await reads.get(reporter, roundId, '0780');
    const ids = (d: { observedRisks: { id: string }[]; measuresTaken: { id: string }[] }) => [
      ...d.observedRisks.map((r) => r.id),
      ...d.measuresTaken.map((m) => m.id),
    ];
    assert.ok(
      ids(first).every((id) => ITEM_ID.test(id)),
      'the names the client chose are replaced',
    );
    assert.deepEqual(first.measuresTaken[0]!.riskIds, [first.observedRisks[0]!.id], 'the links follow');
    // Saved again as read: every id stays. A UUID the server never gave, and a new name, get new ones.
    const invented = '7f9c2ba4-e88f-4a4f-9d3c-000000000001';
    const again = await workflow.save(
      reporter,
      roundId,
      '0780',
      dto({
        ...first,
        version: first.version,
        observedRisks: [...first.observedRisks, { ...first.observedRisks[0]!, id: invented }],
        measuresTaken: [
          ...first.measuresTaken,
          { ...first.measuresTaken[0]!, id: 'ny-1', riskIds: [invented] },
        ],
      }),
    );
    assert.deepEqual(
      ids(again).slice(0, first.observedRisks.length),
      ids(first).slice(0, first.observedRisks.length),
    );
    const added = again.observedRisks.at(-1)!.id;
    assert.ok(ITEM_ID.test(added) && added !== invented && !ids(first).includes(added));
    assert.deepEqual(again.measuresTaken.at(-1)!.riskIds, [added]);
  });
});
