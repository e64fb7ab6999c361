import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AssessmentDocument } from '../../src/assessments/assessment-document';
import { RegisterSubmission, riskRegisterOf } from '../../src/risk-register/risk-register';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { doc, risk } from '../support/pictures';

const SCORED = { scoring: true, escalationAreas: ['social_oro'] };

function submission(id: string, document: AssessmentDocument, rsa = SCORED): RegisterSubmission {
  return {
    round: {
      id,
      title: `Omgång ${id}`,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      taxonomy: DEFAULT_TAXONOMY,
      rsa,
    },
    number: 1,
    version: 2,
    submittedAt: '2026-05-01T10:00:00.000Z',
    document,
  };
}

const spring = doc({
  observedRisks: [
    risk('a', 'social_oro', 'hog', 'okat', {
      likelihood: 'hog',
      consequence: 'allvarliga',
      protectedValues: ['liv_halsa'],
      escalationStage: 'fordomar_rykten',
    }),
    risk('b', 'vald_nara_relationer', 'medel', 'ny', { likelihood: 'lag', consequence: 'mycket_allvarliga' }),
    risk('c', 'alkohol_narkotika', 'lag', 'ny', { likelihood: 'lag', consequence: 'begransade' }),
  ],
  measuresTaken: [
    {
      id: 'm1',
      description: 'Fältarbete',
      riskIds: ['a', 'b'],
      actors: [],
      perspectives: [],
      effect: 'delvis',
    },
  ],
  plannedMeasures: [
    { id: 'p1', description: 'Avtal med polisen', riskIds: ['a'], responsible: 'KS', period: 'Hösten' },
  ],
});

const autumn = doc({
  observedRisks: [
    risk('a', 'social_oro', 'mycket_hog', 'okat', {
      title: 'Oro i centrum',
      likelihood: 'mycket_hog',
      consequence: 'allvarliga',
      escalationStage: 'utlosande_handelse',
    }),
    risk('b', 'vald_nara_relationer', 'medel', 'oforandrat'),
    risk('d', 'ovrigt', 'lag', 'ny'),
  ],
  followUps: [{ plannedMeasureId: 'p1', status: 'pagar', comment: 'Undertecknas i december' }],
});

describe('the social-risk register', () => {
  const register = riskRegisterOf({
    municipality: { code: '0780', name: 'Växjö' },
    county: { code: '07', name: 'Kronobergs län' },
    submissions: [
      submission('r1', spring),
      submission('r2', autumn, { scoring: false, escalationAreas: [] }),
    ],
  });

  it('follows each risk across the rounds by its id, once, with its latest title', () => {
    assert.deepEqual(
      register.risks.map((r) => [r.number, r.id, r.title, r.current, r.entries.map((e) => e.roundId)]),
      [
        [1, 'a', 'Oro i centrum', true, ['r1', 'r2']],
        [2, 'b', 'Risk b', true, ['r1', 'r2']],
        [3, 'c', 'Risk c', false, ['r1']],
        [4, 'd', 'Risk d', true, ['r2']],
      ],
    );
    assert.deepEqual(
      register.rounds.map((r) => [r.id, r.scoring]),
      [
        ['r1', true],
        ['r2', false],
      ],
    );
  });

  it('gives each round its level, trend, scoring, measures and plans, and a plan its follow-up of the next round', () => {
    const [first, second] = register.risks[0]!.entries;
    assert.deepEqual(
      [first!.level, first!.trend, first!.likelihoodRank, first!.consequenceRank, first!.escalationStage],
      ['hog', 'okat', 4, 3, 'fordomar_rykten'],
    );
    assert.deepEqual(first!.measures, [{ id: 'm1', description: 'Fältarbete', effect: 'delvis' }]);
    assert.deepEqual(first!.plans[0]!.followUp, {
      roundId: 'r2',
      status: 'pagar',
      comment: 'Undertecknas i december',
    });
    assert.deepEqual(
      [second!.level, second!.likelihoodRank, second!.escalationStage],
      ['mycket_hog', 5, 'utlosande_handelse'],
    );
    assert.deepEqual(register.risks[1]!.entries[1]!.likelihoodRank, null, 'an old document has no scoring');
  });

  it('puts each current risk in the matrix at its latest scoring, and says which no round scored', () => {
    const cells = register.matrix.cells.filter((c) => c.riskIds.length > 0);
    assert.deepEqual(
      cells.map((c) => [c.likelihood, c.consequence, c.riskIds]),
      [
        [2, 4, ['b']],
        [5, 3, ['a']],
      ],
    );
    assert.equal(register.matrix.cells.length, 25);
    assert.deepEqual(register.matrix.unscored, ['d']);
    const counted =
      register.matrix.cells.reduce((n, c) => n + c.riskIds.length, 0) + register.matrix.unscored.length;
    assert.equal(
      counted,
      register.risks.filter((r) => r.current).length,
      'the retired risk c is not in the matrix',
    );
  });

  it('is empty for a municipality that never submitted', () => {
    const empty = riskRegisterOf({
      municipality: { code: '0781', name: 'Ljungby' },
      county: { code: '07', name: 'Kronobergs län' },
      submissions: [],
    });
    assert.deepEqual([empty.rounds, empty.risks, empty.matrix.unscored], [[], [], []]);
    assert.equal(empty.matrix.cells.length, 25);
  });
});
