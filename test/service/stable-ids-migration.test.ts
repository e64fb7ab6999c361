import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssessmentDocument, emptyDocument } from '../../src/assessments/assessment-document';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { ITEM_ID } from '../../src/assessments/item-identities';
import { ManualClock } from '../../src/common/clock';
import { appDataSourceOptions } from '../../src/entities';
import { createTestDatabase, onPostgres, TestDatabase, undoMigrationsTo } from '../support/database';
import { completeDocument } from '../support/documents';
import {
  openServiceRound,
  serviceReporter,
  startServiceContext,
  submitComplete,
} from '../support/service-context';

type Stored = { id: string; document: string };

/**
 * Documents stored before item ids were stable: counters per document, reused by unrelated risks. The test writes such
 * documents under assessments and submissions made by the service, then runs the migration again on both databases.
 */
describe(`the migration to stable item ids (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let spring: string;
  let autumn: string;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));
  const p = (n: number) => (onPostgres ? `$${n}` : '?');

  /** The complete test document with its ids as the old counters (r1, r2, m1, p1) and its two risks described. */
  const old = (titles: [string, string]): AssessmentDocument => {
    const { version: _, ...content } = completeDocument(0);
    const d: AssessmentDocument = { ...emptyDocument(), ...content };
    titles.forEach((title, i) => Object.assign(d.observedRisks[i]!, { title, description: `${title}.` }));
    return d;
  };
  const oldSpring = () => old(['Ökad ensamhet bland äldre', 'Bränder i soprum']);
  const oldAutumn = () => ({
    ...old(['Signaler om begränsningar av ungas frihet', 'Bränder i soprum']),
    followUps: [{ plannedMeasureId: 'p1', status: 'genomford', comment: '' }],
  });
  const documentsOf = async (roundId: string) => {
    const [row] = await dataSource.query<Stored[]>(
      `SELECT id, document FROM assessment WHERE round_id = ${p(1)} AND municipality_code = '0780'`,
      [roundId],
    );
    const submissions = await dataSource.query<Stored[]>(
      `SELECT id, document FROM assessment_submission WHERE assessment_id = ${p(1)} ORDER BY number`,
      [row!.id],
    );
    return { row: row!, submissions };
  };

  before(async () => {
    db = await createTestDatabase();
    context = await startServiceContext(db.url, clock);
    const reporter = await serviceReporter(context, '0780');
    spring = await openServiceRound(context, '2026-03-31');
    autumn = await openServiceRound(context, '2026-10-31', {
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
    });
    await submitComplete(context, reporter, spring);
    await submitComplete(context, reporter, autumn);
    // The documents as they were stored before: written over the new ones, history guard lifted for the test only.
    dataSource = new DataSource(appDataSourceOptions(db.url));
    await dataSource.initialize();
    if (onPostgres)
      await dataSource.query(
        `ALTER TABLE assessment_submission DISABLE TRIGGER assessment_submission_append_only`,
      );
    else await dataSource.query(`DROP TRIGGER assessment_submission_no_update`);
    for (const [roundId, document] of [
      [spring, oldSpring()],
      [autumn, oldAutumn()],
    ] as const) {
      const { row } = await documentsOf(roundId);
      const text = JSON.stringify(document);
      await dataSource.query(`UPDATE assessment SET document = ${p(1)} WHERE id = ${p(2)}`, [text, row.id]);
      await dataSource.query(
        `UPDATE assessment_submission SET document = ${p(1)} WHERE assessment_id = ${p(2)}`,
        [text, row.id],
      );
    }
    if (onPostgres)
      await dataSource.query(
        `ALTER TABLE assessment_submission ENABLE TRIGGER assessment_submission_append_only`,
      );
    else
      await dataSource.query(`CREATE TRIGGER "assessment_submission_no_update" BEFORE UPDATE ON "assessment_submission"
        BEGIN SELECT RAISE(ABORT, 'assessment_submission is append-only'); END`);
    // Back to before the ids migration (the figures read model is dropped, the ids cannot be undone), then up again.
    const undone = await undoMigrationsTo(dataSource, 'StableItemIds1796204868643');
    assert.equal(undone[0], 'StableItemIds1796204868643');
    assert.deepEqual(
      (await dataSource.runMigrations()).map((m) => m.name),
      undone,
    );
  });

  after(async () => {
    await dataSource.destroy();
    await context.close();
    await db.drop();
  });

  it('gives every risk, measure and plan, submissions included, a UUID, the same in a submission and its document', async () => {
    for (const roundId of [spring, autumn]) {
      const { row, submissions } = await documentsOf(roundId);
      const document = JSON.parse(row.document) as AssessmentDocument;
      const ids = [...document.observedRisks, ...document.measuresTaken, ...document.plannedMeasures].map(
        (i) => i.id,
      );
      assert.ok(ids.length > 0 && ids.every((id) => ITEM_ID.test(id)), ids.join(', '));
      assert.equal(submissions.length, 1);
      assert.deepEqual(JSON.parse(submissions[0]!.document), document);
    }
  });

  it('keeps the identity of a risk carried over and rewrites the links to the new ids', async () => {
    const before = JSON.parse((await documentsOf(spring)).row.document) as AssessmentDocument;
    const now = JSON.parse((await documentsOf(autumn)).row.document) as AssessmentDocument;
    assert.equal(now.observedRisks[1]!.id, before.observedRisks[1]!.id, 'Bränder i soprum, carried over');
    assert.notEqual(now.observedRisks[0]!.id, before.observedRisks[0]!.id, 'r1 reused by another risk');
    const riskIds = new Set(now.observedRisks.map((r) => r.id));
    for (const m of [...now.measuresTaken, ...now.plannedMeasures])
      assert.ok(m.riskIds.length > 0 && m.riskIds.every((id) => riskIds.has(id)));
    assert.equal(now.followUps[0]!.plannedMeasureId, before.plannedMeasures[0]!.id);
  });

  it('makes "what changed" list the unrelated risks as added and removed, never as changed', async () => {
    const changes = await context
      .get(AssessmentReadsService)
      .changes({ id: 'system', role: 'admin', countyCode: null, municipalityCode: null }, autumn, '0780', {});
    assert.deepEqual(
      changes.risksAdded.map((r) => r.title),
      ['Signaler om begränsningar av ungas frihet'],
    );
    assert.deepEqual(
      changes.risksRemoved.map((r) => r.title),
      ['Ökad ensamhet bland äldre'],
    );
    assert.ok(changes.risksChanged.every((c) => c.after.title === c.before.title));
  });

  it('leaves the submissions append-only and writes the rewrite to the audit log', async () => {
    await assert.rejects(dataSource.query(`UPDATE assessment_submission SET late = late`), /append-only/);
    const audit = await dataSource.query<{ detail: string }[]>(
      `SELECT detail FROM audit_event WHERE action = 'migration.item_ids'`,
    );
    assert.deepEqual(
      audit.map((a) => JSON.parse(a.detail)),
      [{ documents: 4 }],
    );
  });
});
