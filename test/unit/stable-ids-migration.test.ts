import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stableIdentities } from '../../src/database/migrations/1796204868643-StableItemIds';

const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};
const risk = (id: string, title: string, description = '') => ({ id, title, description });

describe('the migration to stable item ids', () => {
  const spring = {
    observedRisks: [risk('r1', 'Ökad ensamhet bland äldre'), risk('r2', 'Bränder i soprum')],
    measuresTaken: [{ id: 'm1', description: 'Fältarbete', riskIds: ['r2'] }],
    plannedMeasures: [{ id: 'p1', description: 'Trygghetsvandringar', riskIds: ['r1'] }],
    followUps: [],
  };
  const autumn = {
    observedRisks: [
      // The counter was reused: r1 is another risk now; r2 was carried over.
      risk('r1', 'Signaler om begränsningar av ungas frihet'),
      risk('r2', 'bränder i  soprum'),
    ],
    measuresTaken: [{ id: 'm1', description: 'Dialog med skolor', riskIds: ['r1', 'r9'] }],
    plannedMeasures: [],
    followUps: [{ plannedMeasureId: 'p1' }, { plannedMeasureId: 'p7' }],
  };
  const renewed = stableIdentities(
    [
      { key: 'spring-1', roundId: 'spring', document: spring },
      { key: 'spring', roundId: 'spring', document: spring },
      { key: 'autumn', roundId: 'autumn', document: autumn },
    ],
    counter(),
  );
  const s = renewed.get('spring')!;
  const a = renewed.get('autumn')!;

  it('gives an item the same UUID in every document where it is the same item', () => {
    assert.deepEqual(renewed.get('spring-1'), s, 'a submission and the document after it agree');
    assert.equal(
      a.observedRisks![1]!.id,
      s.observedRisks![1]!.id,
      'the risk carried over keeps its identity',
    );
  });

  it('gives a reused counter a new identity, so unrelated risks are never paired', () => {
    assert.notEqual(a.observedRisks![0]!.id, s.observedRisks![0]!.id);
    const all = [s, a].flatMap((d) => d.observedRisks!.map((r) => r.id));
    assert.equal(new Set(all).size, 3);
  });

  it('rewrites the links of measures, plans and follow-ups, and drops links to risks that never existed', () => {
    assert.deepEqual(s.measuresTaken![0]!.riskIds, [s.observedRisks![1]!.id]);
    assert.deepEqual(s.plannedMeasures![0]!.riskIds, [s.observedRisks![0]!.id]);
    assert.deepEqual(a.measuresTaken![0]!.riskIds, [a.observedRisks![0]!.id]);
    assert.equal(a.followUps![0]!.plannedMeasureId, s.plannedMeasures![0]!.id);
    assert.match(a.followUps![1]!.plannedMeasureId, /^[0-9a-f-]{36}$/);
    assert.notEqual(a.followUps![1]!.plannedMeasureId, s.plannedMeasures![0]!.id);
  });

  it('keeps the same item across a rename when its description is the same, and leaves UUIDs as they are', () => {
    const uuid = '7f9c2ba4-e88f-4a4f-9d3c-000000000001';
    const out = stableIdentities(
      [
        {
          key: '1',
          roundId: 'x',
          document: { observedRisks: [risk('r1', 'Gammal rubrik', 'Samma text'), risk(uuid, 'U')] },
        },
        { key: '2', roundId: 'y', document: { observedRisks: [risk('r1', 'Ny rubrik', 'Samma  text')] } },
      ],
      counter(),
    );
    assert.equal(out.get('1')!.observedRisks![0]!.id, out.get('2')!.observedRisks![0]!.id);
    assert.equal(out.get('1')!.observedRisks![1]!.id, uuid);
  });
});
