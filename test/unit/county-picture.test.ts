import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCountyPicture, percentagePoints, share } from '../../src/county-picture/county-picture.builder';
import type { CountyPicture, Tally } from '../../src/county-picture/county-picture.model';
import { leadRisk } from '../../src/assessments/figures/area-figures';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { assessment, doc, pictureInput, risk } from '../support/pictures';

/** Only the codes with a count, as {code: count}. */
const counts = (tallies: Tally[]) =>
  Object.fromEntries(tallies.filter((t) => t.count > 0).map((t) => [t.code, t.count]));
const area = (picture: CountyPicture, code: string) => picture.riskAreas.find((a) => a.area === code)!;

/**
 * Four municipalities: Aby approved, Bby submitted late, Cby returned (once submitted), Dby not started.
 * The previous round had Aby and Cby approved.
 */
const aby = doc({
  observedRisks: [
    risk('r1', 'social_oro', 'hog', 'okat', { extent: 'flera_omraden', affectedGroups: ['barn_unga'] }),
    risk('r2', 'social_oro', 'medel', 'oforandrat', { extent: 'enstaka_fall', affectedGroups: ['aldre'] }),
    risk('r3', 'alkohol_narkotika', 'lag', 'minskat'),
  ],
  measuresTaken: [
    {
      id: 'm1',
      description: 'Fältarbete',
      riskIds: ['r1'],
      actors: ['polis', 'skola'],
      perspectives: ['barnratt'],
      effect: 'val',
    },
    {
      id: 'm2',
      description: 'Allmänt',
      riskIds: [],
      actors: ['socialtjanst'],
      perspectives: [],
      effect: 'delvis',
    },
  ],
  plannedMeasures: [
    { id: 'p9', description: 'Nytt', riskIds: ['r3'], responsible: 'Kommunen', period: '2027' },
  ],
  followUps: [{ plannedMeasureId: 'p1', status: 'genomford', comment: 'Klart' }],
  risksAhead: [{ area: 'social_oro', description: 'Sommarlovet', likelihood: 'hog' }],
  forumThemes: ['Unga'],
  supportWanted: 'Stöd',
});
const bby = doc({
  observedRisks: [
    risk('r1', 'social_oro', 'mycket_hog', 'ny', {
      extent: 'hela_kommunen',
      affectedGroups: ['barn_unga', 'valdsutsatta'],
    }),
  ],
  measuresTaken: [
    { id: 'm1', description: 'Polis', riskIds: ['r1'], actors: ['polis'], perspectives: [], effect: 'inte' },
  ],
});
const cby = doc({ observedRisks: [risk('r1', 'psykisk_ohalsa_isolering', 'hog', 'okat')] });
const current = [
  assessment('0001', 'approved', aby),
  assessment('0002', 'submitted', bby, true),
  assessment('0003', 'returned', cby),
];
const previous = [
  assessment(
    '0001',
    'approved',
    doc({
      observedRisks: [risk('r1', 'social_oro', 'medel', 'ny')],
      plannedMeasures: [
        { id: 'p1', description: 'Trygghetsvandringar', riskIds: ['r1'], responsible: '', period: '' },
      ],
    }),
  ),
  assessment(
    '0003',
    'approved',
    doc({
      observedRisks: [risk('r1', 'social_oro', 'hog', 'ny'), risk('r2', 'alkohol_narkotika', 'lag', 'ny')],
    }),
  ),
];

describe('county picture: response', () => {
  const picture = buildCountyPicture(pictureInput('approved', current, previous));

  it('counts expected, submitted, approved, late and names the missing', () => {
    const { response } = picture;
    assert.deepEqual(
      {
        expected: response.expected,
        submitted: response.submitted,
        approved: response.approved,
        late: response.late,
      },
      { expected: 4, submitted: 2, approved: 1, late: 1 },
    );
    assert.deepEqual(response.missing, ['0003', '0004']);
    assert.deepEqual(response.returned, ['0003']);
    assert.deepEqual(response.lateMunicipalities, ['0002']);
    assert.equal(response.counted, 1);
  });

  it('breaks the response down by SKR main group and group', () => {
    assert.deepEqual(
      picture.response.byMainGroup.map((g) => [g.group, g.expected, g.submitted, g.approved, g.missing]),
      [
        ['A', 1, 1, 1, []],
        ['B', 1, 1, 0, []],
        ['C', 2, 0, 0, ['0003', '0004']],
      ],
    );
    assert.deepEqual(
      picture.response.byGroup.map((g) => g.group),
      ['A1', 'B3', 'C7', 'C8'],
    );
  });

  it('counts only approved assessments in a final picture, and names its sources', () => {
    assert.equal(picture.include, 'approved');
    assert.deepEqual(
      picture.sources.map((s) => [s.municipalityCode, s.assessmentId, s.submission, s.version]),
      [['0001', 'a-0001', 1, 3]],
    );
  });
});

describe('county picture: risk areas', () => {
  it('counts each municipality once per area, by its highest-level risk', () => {
    const picture = buildCountyPicture(pictureInput('approved', current, previous));
    const oro = area(picture, 'social_oro');
    assert.equal(oro.municipalityCount, 1);
    assert.equal(oro.share, 1);
    assert.deepEqual(counts(oro.levels), { hog: 1 });
    assert.deepEqual(counts(oro.trends), { okat: 1 });
    assert.deepEqual(counts(oro.extents), { flera_omraden: 1 });
    assert.deepEqual(counts(oro.affectedGroups), { barn_unga: 1, aldre: 1 });
    assert.deepEqual(oro.levels.find((t) => t.code === 'hog')?.from, ['0001']);
    assert.equal(oro.levels.length, DEFAULT_TAXONOMY.levels.length, 'every level is listed, with zeros');
  });

  it('compares with the previous round', () => {
    const picture = buildCountyPicture(pictureInput('approved', current, previous));
    const oro = area(picture, 'social_oro');
    assert.deepEqual(
      {
        count: oro.previous?.municipalityCount,
        counted: oro.previous?.counted,
        share: oro.previous?.share,
        from: oro.previous?.from,
      },
      { count: 2, counted: 2, share: 1, from: ['0001', '0003'] },
    );
    assert.deepEqual(counts(oro.previous!.levels), { medel: 1, hog: 1 });
    assert.deepEqual(oro.change, {
      municipalityCount: -1,
      shareDelta: 0,
      panel: { municipalities: 1, reportingNow: 1, reportingBefore: 1 },
    });
    const alkohol = area(picture, 'alkohol_narkotika');
    assert.deepEqual(
      alkohol.change,
      {
        municipalityCount: 0,
        shareDelta: 50,
        panel: { municipalities: 1, reportingNow: 1, reportingBefore: 0 },
      },
      'the share doubled while the count stayed the same; the one municipality in both rounds is new to the area',
    );
  });

  it('compares shares, not counts, when the bases differ', () => {
    // 2 of 4 report the area now; 3 of 8 did before: fewer municipalities, a larger share.
    const reports = (code: string, yes: boolean, status: 'approved' = 'approved') =>
      assessment(code, status, doc({ observedRisks: yes ? [risk('r1', 'social_oro', 'hog', 'okat')] : [] }));
    const now = [
      reports('0001', true),
      reports('0002', true),
      reports('0003', false),
      reports('0004', false),
    ];
    const before = ['0001', '0002', '0003', '0005', '0006', '0007', '0008', '0009'].map((code) =>
      reports(code, ['0002', '0003', '0005'].includes(code)),
    );
    const oro = area(buildCountyPicture(pictureInput('approved', now, before)), 'social_oro');
    assert.deepEqual([oro.share, oro.previous?.share, oro.previous?.counted], [0.5, 0.375, 8]);
    assert.deepEqual(oro.change, {
      municipalityCount: -1,
      shareDelta: 12.5,
      panel: { municipalities: 3, reportingNow: 2, reportingBefore: 2 },
    });
  });

  it('gives the change in percentage points to two decimals', () => {
    assert.equal(percentagePoints(0.6667, 0.3333), 33.34);
    assert.equal(percentagePoints(0.375, 0.5), -12.5);
    assert.equal(percentagePoints(null, 0.5), null);
    assert.equal(percentagePoints(0.5, null), null);
  });

  it('counts submitted assessments too in a working picture', () => {
    const picture = buildCountyPicture(pictureInput('submitted', current, previous));
    assert.equal(picture.response.counted, 2);
    const oro = area(picture, 'social_oro');
    assert.equal(oro.municipalityCount, 2);
    assert.deepEqual(counts(oro.levels), { hog: 1, mycket_hog: 1 });
    assert.deepEqual(counts(oro.affectedGroups), { barn_unga: 2, aldre: 1, valdsutsatta: 1 });
    assert.equal(area(picture, 'alkohol_narkotika').share, 0.5);
    assert.equal(
      area(picture, 'psykisk_ohalsa_isolering').municipalityCount,
      0,
      'a returned assessment is not counted',
    );
    assert.deepEqual(
      oro.byMainGroup.map((g) => [g.group, g.expected, g.counted, g.reporting, g.share]),
      [
        ['A', 1, 1, 1, 1],
        ['B', 1, 1, 1, 1],
        ['C', 2, 0, 0, null],
      ],
    );
    assert.deepEqual(
      oro.descriptions.map((d) => `${d.municipalityCode}/${d.riskId}`),
      ['0001/r1', '0001/r2', '0002/r1'],
    );
  });

  it('draws the heatmap for every municipality, blank where nothing is counted', () => {
    const picture = buildCountyPicture(pictureInput('submitted', current));
    const row = (code: string) => picture.heatmap.rows.find((r) => r.municipalityCode === code)!;
    const cell = (code: string, a: string) => row(code).cells.find((c) => c.area === a)!;
    assert.equal(picture.heatmap.rows.length, 4);
    assert.deepEqual(cell('0001', 'social_oro'), {
      area: 'social_oro',
      level: 'hog',
      trend: 'okat',
      risks: 2,
    });
    assert.deepEqual(cell('0002', 'social_oro'), {
      area: 'social_oro',
      level: 'mycket_hog',
      trend: 'ny',
      risks: 1,
    });
    assert.equal(row('0003').counted, false);
    assert.ok(row('0003').cells.every((c) => c.level === null));
  });
});

describe('county picture: measures, plans and what lies ahead', () => {
  const picture = buildCountyPicture(pictureInput('submitted', current, previous));

  it('groups measures by the area of the risks they address, with actors and effects', () => {
    const oro = picture.measures.find((m) => m.area === 'social_oro')!;
    assert.equal(oro.count, 2);
    assert.deepEqual(oro.from, ['0001', '0002']);
    assert.deepEqual(counts(oro.actors), { skola: 1, polis: 2 });
    assert.deepEqual(counts(oro.effects), { inte: 1, val: 1 });
    assert.deepEqual(counts(oro.perspectives), { barnratt: 1 });
    const unlinked = picture.measures.find((m) => m.area === null)!;
    assert.deepEqual([unlinked.count, counts(unlinked.actors)], [1, { socialtjanst: 1 }]);
  });

  it('lists planned measures by area and follows up the previous round plans with their text', () => {
    assert.equal(picture.plannedMeasures.find((m) => m.area === 'alkohol_narkotika')?.count, 1);
    assert.deepEqual(counts(picture.followUps.statuses), { genomford: 1 });
    assert.deepEqual(picture.followUps.items, [
      {
        municipalityCode: '0001',
        plannedMeasureId: 'p1',
        description: 'Trygghetsvandringar',
        status: 'genomford',
        comment: 'Klart',
      },
    ]);
  });

  it('collects risks ahead, forum themes and support wanted', () => {
    const oro = picture.risksAhead.find((r) => r.area === 'social_oro')!;
    assert.deepEqual([oro.count, counts(oro.likelihoods)], [1, { hog: 1 }]);
    assert.deepEqual(picture.forumThemes, [{ municipalityCode: '0001', text: 'Unga' }]);
    assert.deepEqual(picture.supportWanted, [{ municipalityCode: '0001', text: 'Stöd' }]);
  });
});

describe('county picture: rules', () => {
  it('takes the highest level as the lead risk, the first on a tie', () => {
    const risks = [risk('a', 'x', 'medel', 'ny'), risk('b', 'x', 'hog', 'ny'), risk('c', 'x', 'hog', 'okat')];
    assert.equal(leadRisk(risks, DEFAULT_TAXONOMY)?.id, 'b');
  });

  it('rounds shares to four decimals and gives none of nothing', () => {
    assert.equal(share(2, 3), 0.6667);
    assert.equal(share(0, 0), null);
  });

  it('gives the same model for the same data, so its hash is stable', () => {
    const a = buildCountyPicture(pictureInput('submitted', current, previous));
    const b = buildCountyPicture(pictureInput('submitted', [...current].reverse(), [...previous].reverse()));
    assert.equal(JSON.stringify(a), JSON.stringify(b));
  });
});
