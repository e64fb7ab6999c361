import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ITEM_ID, itemIdsOf, withIdentities } from '../../src/assessments/item-identities';
import { doc, risk } from '../support/pictures';

const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

describe('item identities', () => {
  const document = doc({
    observedRisks: [
      risk('7f9c2ba4-e88f-4a4f-9d3c-000000000001', 'social_oro', 'hog', 'okat'),
      risk('r1', 'vald_nara_relationer', 'medel', 'okat'),
    ],
    measuresTaken: [
      {
        id: 'm1',
        description: 'Fältarbete',
        riskIds: ['r1', '7f9c2ba4-e88f-4a4f-9d3c-000000000001'],
        actors: [],
        perspectives: [],
        effect: null,
      },
    ],
    plannedMeasures: [{ id: 'p1', description: 'Vandringar', riskIds: ['r1'], responsible: '', period: '' }],
    followUps: [{ plannedMeasureId: 'f0f0f0f0-0000-4000-8000-000000000000', status: null, comment: '' }],
  });

  it('keeps the ids the server gave and gives every other item a new UUID, its links following', () => {
    const known = new Set(['7f9c2ba4-e88f-4a4f-9d3c-000000000001']);
    const out = withIdentities(document, known, counter());
    assert.deepEqual(itemIdsOf(out), [
      '7f9c2ba4-e88f-4a4f-9d3c-000000000001',
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
      '00000000-0000-4000-8000-000000000003',
    ]);
    assert.deepEqual(out.measuresTaken[0]!.riskIds, [
      '00000000-0000-4000-8000-000000000001',
      '7f9c2ba4-e88f-4a4f-9d3c-000000000001',
    ]);
    assert.deepEqual(out.plannedMeasures[0]!.riskIds, ['00000000-0000-4000-8000-000000000001']);
    assert.deepEqual(
      out.followUps,
      document.followUps,
      'a follow-up points at the previous round and is kept',
    );
  });

  it('does not keep a UUID the server never gave: the client cannot choose an identity', () => {
    const out = withIdentities(document, new Set(), counter());
    assert.equal(out.observedRisks[0]!.id, '00000000-0000-4000-8000-000000000001');
    assert.deepEqual(out.measuresTaken[0]!.riskIds, [
      '00000000-0000-4000-8000-000000000002',
      '00000000-0000-4000-8000-000000000001',
    ]);
  });

  it('gives real random UUIDs by default, all different', () => {
    const ids = itemIdsOf(withIdentities(document, new Set()));
    assert.ok(ids.every((id) => ITEM_ID.test(id)));
    assert.equal(new Set(ids).size, ids.length);
  });
});
