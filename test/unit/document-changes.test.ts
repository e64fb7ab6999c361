import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentChanges } from '../../src/assessments/document-changes';
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

  it('pairs risks by id, then by area and title, and names what changed in each', () => {
    const after = doc({
      observedRisks: [
        risk('r1', 'social_oro', 'mycket_hog', 'okat', { title: 'Bränder i soprum' }),
        // A new id, as in a form started empty: the same area and title (other case and spaces) still pair.
        risk('risk-9', 'vald_nara_relationer', 'medel', 'minskat', { title: ' orosanmälningar ' }),
        risk('risk-10', 'ekonomisk_utsatthet', 'medel', 'okat', { title: 'Fler hushåll med bistånd' }),
      ],
      measuresTaken: [measure('m1', 'Fältarbete kvällstid'), measure('m-2', 'Föräldravandringar')],
    });
    const changes = documentChanges(before, after);
    assert.deepEqual(
      changes.risksChanged.map((c) => [c.before.id, c.after.id, c.changed]),
      [
        ['r1', 'r1', ['level']],
        ['r2', 'risk-9', ['trend']],
      ],
    );
    assert.deepEqual(
      changes.risksAdded.map((r) => r.id),
      ['risk-10'],
    );
    assert.deepEqual(
      changes.risksRemoved.map((r) => r.id),
      ['r3'],
    );
    assert.deepEqual(
      changes.measuresAdded.map((m) => m.description),
      ['Föräldravandringar'],
    );
  });

  it('finds nothing between a document and itself', () => {
    assert.deepEqual(documentChanges(before, before), {
      risksAdded: [],
      risksRemoved: [],
      risksChanged: [],
      measuresAdded: [],
      plannedMeasuresAdded: [],
    });
  });
});
