import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figuresOf } from '../../src/assessments/figures/area-figures';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { buildTrends } from '../../src/trends/trend-builder';
import { doc, risk } from '../support/pictures';

describe('the figures of a submission', () => {
  it('gives each reported area its lead risk, its groups and the measures and plans that address it', () => {
    const figures = figuresOf(
      doc({
        observedRisks: [
          risk('a', 'social_oro', 'medel', 'okat', { affectedGroups: ['barn_unga'], extent: 'enstaka_fall' }),
          risk('b', 'social_oro', 'hog', 'ny', {
            affectedGroups: ['aldre', 'barn_unga'],
            extent: 'hela_kommunen',
          }),
          risk('c', 'alkohol_narkotika', 'lag', 'minskat'),
        ],
        measuresTaken: [
          { id: 'm', description: 'x', riskIds: ['a', 'c'], actors: [], perspectives: [], effect: null },
          { id: 'n', description: 'y', riskIds: [], actors: [], perspectives: [], effect: null },
        ],
        plannedMeasures: [
          { id: 'p', description: 'Vandringar', riskIds: ['b'], responsible: '', period: '' },
        ],
      }),
      DEFAULT_TAXONOMY,
    );
    assert.deepEqual(figures.areas, [
      {
        area: 'alkohol_narkotika',
        level: 'lag',
        trend: 'minskat',
        extent: null,
        risks: 1,
        affectedGroups: [],
        measures: 1,
        planned: 0,
      },
      {
        area: 'social_oro',
        level: 'hog',
        trend: 'ny',
        extent: 'hela_kommunen',
        risks: 2,
        affectedGroups: ['aldre', 'barn_unga'],
        measures: 1,
        planned: 1,
      },
    ]);
    assert.deepEqual(figures.plans, [{ id: 'p', description: 'Vandringar' }]);
  });
});

describe('trends over rounds', () => {
  const rounds = [
    { id: 'r1', title: 'Våren', periodStart: '2026-01-01', periodEnd: '2026-06-30', areas: ['a', 'old'] },
    { id: 'r2', title: 'Hösten', periodStart: '2026-07-01', periodEnd: '2026-12-31', areas: ['b', 'a'] },
  ];
  const trends = buildTrends({
    include: 'approved',
    rounds,
    expected: 8,
    // As the read model has them, by status: approved and submitted, summed by the trend.
    counts: [
      { roundId: 'r1', area: '', municipalities: 3, levels: {}, trends: {} },
      { roundId: 'r1', area: '', municipalities: 1, levels: {}, trends: {} },
      { roundId: 'r2', area: '', municipalities: 5, levels: {}, trends: {} },
      { roundId: 'r1', area: 'a', municipalities: 2, levels: { hog: 2 }, trends: { okat: 2 } },
      { roundId: 'r1', area: 'a', municipalities: 1, levels: { lag: 1 }, trends: { okat: 1 } },
      { roundId: 'r2', area: 'a', municipalities: 1, levels: { hog: 1 }, trends: { minskat: 1 } },
      { roundId: 'r1', area: 'old', municipalities: 1, levels: { medel: 1 }, trends: {} },
    ],
  });

  it('puts the rounds on the axis, oldest first, with how many answered of how many expected', () => {
    assert.deepEqual(
      trends.rounds.map((r) => [r.id, r.answered, r.expected]),
      [
        ['r1', 4, 8],
        ['r2', 5, 8],
      ],
    );
  });

  it('gives each area a point per round whose taxonomy has it, the newest round’s areas first', () => {
    assert.deepEqual(
      trends.riskAreas.map((a) => [a.area, a.points.map((p) => p.roundId)]),
      [
        ['b', ['r2']],
        ['a', ['r1', 'r2']],
        ['old', ['r1']],
      ],
    );
    const a = trends.riskAreas.find((x) => x.area === 'a')!;
    assert.deepEqual(a.points, [
      { roundId: 'r1', municipalityCount: 3, share: 0.75, levels: { hog: 2, lag: 1 }, trends: { okat: 3 } },
      { roundId: 'r2', municipalityCount: 1, share: 0.2, levels: { hog: 1 }, trends: { minskat: 1 } },
    ]);
    assert.deepEqual(trends.riskAreas[0]!.points[0], {
      roundId: 'r2',
      municipalityCount: 0,
      share: 0,
      levels: {},
      trends: {},
    });
  });

  it('has no share for a round that counted nothing', () => {
    const empty = buildTrends({ include: 'approved', rounds, expected: 8, counts: [] });
    assert.equal(empty.riskAreas[1]!.points[0]!.share, null);
  });
});
