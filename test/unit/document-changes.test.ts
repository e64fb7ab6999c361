import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentChanges, similarTitles } from '../../src/assessments/document-changes';
import { doc, risk } from '../support/pictures';

const measure = (id: string, description: string) => ({
  id,
  description,
  riskIds: [],
  actors: [],
  perspectives: [],
  effect: null,
});

describe('what changed between two assessment documents', () => {
  const before = doc({
    observedRisks: [
      risk('r1', 'social_oro', 'hog', 'okat', { title: 'Bränder i soprum' }),
      risk('r2', 'vald_nara_relationer', 'medel', 'oforandrat', { title: 'Orosanmälningar' }),
      risk('r3', 'missbruk', 'lag', 'minskat', { title: 'Narkotika vid skolor' }),
    ],
    measuresTaken: [measure('m1', 'Fältarbete kvällstid')],
  });

  it('pairs risks by id only and names what changed in each', () => {
    const after = doc({
      observedRisks: [
        risk('r1', 'social_oro', 'mycket_hog', 'okat', { title: 'Bränder i soprum' }),
        // A new id, as in a form started empty: not paired, even with the same area and title; only hinted at.
        risk('risk-9', 'vald_nara_relationer', 'medel', 'minskat', { title: ' orosanmälningar ' }),
        risk('risk-10', 'ekonomisk_utsatthet', 'medel', 'okat', { title: 'Fler hushåll med bistånd' }),
      ],
      measuresTaken: [measure('m1', 'Fältarbete kvällstid'), measure('m-2', 'Föräldravandringar')],
    });
    const changes = documentChanges(before, after);
    assert.deepEqual(
      changes.risksChanged.map((c) => [c.before.id, c.after.id, c.changed]),
      [['r1', 'r1', ['level']]],
    );
    assert.deepEqual(
      changes.risksAdded.map((r) => r.id),
      ['risk-9', 'risk-10'],
    );
    assert.deepEqual(
      changes.risksRemoved.map((r) => r.id),
      ['r2', 'r3'],
    );
    assert.deepEqual(changes.possiblySame, [{ addedId: 'risk-9', removedId: 'r2' }]);
    assert.deepEqual(
      changes.measuresAdded.map((m) => m.description),
      ['Föräldravandringar'],
    );
  });

  it('never pairs two different risks that happen to share an id with a counter of the past', () => {
    // The defect: 'r1' was "Ökad ensamhet bland äldre" last round and is another risk now. A risk keeps its id only
    // when it is carried over, so different ids mean different risks, and a new risk never takes an old id.
    const last = doc({
      observedRisks: [
        risk('a1', 'psykisk_ohalsa_isolering', 'medel', 'okat', { title: 'Ökad ensamhet bland äldre' }),
      ],
    });
    const now = doc({
      observedRisks: [
        risk('b7', 'social_oro', 'hog', 'ny', { title: 'Signaler om begränsningar av ungas frihet' }),
      ],
    });
    const changes = documentChanges(last, now);
    assert.deepEqual(changes.risksChanged, []);
    assert.deepEqual(
      [changes.risksAdded.map((r) => r.title), changes.risksRemoved.map((r) => r.title)],
      [['Signaler om begränsningar av ungas frihet'], ['Ökad ensamhet bland äldre']],
    );
    assert.deepEqual(changes.possiblySame, [], 'another area and title: not even a hint');
  });

  it('hints at a removed risk of the same area with a similar title, each removed risk once', () => {
    assert.equal(similarTitles('Bränder i soprum', 'bränder i  SOPRUM'), true);
    assert.equal(similarTitles('Bränder i soprum och källare', 'Bränder i soprum'), true);
    assert.equal(similarTitles('Bränder i soprum', 'Narkotika vid skolor'), false);
    const last = doc({
      observedRisks: [risk('x', 'social_oro', 'hog', 'okat', { title: 'Bränder i soprum' })],
    });
    const now = doc({
      observedRisks: [
        risk('y', 'social_oro', 'hog', 'okat', { title: 'Bränder i soprum och källare' }),
        risk('z', 'social_oro', 'hog', 'okat', { title: 'Bränder i soprum' }),
        risk('w', 'vald_nara_relationer', 'hog', 'okat', { title: 'Bränder i soprum' }),
      ],
    });
    assert.deepEqual(documentChanges(last, now).possiblySame, [{ addedId: 'y', removedId: 'x' }]);
  });

  it('finds nothing between a document and itself', () => {
    assert.deepEqual(documentChanges(before, before), {
      risksAdded: [],
      risksRemoved: [],
      risksChanged: [],
      possiblySame: [],
      measuresAdded: [],
      plannedMeasuresAdded: [],
    });
  });
});
