import { share } from '../assessments/counted';
import type { AreaTrend, TrendPoint, TrendRound, Trends } from '../trends/trends.model';

const unique = (values: string[]) => [...new Set(values)];

function sum(records: Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const record of records)
    for (const [code, n] of Object.entries(record)) total[code] = (total[code] ?? 0) + n;
  return total;
}

/**
 * The nation's trends from its counties' trends, each ending with the county's round in the collection. A national
 * point is each county's round at the same place counted back from that round (the collection's rounds, then each
 * county's previous round, …), summed over the counties: as far back as every county has rounds, and for an area
 * only where every county's round has it, so that a national share is never made of some counties' figures alone.
 * Null when a county has no trends.
 */
export function nationalTrends(collectionId: string, counties: (Trends | null)[]): Trends | null {
  if (counties.length === 0 || counties.some((t) => t === null)) return null;
  const trends = counties as Trends[];
  const depth = Math.min(...trends.map((t) => t.rounds.length));
  // Oldest first, as every trend is: step `back` is each county's round that many before its newest.
  const steps = Array.from({ length: depth }, (_, i) => depth - 1 - i);
  const roundsAt = (back: number) => trends.map((t) => t.rounds[t.rounds.length - 1 - back]!);
  const idOf = (back: number) => (back === 0 ? collectionId : `${collectionId}:-${back}`);
  const rounds: TrendRound[] = steps.map((back) => {
    const at = roundsAt(back);
    return {
      id: idOf(back),
      title: unique(at.map((r) => r.title)).join(' / '),
      periodStart: [...at.map((r) => r.periodStart)].sort()[0]!,
      periodEnd: [...at.map((r) => r.periodEnd)].sort().at(-1)!,
      answered: at.reduce((n, r) => n + r.answered, 0),
      expected: at.reduce((n, r) => n + r.expected, 0),
    };
  });
  const areas = unique(trends.flatMap((t) => t.riskAreas.map((a) => a.area)));
  const riskAreas: AreaTrend[] = areas.map((area) => {
    const perCounty = trends.map((t) => t.riskAreas.find((a) => a.area === area));
    const points: TrendPoint[] = [];
    steps.forEach((back, i) => {
      const at = roundsAt(back);
      const found = perCounty.map((a, c) => a?.points.find((p) => p.roundId === at[c]!.id));
      if (found.some((p) => p === undefined)) return;
      const counted = found as TrendPoint[];
      const municipalityCount = counted.reduce((n, p) => n + p.municipalityCount, 0);
      points.push({
        roundId: rounds[i]!.id,
        municipalityCount,
        share: share(municipalityCount, rounds[i]!.answered),
        levels: sum(counted.map((p) => p.levels)),
        trends: sum(counted.map((p) => p.trends)),
      });
    });
    return { area, points };
  });
  return { include: trends[0]!.include, rounds, riskAreas: riskAreas.filter((a) => a.points.length > 0) };
}
