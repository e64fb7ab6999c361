import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snapshotHashOf } from '../../src/county-picture/snapshot-hash';
import { assessment, doc, FOUR_MUNICIPALITIES, pictureInput, risk } from '../support/pictures';

const [first] = FOUR_MUNICIPALITIES;

describe('snapshotHashOf', () => {
  const input = () =>
    pictureInput('approved', [
      assessment(first!.code, 'approved', doc({ observedRisks: [risk('r1', 'ovrigt', 'hog', 'okat')] })),
    ]);

  it('gives equal inputs the same hash', () => {
    assert.equal(snapshotHashOf(input()), snapshotHashOf(input()));
    assert.match(snapshotHashOf(input()), /^[0-9a-f]{64}$/);
  });

  it('changes with the basis, a narrative, a status, a submitted version or the municipalities', () => {
    const base = snapshotHashOf(input());
    assert.notEqual(snapshotHashOf({ ...input(), include: 'submitted' }), base);
    assert.notEqual(snapshotHashOf({ ...input(), narratives: { summary: 'Text' } }), base);
    const returned = input();
    returned.assessments[0]!.status = 'submitted';
    assert.notEqual(snapshotHashOf(returned), base);
    const resubmitted = input();
    resubmitted.assessments[0]!.latest!.version += 2;
    assert.notEqual(snapshotHashOf(resubmitted), base);
    assert.notEqual(snapshotHashOf({ ...input(), municipalities: FOUR_MUNICIPALITIES.slice(1) }), base);
  });

  it('stands a submitted version in for its document, which never changes once submitted', () => {
    const other = input();
    other.assessments[0]!.latest!.document = doc({ summary: 'not read' });
    assert.equal(snapshotHashOf(other), snapshotHashOf(input()));
  });
});
