import type { Include } from '../assessments/counted';
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

const share = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/**
 * The trends of the rounds (oldest first) from the read model's counts: for each risk area, a point per round whose
 * taxonomy has the area, in the order of the newest round's areas and then of any area only older rounds had.
 */
export function buildTrends(input: {
  include: Include;
  rounds: TrendRoundInput[];
  expected: number;
  answered: Map<string, number>;
  counts: AreaCount[];
}): Trends {
  const areas = [...new Set([...input.rounds].reverse().flatMap((r) => r.areas))];
  const byKey = new Map<string, AreaCount[]>();
  for (const c of input.counts) {
    const key = `${c.roundId}|${c.area}`;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const tally = (rows: AreaCount[], pick: (c: AreaCount) => string | null) => {
    const out: Record<string, number> = {};
    for (const row of rows) {
      const code = pick(row);
      if (code !== null) out[code] = (out[code] ?? 0) + row.count;
    }
    return out;
  };
  return {
    include: input.include,
    rounds: input.rounds.map((r) => ({
      id: r.id,
      title: r.title,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      answered: input.answered.get(r.id) ?? 0,
      expected: input.expected,
    })),
    riskAreas: areas.map((area) => ({
      area,
      points: input.rounds
        .filter((r) => r.areas.includes(area))
        .map((r) => {
          const rows = byKey.get(`${r.id}|${area}`) ?? [];
          const municipalityCount = rows.reduce((sum, row) => sum + row.count, 0);
          return {
            roundId: r.id,
            municipalityCount,
            share: share(municipalityCount, input.answered.get(r.id) ?? 0),
            levels: tally(rows, (c) => c.level),
            trends: tally(rows, (c) => c.trend),
          };
        }),
    })),
  };
}
