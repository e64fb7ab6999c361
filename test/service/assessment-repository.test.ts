import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AssessmentRepository } from '../../src/assessments/assessment.repository';

const municipality = (key: string) => ({ kind: 'municipality' as const, key });
import { Transactions } from '../../src/database/transactions';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { ManualClock } from '../../src/common/clock';
import type { Actor } from '../../src/access/actor';
import { UsersService } from '../../src/users/users.service';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { openServiceRound, serviceReporter, startServiceContext } from '../support/service-context';

const document = (version: number, summary: string) =>
  plainToInstance(AssessmentDocumentDto, { ...completeDocument(version), summary });

describe(`the assessment tables as other features read them (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let repository: AssessmentRepository;
  let roundId: string;
  let autumnId: string;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));

  before(async () => {
    db = await createTestDatabase();
    context = await startServiceContext(db.url, clock);
    repository = context.get(AssessmentRepository);
    const users = context.get(UsersService);
    const reads = context.get(AssessmentReadsService);
    const workflow = context.get(AssessmentWorkflowService);
    const reporterOf = (code: string) => serviceReporter(context, code);
    const analystUser = await users.create(null, {
      email: 'a@lst.test',
      name: 'A',
      password: 'a-good-long-password',
      role: 'analyst',
      countyCode: '07',
    });
    const analyst: Actor = { id: analystUser.id, role: 'analyst', countyCode: '07', municipalityCode: null };
    // The autumn before: Växjö answered it too.
    clock.set(new Date('2025-10-01T10:00:00Z'));
    autumnId = await openServiceRound(context, '2025-11-30', {
      periodStart: '2025-09-01',
      periodEnd: '2025-12-31',
    });
    clock.set(new Date('2026-03-01T10:00:00Z'));
    roundId = await openServiceRound(context, '2026-03-10');

    // Växjö: submitted in time, returned with a comment, resubmitted after the deadline (its first submission was in
    // time, so it is not late). Alvesta: first submitted after the deadline (late), then approved. Ljungby: a draft.
    const vaxjo = await reporterOf('0780');
    await workflow.save(vaxjo, autumnId, '0780', document(0, 'Hösten'));
    await workflow.submit(vaxjo, autumnId, '0780');
    await workflow.save(vaxjo, roundId, '0780', document(0, 'Första'));
    await workflow.submit(vaxjo, roundId, '0780');
    await workflow.returnToMunicipality(analyst, roundId, '0780', 'Ange nivån för risk 2.');
    const returned = await reads.get(vaxjo, roundId, '0780');
    await workflow.save(vaxjo, roundId, '0780', document(returned.version, 'Andra'));
    clock.set(new Date('2026-03-20T10:00:00Z'));
    await workflow.submit(vaxjo, roundId, '0780');
    const alvesta = await reporterOf('0764');
    await workflow.save(alvesta, roundId, '0764', document(0, 'Alvesta'));
    await workflow.submit(alvesta, roundId, '0764');
    await workflow.approve(analyst, roundId, '0764');
    const ljungby = await reporterOf('0781');
    await workflow.save(ljungby, roundId, '0781', document(0, 'Utkast'));
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

  it('finds a submitted version of this round, by number, or the latest of an earlier round', async () => {
    const latest = await repository.submissionOf(municipality('0780'), { roundId });
    assert.deepEqual([latest?.number, latest?.document.summary, latest?.roundId], [2, 'Andra', roundId]);
    const first = await repository.submissionOf(municipality('0780'), { roundId, number: 1 });
    assert.deepEqual([first?.number, first?.document.summary], [1, 'Första']);
    assert.equal(typeof first?.version, 'number');
    const before = await repository.submissionOf(municipality('0780'), {
      before: { countyCode: '07', periodStart: '2026-01-01' },
    });
    assert.deepEqual([before?.roundId, before?.document.summary], [autumnId, 'Hösten']);
    assert.equal(
      await repository.submissionOf(municipality('0781'), { roundId }),
      null,
      'a draft has no submitted version',
    );
    assert.equal(await repository.submissionOf(municipality('0780'), { roundId, number: 3 }), null);
    assert.equal((await repository.latestSubmission(roundId, municipality('0780')))?.number, 2);
    assert.equal(await repository.latestSubmission(roundId, municipality('0760')), null);
  });

  it('gives the history of an assessment oldest first, and the counts of each round by status and lateness', async () => {
    const vaxjo = (await repository.standingsOfRound(roundId)).find((s) => s.municipalityCode === '0780')!;
    const { events, submissions } = await repository.historyOf(vaxjo.id);
    assert.deepEqual(
      events.map((e) => e.action),
      ['save', 'submit', 'return', 'save', 'submit'],
    );
    assert.deepEqual(
      submissions.map((s) => s.number),
      [1, 2],
    );
    const counts = await repository.countsByRound([roundId, autumnId, 'no-such-round']);
    assert.deepEqual(counts.get(roundId), { approved: 1, submitted: 1, draft: 1, late: 1 });
    assert.deepEqual(
      counts.get(autumnId),
      { submitted: 1, late: 1 },
      'submitted in March, after its deadline',
    );
    assert.deepEqual(counts.get('no-such-round'), { late: 0 });
    assert.deepEqual(await repository.countsByRound([]), new Map());
  });

  it('writes an assessment only over the version it read, and a new one only once', async () => {
    const transactions = context.get(Transactions);
    const stored = (await repository.find(roundId, municipality('0781')))!;
    const next = {
      ...stored,
      version: stored.version + 1,
      document: { ...stored.document, summary: 'Skrivet' },
    };
    const written = await transactions.run((m) => repository.updateIfVersion(m, stored.version, next));
    assert.equal(written, null, 'written over the version it read');
    const stale = await transactions.run((m) =>
      repository.updateIfVersion(m, stored.version, { ...next, version: stored.version + 2 }),
    );
    assert.equal(stale, stored.version + 1, 'refused, with the version stored now');
    assert.equal((await repository.find(roundId, municipality('0781')))?.document.summary, 'Skrivet');
    const again = await transactions.run((m) => repository.insertIfNew(m, { ...stored, id: randomUUID() }));
    assert.equal(again, false, 'a second assessment of the municipality in the round is not made');
    assert.equal(await repository.find(roundId, municipality('0760')), null);
    assert.deepEqual(
      (await repository.summariesOfRound(roundId, { municipalityCodes: ['0780', '0781', '0760'] }))
        .map((a) => a.municipalityCode)
        .sort(),
      ['0780', '0781'],
    );
  });
});
