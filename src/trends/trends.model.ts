import type { Include } from '../assessments/counted';

/** A round on a trend's time axis, with how many of the expected municipalities it counted. */
export interface TrendRound {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  answered: number;
  expected: number;
}

/** One risk area in one round: the municipalities reporting it, their share of those counted, by level and trend. */
export interface TrendPoint {
  roundId: string;
  municipalityCount: number;
  /** municipalityCount / answered, four decimals; null when the round counted nothing. */
  share: number | null;
  levels: Record<string, number>;
  trends: Record<string, number>;
}

/** A risk area over the rounds whose taxonomy has it, oldest first. */
export interface AreaTrend {
  area: string;
  points: TrendPoint[];
}

export interface Trends {
  include: Include;
  rounds: TrendRound[];
  riskAreas: AreaTrend[];
}

export interface CountyTrends extends Trends {
  county: { code: string; name: string };
}

export interface MunicipalityTrends extends Trends {
  municipality: { code: string; name: string; countyCode: string };
}
