import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Actor } from '../../src/access/actor';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { ManualClock } from '../../src/common/clock';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import {
  openServiceRound,
  serviceAnalyst,
  serviceReporter,
  startServiceContext,
  SYSTEM_ADMIN,
} from '../support/service-context';
import { RoundsService } from '../../src/rounds/rounds.service';

const dto = (version: number, change: (d: ReturnType<typeof completeDocument>) => void = () => {}) => {
  const document = completeDocument(version);
  change(document);
  return plainToInstance(AssessmentDocumentDto, document);
};

/** The rules that pages and API reach through HTTP, on the services themselves and a real database. */
describe(`assessment reads and the workflow's history (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let reads: AssessmentReadsService;
  let workflow: AssessmentWorkflowService;
  let reporter: Actor;
  let analyst: Actor;
  let spring: string;
  let autumn: string;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));

  before(async () => {
    db = await createTestDatabase();
    context = await startServiceContext(db.url, clock);
    reads = context.get(AssessmentReadsService);
    workflow = context.get(AssessmentWorkflowService);
    reporter = await serviceReporter(context, '0780');
    analyst = await serviceAnalyst(context);
    spring = await openServiceRound(context, '2026-03-31');
    autumn = await openServiceRound(context, '2026-10-31', {
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
    });
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  it('fixes lateness at the first submission, keeps it through a return, and tells every step with its actor', async () => {
    const saved = await workflow.save(reporter, spring, '0780', dto(0));
    clock.set(new Date('2026-04-02T08:00:00Z'));
    const late = await workflow.submit(reporter, spring, '0780', saved.version);
    assert.equal(late.late, true);
    const returned = await workflow.returnToMunicipality(analyst, spring, '0780', '  Ange nivån.  ');
    assert.equal(returned.status, 'returned');
    assert.equal((await reads.get(reporter, spring, '0780')).returnComment, 'Ange nivån.');
    const again = await workflow.save(reporter, spring, '0780', dto(returned.version));
    const resubmitted = await workflow.submit(reporter, spring, '0780', again.version);
    assert.equal(resubmitted.late, true, 'a later submission keeps the first one’s lateness');
    await workflow.approve(analyst, spring, '0780', resubmitted.version);
    const history = await reads.history(analyst, spring, '0780');
    assert.deepEqual(
      history.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.actor.name]),
      [
        ['save', 'not_started', 'draft', 'R'],
        ['submit', 'draft', 'submitted', 'R'],
        ['return', 'submitted', 'returned', 'Analytiker'],
        ['save', 'returned', 'draft', 'R'],
        ['submit', 'draft', 'submitted', 'R'],
        ['approve', 'submitted', 'approved', 'Analytiker'],
      ],
    );
    assert.equal(history.events[2]?.comment, 'Ange nivån.');
    assert.deepEqual(
      history.submissions.map((s) => [s.number, s.late, s.submittedBy.name]),
      [
        [1, true, 'R'],
        [2, true, 'R'],
      ],
    );
    const counts = await reads.countsByRound([spring]);
    assert.deepEqual(counts.get(spring), { approved: 1, late: 1 });
  });

  it('refuses a late first submission when the round takes none, with the deadline in the refusal', async () => {
    const rounds = context.get(RoundsService);
    const { id: strict } = await rounds.create(SYSTEM_ADMIN, {
      countyCode: '07',
      title: 'Utan sen inlämning',
      periodStart: '2025-12-01',
      periodEnd: '2026-04-30',
      deadline: '2026-03-31',
      acceptLate: false,
    });
    await rounds.move(SYSTEM_ADMIN, strict, 'open');
    const saved = await workflow.save(reporter, strict, '0780', dto(0));
    await assert.rejects(workflow.submit(reporter, strict, '0780', saved.version), (error: DomainError) => {
      assert.equal(error.code, ErrorCode.DeadlinePassed);
      assert.deepEqual(error.params, { deadline: '2026-03-31' });
      return true;
    });
  });

  it("proposes last round's submission for a new draft, follows its plans up, and tells what changed since", async () => {
    clock.set(new Date('2026-09-01T08:00:00Z'));
    const proposal = await reads.get(reporter, autumn, '0780');
    assert.equal(proposal.status, 'not_started');
    assert.equal(proposal.prefilledFrom?.roundId, spring);
    assert.equal(proposal.observedRisks.length, completeDocument(0).observedRisks.length);
    assert.equal(
      (await reads.get(analyst, autumn, '0780')).prefilledFrom,
      null,
      'only for those who may save it',
    );
    assert.equal((await reads.get(reporter, autumn, '0780', false)).prefilledFrom, null);
    const last = await reads.get(reporter, spring, '0780');
    assert.deepEqual(
      proposal.observedRisks.map((r) => r.id),
      last.observedRisks.map((r) => r.id),
      'the proposal carries the ids of the risks over',
    );
    const planned = await reads.plannedToFollowUp(reporter, autumn, '0780');
    assert.deepEqual(
      planned.map((p) => p.id),
      last.plannedMeasures.map((p) => p.id),
    );
    await assert.rejects(reads.changes(analyst, autumn, '0780', {}), (error: DomainError) => {
      assert.equal(error.code, ErrorCode.NotFound);
      assert.equal(error.messageCode, 'not_found.submission_in_round');
      return true;
    });
    const saved = await workflow.save(
      reporter,
      autumn,
      '0780',
      dto(0, (d) => {
        // The first risk as proposed, at another level; the others left out.
        d.observedRisks = [{ ...d.observedRisks[0]!, id: proposal.observedRisks[0]!.id, level: 'medel' }];
        for (const m of [...d.measuresTaken, ...d.plannedMeasures])
          m.riskIds = m.riskIds.filter((id) => id === 'r1').map(() => proposal.observedRisks[0]!.id);
      }),
    );
    await workflow.submit(reporter, autumn, '0780', saved.version);
    const changes = await reads.changes(analyst, autumn, '0780', {});
    assert.equal(changes.from.roundId, spring);
    assert.equal(changes.from.submission, 2);
    assert.equal(changes.to.roundId, autumn);
    assert.deepEqual(
      changes.risksRemoved.map((r) => r.id),
      last.observedRisks.slice(1).map((r) => r.id),
    );
    assert.deepEqual(
      changes.risksChanged.map((c) => [c.after.id, c.changed]),
      [[last.observedRisks[0]!.id, ['level']]],
    );
    assert.deepEqual(changes.risksAdded, []);
    await assert.rejects(reads.changes(analyst, autumn, '0780', { from: 1 }), (error: DomainError) => {
      assert.equal(error.fields[0]?.code, 'from_and_to');
      return true;
    });
  });
});
