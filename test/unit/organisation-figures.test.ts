import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCountyPicture } from '../../src/county-picture/county-picture.builder';
import type { OrganisationInput } from '../../src/county-picture/organisation-figures';
import { assessment, doc, pictureInput, risk } from '../support/pictures';

const organisation = (
  id: string,
  name: string,
  kind: OrganisationInput['organisation']['kind'],
  answer: ReturnType<typeof assessment> | null,
): OrganisationInput => ({
  organisation: { id, name, kind, countyCode: '99' },
  assessment: answer && {
    assessmentId: answer.assessmentId,
    status: answer.status,
    late: answer.late,
    latest: answer.latest,
  },
});

const municipalities = [
  assessment('0001', 'approved', doc({ observedRisks: [risk('m1', 'vald_nara_relationer', 'hog', 'okat')] })),
  assessment(
    '0002',
    'submitted',
    doc({ observedRisks: [risk('m2', 'vald_nara_relationer', 'medel', 'ny')] }),
  ),
];
const organisations = [
  organisation(
    'o-region',
    'Region Testlän',
    'region',
    assessment(
      'region',
      'approved',
      doc({
        summary: 'Vården ser fler unga med psykisk ohälsa.',
        observedRisks: [
          risk('r1', 'vald_nara_relationer', 'mycket_hog', 'okat'),
          risk('r2', 'alkohol_narkotika', 'hog', 'ny'),
        ],
      }),
      true,
    ),
  ),
  organisation(
    'o-red-cross',
    'Röda Korset Testlän',
    'civil_society',
    assessment(
      'redcross',
      'submitted',
      doc({ observedRisks: [risk('c1', 'vald_nara_relationer', 'hog', 'okat')] }),
    ),
  ),
  organisation('o-police', 'Polisområde Test', 'police_area', null),
];

describe('the organisations in the county picture', () => {
  it('gives their own response figures over the organisations asked', () => {
    const picture = buildCountyPicture({ ...pictureInput('submitted', municipalities), organisations });
    const figures = picture.organisations;
    assert.deepEqual(
      { ...figures, rows: undefined },
      {
        expected: 3,
        submitted: 2,
        approved: 1,
        late: 1,
        counted: 2,
        byKind: [
          { kind: 'region', expected: 1, counted: 1 },
          { kind: 'police_area', expected: 1, counted: 0 },
          { kind: 'civil_society', expected: 1, counted: 1 },
        ],
        rows: undefined,
      },
    );
    assert.deepEqual(
      figures.rows.map((r) => [r.name, r.status, r.counted, r.risks.map((k) => k.id)]),
      [
        ['Polisområde Test', 'not_started', false, []],
        ['Region Testlän', 'approved', true, ['r1', 'r2']],
        ['Röda Korset Testlän', 'submitted', true, ['c1']],
      ],
    );
    const region = figures.rows.find((r) => r.id === 'o-region')!;
    assert.equal(region.summary, 'Vården ser fler unga med psykisk ohälsa.');
    assert.deepEqual(region.source, {
      assessmentId: 'a-region',
      submission: 1,
      version: 3,
      submittedAt: '2026-03-20T10:00:00.000Z',
    });
  });

  it('counts only approved answers in the final picture, as for the municipalities', () => {
    const { organisations: figures } = buildCountyPicture({
      ...pictureInput('approved', municipalities),
      organisations,
    });
    assert.equal(figures.counted, 1);
    const redCross = figures.rows.find((r) => r.id === 'o-red-cross')!;
    assert.equal(redCross.counted, false);
    assert.deepEqual(redCross.risks, []);
    assert.equal(redCross.source, null);
  });

  it('never counts them among the municipalities', () => {
    const without = buildCountyPicture(pictureInput('submitted', municipalities));
    const withThem = buildCountyPicture({ ...pictureInput('submitted', municipalities), organisations });
    assert.deepEqual(withThem.response, without.response);
    assert.deepEqual(withThem.riskAreas, without.riskAreas);
    assert.deepEqual(withThem.items, without.items);
    assert.deepEqual(withThem.sources, without.sources);
    assert.equal(without.organisations.expected, 0);
  });
});
