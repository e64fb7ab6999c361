import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDocument } from '../../src/assessments/assessment-document';
import { reviewed, savedDraft, savedSection, submitted } from '../../src/assessments/assessment-steps';
import type { Assessment } from '../../src/assessments/assessment.entity';
import { completeDocument } from '../support/documents';
import { NO_RSA_QUESTIONS as NO_RSA } from '../../src/rounds/round-rules';

const { version: _, ...complete } = completeDocument(0);
const document = { ...emptyDocument(), ...complete };
const ref = { roundId: 'r1', municipalityCode: '0780', organisationId: null };
const at = (iso: string) => ({ actorId: 'u1', at: new Date(iso) });

describe('assessment steps', () => {
  it('makes a first save a draft at version 1 that was never submitted nor late', () => {
    const next = savedDraft(null, ref, document, at('2026-03-01T10:00:00Z'), NO_RSA);
    assert.equal(next.status, 'draft');
    assert.equal(next.version, 1);
    assert.equal(next.late, false);
    assert.equal(next.submittedAt, null);
    assert.equal(next.roundId, 'r1');
    assert.equal(next.municipalityCode, '0780');
    assert.match(next.id, /^[0-9a-f-]{36}$/);
  });

  it('moves a later save, also of a returned assessment, one version on as a draft and keeps its id', () => {
    const first = savedDraft(null, ref, document, at('2026-03-01T10:00:00Z'), NO_RSA);
    const returned: Assessment = { ...first, status: 'returned', version: 4 };
    const next = savedDraft(returned, ref, document, at('2026-03-02T10:00:00Z'), NO_RSA);
    assert.equal(next.id, first.id);
    assert.equal(next.status, 'draft');
    assert.equal(next.version, 5);
    assert.equal(next.updatedAt.toISOString(), '2026-03-02T10:00:00.000Z');
  });

  it('fixes lateness at the first submission; a later submission keeps it, however late it is', () => {
    const draft = savedDraft(null, ref, document, at('2026-03-01T10:00:00Z'), NO_RSA);
    const late = submitted(draft, true, at('2026-04-01T10:00:00Z'));
    assert.equal(late.late, true);
    assert.equal(late.status, 'submitted');
    assert.equal(late.version, 2);
    const onTime = submitted(draft, false, at('2026-03-02T10:00:00Z'));
    const again = submitted({ ...onTime, status: 'returned', version: 3 }, true, at('2026-05-01T10:00:00Z'));
    assert.equal(again.late, false);
    assert.equal(again.version, 4);
    assert.equal(again.submittedAt?.toISOString(), '2026-05-01T10:00:00.000Z');
  });

  it('records the reviewer and the new status of a review', () => {
    const draft = savedDraft(null, ref, document, at('2026-03-01T10:00:00Z'), NO_RSA);
    const next = reviewed({ ...draft, status: 'submitted', version: 2 }, 'approved', {
      actorId: 'analyst',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    assert.equal(next.status, 'approved');
    assert.equal(next.version, 3);
    assert.equal(next.updatedBy, 'analyst');
  });

  it('moves the sections a whole save changed, complete when they miss nothing', () => {
    const first = savedDraft(null, ref, document, at('2026-03-01T10:00:00Z'), NO_RSA);
    assert.equal(first.sections.contact?.version, 1);
    assert.equal(first.sections.contact?.completed, true);
    assert.equal(first.sections.followUps, undefined, 'an empty section is not touched');
    const next = savedDraft(
      first,
      ref,
      { ...document, contact: { ...document.contact, name: '' } },
      at('2026-03-02T10:00:00Z'),
      NO_RSA,
    );
    assert.equal(next.sections.contact?.version, 2);
    assert.equal(next.sections.contact?.completed, false, 'the contact name is missing');
    assert.equal(next.sections.observedRisks?.version, 1);
  });

  it('moves only the saved section of a section save, with the completion its author gives', () => {
    const first = savedDraft(null, ref, document, at('2026-03-01T10:00:00Z'), NO_RSA);
    const next = savedSection(
      first,
      ref,
      { document: document, key: 'support', completed: false },
      at('2026-03-02T10:00:00Z'),
    );
    assert.equal(next.version, 2);
    assert.equal(next.sections.support?.completed, false);
    assert.equal(next.sections.support?.updatedAt, '2026-03-02T10:00:00.000Z');
    assert.deepEqual(next.sections.contact, first.sections.contact);
  });
});
