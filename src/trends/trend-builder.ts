import { type Include, share } from '../assessments/counted';
import type { AreaCount } from '../assessments/figures/figures.repository';
import type { Trends } from './trends.model';

/** A round as a trend reads it: its place on the axis and the risk areas its taxonomy has. */
export interface TrendRoundInput {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  areas: string[];
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [code, n] of Object.entries(from)) into[code] = (into[code] ?? 0) + n;
}

/**
 * The trends of the rounds (oldest first) from the read model's counts (summed over the statuses they come in; area
 * `''` is how many were counted): for each risk area, a point per round whose taxonomy has the area, in the order of
 * the newest round's areas and then of any area only older rounds had.
 */
export function buildTrends(input: {
  include: Include;
  rounds: TrendRoundInput[];
  expected: number;
  counts: AreaCount[];
}): Trends {
  const areas = [...new Set([...input.rounds].reverse().flatMap((r) => r.areas))];
  const summed = new Map<
    string,
    { municipalities: number; levels: Record<string, number>; trends: Record<string, number> }
  >();
  for (const c of input.counts) {
    const key = `${c.roundId}|${c.area}`;
    const sum = summed.get(key) ?? { municipalities: 0, levels: {}, trends: {} };
    sum.municipalities += c.municipalities;
    add(sum.levels, c.levels);
    add(sum.trends, c.trends);
    summed.set(key, sum);
  }
  const answered = (roundId: string) => summed.get(`${roundId}|`)?.municipalities ?? 0;
  return {
    include: input.include,
    rounds: input.rounds.map((r) => ({
      id: r.id,
      title: r.title,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      answered: answered(r.id),
      expected: input.expected,
    })),
    riskAreas: areas.map((area) => ({
      area,
      points: input.rounds
        .filter((r) => r.areas.includes(area))
        .map((r) => {
          const sum = summed.get(`${r.id}|${area}`);
          const municipalityCount = sum?.municipalities ?? 0;
          return {
            roundId: r.id,
            municipalityCount,
            share: share(municipalityCount, answered(r.id)),
            levels: { ...(sum?.levels ?? {}) },
            trends: { ...(sum?.trends ?? {}) },
          };
        }),
    })),
  };
}
