import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { SectionSavesService } from '../../src/assessments/section-saves.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { ManualClock } from '../../src/common/clock';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import type { Actor } from '../../src/access/actor';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { openServiceRound, serviceReporter, startServiceContext } from '../support/service-context';

const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  assert.fail('the save was refused');
};

describe(`Section saves on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let reads: AssessmentReadsService;
  let workflow: AssessmentWorkflowService;
  let sections: SectionSavesService;
  let anna: Actor;
  let bo: Actor;
  let roundId: string;
  const clock = new ManualClock(new Date('2026-03-01T09:00:00Z'));

  before(async () => {
    db = await createTestDatabase();
    context = await startServiceContext(db.url, clock);
    reads = context.get(AssessmentReadsService);
    workflow = context.get(AssessmentWorkflowService);
    sections = context.get(SectionSavesService);
    anna = await serviceReporter(context, '0780', 'anna@vaxjo.test');
    bo = await serviceReporter(context, '0780', 'bo@vaxjo.test');
    roundId = await openServiceRound(context);
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  const save = (actor: Actor, section: string, body: object) =>
    sections.save(actor, roundId, '0780', section as never, body);

  it('lets two authors who read the same assessment save different sections at once; every save lands', async () => {
    const doc = completeDocument(0);
    const results = await Promise.all([
      save(anna, 'contact', { version: 0, contact: doc.contact, summary: doc.summary }),
      save(bo, 'observedRisks', { version: 0, observedRisks: doc.observedRisks }),
      save(anna, 'risksAhead', { version: 0, risksAhead: doc.risksAhead, completed: true }),
      save(bo, 'support', { version: 0, supportWanted: 'Stöd i samverkan.', forumThemes: ['Unga'] }),
    ]);
    assert.deepEqual(
      results.map(
        (view, i) =>
          view.sections[(['contact', 'observedRisks', 'risksAhead', 'support'] as const)[i]!].version,
      ),
      [1, 1, 1, 1],
      'each save answers with its section as saved',
    );
    const stored = await reads.get(anna, roundId, '0780');
    assert.equal(stored.status, 'draft');
    assert.equal(stored.version, 4, 'one version of the document per save');
    assert.equal(stored.contact.email, doc.contact.email);
    assert.deepEqual(
      stored.observedRisks.map((r) => r.title),
      doc.observedRisks.map((r) => r.title),
    );
    assert.equal(stored.risksAhead.length, doc.risksAhead.length);
    assert.deepEqual(stored.forumThemes, ['Unga']);
    for (const key of ['contact', 'observedRisks', 'risksAhead', 'support'] as const)
      assert.equal(stored.sections[key].version, 1, key);
    assert.equal(stored.sections.measuresTaken.version, 0);
    assert.equal(stored.sections.measuresTaken.status, 'not_started');
    assert.equal(stored.sections.risksAhead.status, 'complete');
    assert.equal(stored.sections.contact.status, 'in_progress');
    assert.deepEqual(stored.sections.observedRisks.updatedBy, { id: bo.id, name: 'R' });
    assert.equal(stored.sections.contact.updatedBy?.id, anna.id);
  });

  it('answers a stale save of the same section with 409 and what is stored, and changes nothing', async () => {
    const before = await reads.get(anna, roundId, '0780');
    await save(bo, 'contact', {
      version: 1,
      contact: { ...before.contact, phone: '0470-1' },
      summary: before.summary,
    });
    const error = await refusal(save(anna, 'contact', { version: 1, summary: 'Min text' }));
    assert.equal(error.code, ErrorCode.VersionConflict);
    assert.equal(error.messageCode, 'assessment.section_changed');
    const stored = error.detail.stored as {
      section: string;
      version: number;
      content: { contact: { phone: string }; summary: string };
      by: { updatedBy: { id: string } };
    };
    assert.equal(stored.section, 'contact');
    assert.equal(stored.version, 2);
    assert.equal(stored.content.contact.phone, '0470-1');
    assert.equal(stored.content.summary, before.summary);
    assert.equal(stored.by.updatedBy.id, bo.id);
    assert.equal(error.detail.currentVersion, 2);
    const after = await reads.get(anna, roundId, '0780');
    assert.equal(after.summary, before.summary);
    assert.equal(after.version, before.version + 1);
  });

  it('refuses a section with a format error as a whole, naming the field, and leaves every section as it was', async () => {
    const before = await reads.get(anna, roundId, '0780');
    const error = await refusal(
      save(anna, 'contact', {
        version: before.sections.contact.version,
        contact: { ...before.contact, email: 'inte-en-adress' },
        summary: 'Ny text som inte sparas',
      }),
    );
    assert.equal(error.code, ErrorCode.ValidationFailed);
    assert.deepEqual(
      error.fields.map((f) => f.path),
      ['contact.email'],
    );
    const unknownField = await refusal(save(anna, 'contact', { version: 2, observedRisks: [] }));
    assert.deepEqual(
      unknownField.fields.map((f) => [f.path, f.code]),
      [['observedRisks', 'unknown_field']],
    );
    const after = await reads.get(anna, roundId, '0780');
    assert.deepEqual(after, before);
  });

  it('unlinks measures from a risk removed in the risks section, and leaves out links to risks that are gone', async () => {
    const before = await reads.get(anna, roundId, '0780');
    const [first, second] = before.observedRisks;
    await save(bo, 'measuresTaken', {
      version: 0,
      measuresTaken: [{ description: 'Fältarbete', riskIds: [first!.id, second!.id] }],
    });
    await save(anna, 'observedRisks', { version: 1, observedRisks: [first] });
    let stored = await reads.get(anna, roundId, '0780');
    assert.deepEqual(stored.measuresTaken[0]!.riskIds, [first!.id]);
    assert.equal(stored.sections.measuresTaken.version, 1, 'the measures section itself was not saved');
    await save(bo, 'measuresTaken', {
      version: 1,
      measuresTaken: [{ ...stored.measuresTaken[0], riskIds: [first!.id, second!.id] }],
    });
    stored = await reads.get(anna, roundId, '0780');
    assert.deepEqual(stored.measuresTaken[0]!.riskIds, [first!.id]);
  });

  it('removes an item with the save and puts it back, with its id and links, on undo', async () => {
    const doc = completeDocument(0);
    let stored = await reads.get(anna, roundId, '0780');
    await save(anna, 'observedRisks', {
      version: stored.sections.observedRisks.version,
      observedRisks: [...stored.observedRisks, doc.observedRisks[1]],
    });
    stored = await reads.get(anna, roundId, '0780');
    const [kept, removed] = stored.observedRisks;
    await save(bo, 'measuresTaken', {
      version: stored.sections.measuresTaken.version,
      measuresTaken: [{ ...stored.measuresTaken[0], riskIds: [kept!.id, removed!.id] }],
    });
    const version = stored.sections.observedRisks.version;
    await sections.save(
      anna,
      roundId,
      '0780',
      'observedRisks',
      { version, observedRisks: [kept, { ...removed, title: 'Ändrad innan den togs bort' }] },
      1,
    );
    stored = await reads.get(anna, roundId, '0780');
    assert.deepEqual(
      stored.observedRisks.map((r) => r.id),
      [kept!.id],
    );
    assert.deepEqual(stored.measuresTaken[0]!.riskIds, [kept!.id]);
    await sections.undoRemoval(anna, roundId, '0780', 'observedRisks', version + 1);
    stored = await reads.get(anna, roundId, '0780');
    assert.deepEqual(
      stored.observedRisks.map((r) => r.id),
      [kept!.id, removed!.id],
    );
    assert.equal(stored.observedRisks[1]!.title, 'Ändrad innan den togs bort', 'what was typed comes back');
    assert.deepEqual(stored.measuresTaken[0]!.riskIds, [kept!.id, removed!.id]);
    const again = await sections.undoRemoval(anna, roundId, '0780', 'observedRisks', version + 2);
    assert.equal(again.version, stored.version, 'a second undo has nothing to put back');
  });

  it('writes nothing for a save that changes nothing', async () => {
    const before = await reads.get(anna, roundId, '0780');
    await save(anna, 'support', {
      version: before.sections.support.version,
      supportWanted: before.supportWanted,
      forumThemes: before.forumThemes,
    });
    assert.equal((await reads.get(anna, roundId, '0780')).version, before.version);
  });

  it('moves the sections a whole-document save changed, and only those', async () => {
    const before = await reads.get(anna, roundId, '0780');
    const body = plainToInstance(AssessmentDocumentDto, {
      ...before,
      version: before.version,
      changesSinceLastRound: 'Ändrat i hela dokumentet',
    });
    delete (body as { sections?: unknown }).sections;
    await workflow.save(anna, roundId, '0780', body);
    const after = await reads.get(anna, roundId, '0780');
    assert.equal(after.sections.contact.version, before.sections.contact.version + 1);
    assert.equal(after.sections.contact.status, 'complete');
    for (const key of ['observedRisks', 'measuresTaken', 'risksAhead', 'support'] as const)
      assert.equal(after.sections[key].version, before.sections[key].version, key);
  });

  it('lists in the history one line per author, section and sitting', async () => {
    const version = async () => (await reads.get(anna, roundId, '0780')).sections.support.version;
    for (const text of ['Ett', 'Ett två', 'Ett två tre']) {
      clock.advance(60_000);
      await save(bo, 'support', { version: await version(), supportWanted: text });
    }
    clock.advance(31 * 60_000);
    await save(bo, 'support', { version: await version(), supportWanted: 'Efter lunch' });
    const { events } = await reads.history(anna, roundId, '0780');
    const support = events.filter((e) => e.section === 'support');
    assert.equal(support.length, 2, 'the first save of the morning, then the one after lunch');
    assert.ok(support.every((e) => e.actor.id === bo.id && e.action === 'save'));
    assert.deepEqual(
      events.filter((e) => e.fromStatus !== e.toStatus).map((e) => [e.fromStatus, e.toStatus]),
      [['not_started', 'draft']],
    );
    assert.ok(events.some((e) => e.section === 'measuresTaken' && e.actor.id === bo.id));
  });

  it('refuses a save of an unsubmittable state: a submitted assessment is locked for section saves too', async () => {
    const current = await reads.get(anna, roundId, '0780');
    await workflow.submit(anna, roundId, '0780', current.version);
    const error = await refusal(save(anna, 'support', { version: current.sections.support.version }));
    assert.equal(error.code, ErrorCode.InvalidTransition);
  });
});
