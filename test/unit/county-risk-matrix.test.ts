import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCountyPicture } from '../../src/county-picture/county-picture.builder';
import { assessment, doc, pictureInput, risk } from '../support/pictures';

/** Four municipalities' risks, scored (likelihood, consequence) as the hand count below expects. */
const scored = (id: string, area: string, likelihood: string, consequence: string, more = {}) =>
  risk(id, area, 'hog', 'okat', { likelihood, consequence, ...more });

const assessments = [
  assessment(
    '0001',
    'approved',
    doc({
      observedRisks: [
        scored('a1', 'social_oro', 'hog', 'allvarliga', { escalationStage: 'fordomar_rykten' }),
        scored('a2', 'social_oro', 'hog', 'allvarliga', { escalationStage: 'utlosande_handelse' }),
        scored('a3', 'vald_nara_relationer', 'lag', 'mycket_allvarliga'),
      ],
    }),
  ),
  assessment(
    '0002',
    'approved',
    doc({
      observedRisks: [
        scored('b1', 'social_oro', 'hog', 'allvarliga', { escalationStage: 'segregation' }),
        risk('b2', 'alkohol_narkotika', 'medel', 'ny'),
      ],
    }),
  ),
  assessment(
    '0003',
    'submitted',
    doc({ observedRisks: [scored('c1', 'vald_nara_relationer', 'lag', 'mycket_allvarliga')] }),
  ),
  assessment(
    '0004',
    'draft',
    doc({ observedRisks: [scored('d1', 'social_oro', 'mycket_hog', 'katastrofala')] }),
  ),
];

describe("the county's risk matrix", () => {
  it('counts each counted risk in the cell of its likelihood and consequence, with the municipalities behind it', () => {
    const picture = buildCountyPicture(pictureInput('approved', assessments));
    const filled = picture.riskMatrix.cells
      .filter((c) => c.count > 0)
      .map((c) => [c.likelihood, c.consequence, c.count, c.from, c.risks.map((r) => r.riskId)]);
    // By hand: hog = 4, lag = 2; allvarliga = 3, mycket_allvarliga = 4. 0003 is submitted, 0004 a draft: not counted.
    assert.deepEqual(filled, [
      [2, 4, 1, ['0001'], ['a3']],
      [4, 3, 3, ['0001', '0002'], ['a1', 'a2', 'b1']],
    ]);
    assert.equal(picture.riskMatrix.cells.length, 25);
    assert.deepEqual([picture.riskMatrix.scored, picture.riskMatrix.unscored], [4, 1]);
    assert.deepEqual(
      picture.riskMatrix.byArea.map((a) => [a.area, a.scored, a.cells.filter((c) => c.count > 0).length]),
      [
        ['vald_nara_relationer', 1, 1],
        ['social_oro', 3, 1],
      ],
    );
    const total = picture.riskMatrix.cells.reduce((n, c) => n + c.count, 0);
    assert.equal(
      total,
      picture.riskMatrix.byArea.reduce((n, a) => n + a.scored, 0),
      'the areas add up to the total',
    );
  });

  it('counts the submitted ones too when the picture includes them, and nothing where the round did not score', () => {
    const submitted = buildCountyPicture(pictureInput('submitted', assessments));
    assert.equal(submitted.riskMatrix.cells.find((c) => c.likelihood === 2 && c.consequence === 4)!.count, 2);
    const input = pictureInput('approved', assessments);
    input.round.rsa = { scoring: false, escalationAreas: [] };
    const unscored = buildCountyPicture(input);
    assert.deepEqual(
      [unscored.riskMatrix.scoring, unscored.riskMatrix.scored, unscored.riskMatrix.unscored],
      [false, 0, 0],
    );
    assert.deepEqual(unscored.escalation.stages, []);
    assert.deepEqual(unscored.escalation.byMunicipality, []);
  });

  it('gives each municipality its highest escalation stage, and how many municipalities are at each', () => {
    const picture = buildCountyPicture(pictureInput('approved', assessments));
    assert.deepEqual(
      picture.escalation.byMunicipality.map((m) => [
        m.municipalityCode,
        m.highest,
        m.risks.map((r) => r.stage),
      ]),
      [
        ['0001', 'utlosande_handelse', ['fordomar_rykten', 'utlosande_handelse']],
        ['0002', 'segregation', ['segregation']],
      ],
    );
    assert.deepEqual(
      picture.escalation.stages.map((s) => [s.code, s.count, s.from, s.share]),
      [
        ['segregation', 1, ['0002'], 0.5],
        ['fordomar_rykten', 0, [], 0],
        ['utlosande_handelse', 1, ['0001'], 0.5],
        ['upplopp_vald', 0, [], 0],
      ],
    );
    assert.equal(picture.escalation.counted, 2);
  });
});
