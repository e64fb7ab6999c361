import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nationalTrends } from '../../src/collections/national-trends';
import type { Trends } from '../../src/trends/trends.model';

const round = (id: string, title: string, start: string, answered: number, expected: number) => ({
  id,
  title,
  periodStart: start,
  periodEnd: `${start.slice(0, 8)}28`,
  answered,
  expected,
});

const point = (roundId: string, municipalityCount: number, answered: number) => ({
  roundId,
  municipalityCount,
  share: Math.round((municipalityCount / answered) * 10_000) / 10_000,
  levels: { hog: municipalityCount },
  trends: {},
});

/** Kronoberg: three rounds; Blekinge: two, its newest started a month later. */
const kronoberg: Trends = {
  include: 'approved',
  rounds: [
    round('k1', 'Våren 2026', '2026-01-01', 8, 8),
    round('k2', 'Sommaren 2026', '2026-04-01', 6, 8),
    round('k3', 'Hösten 2026', '2026-07-01', 4, 8),
  ],
  riskAreas: [
    { area: 'social_oro', points: [point('k1', 2, 8), point('k2', 3, 6), point('k3', 1, 4)] },
    { area: 'bara_kronoberg', points: [point('k3', 4, 4)] },
  ],
};
const blekinge: Trends = {
  include: 'approved',
  rounds: [round('b1', 'Sommaren 2026', '2026-05-01', 5, 5), round('b2', 'Hösten 2026', '2026-08-01', 4, 5)],
  riskAreas: [
    { area: 'social_oro', points: [point('b1', 1, 5), point('b2', 3, 4)] },
    { area: 'bara_kronoberg', points: [] },
  ],
};

describe('the nation’s trends', () => {
  it('sums each county’s rounds counted back from the collection’s, as far back as every county has rounds', () => {
    const trends = nationalTrends('c1', [kronoberg, blekinge])!;
    assert.deepEqual(
      trends.rounds.map((r) => [r.id, r.title, r.periodStart, r.answered, r.expected]),
      [
        ['c1:-1', 'Sommaren 2026', '2026-04-01', 11, 13],
        ['c1', 'Hösten 2026', '2026-07-01', 8, 13],
      ],
    );
    const oro = trends.riskAreas.find((a) => a.area === 'social_oro')!;
    // (3 + 1) of 11 and (1 + 3) of 8: the share of the summed counts, not an average of the counties' shares.
    assert.deepEqual(
      oro.points.map((p) => [p.roundId, p.municipalityCount, p.share, p.levels.hog]),
      [
        ['c1:-1', 4, 0.3636, 4],
        ['c1', 4, 0.5, 4],
      ],
    );
  });

  it('leaves out an area where some county’s round does not have it', () => {
    const trends = nationalTrends('c1', [kronoberg, blekinge])!;
    assert.deepEqual(
      trends.riskAreas.map((a) => a.area),
      ['social_oro'],
    );
  });

  it('is null when a county has no trends, and titles the points with each title once', () => {
    assert.equal(nationalTrends('c1', [kronoberg, null]), null);
    assert.equal(nationalTrends('c1', []), null);
    const renamed = { ...blekinge, rounds: blekinge.rounds.map((r) => ({ ...r, title: `${r.title} (BL)` })) };
    assert.deepEqual(
      nationalTrends('c1', [kronoberg, renamed])!.rounds.map((r) => r.title),
      ['Sommaren 2026 / Sommaren 2026 (BL)', 'Hösten 2026 / Hösten 2026 (BL)'],
    );
  });
});
