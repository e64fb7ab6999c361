import type { Taxonomy } from '../taxonomy/taxonomy';

/** A round the municipality submitted an assessment in, and the submitted version the register reads. */
export interface RegisterRound {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  /** Whether the round asked for RSA scoring. */
  scoring: boolean;
  submission: number;
  version: number;
  submittedAt: string;
}

/** A planned measure for the risk, and how the next round's assessment followed it up. */
export interface RegisterPlan {
  id: string;
  description: string;
  responsible: string;
  period: string;
  /** The follow-up in the municipality's next round; null when that round has not followed it up (or none came yet). */
  followUp: { roundId: string; status: string | null; comment: string } | null;
}

/** One risk as one round's assessment gave it. Codes are on that round's lists; ranks count from 1 for the lowest. */
export interface RegisterEntry {
  roundId: string;
  area: string | null;
  title: string;
  description: string;
  level: string | null;
  trend: string | null;
  extent: string | null;
  likelihood: string | null;
  consequence: string | null;
  /** The likelihood's and the consequence's place on their five-level scales, 1 to 5; null where not scored. */
  likelihoodRank: number | null;
  consequenceRank: number | null;
  protectedValues: string[];
  escalationStage: string | null;
  measures: { id: string; description: string; effect: string | null }[];
  plans: RegisterPlan[];
}

/** A risk followed across rounds through its stable id. */
export interface RegisterRisk {
  id: string;
  /** Its number in the register, 1 for the first: the matrix names risks by it. */
  number: number;
  /** As the latest round that has the risk gives them. */
  title: string;
  area: string | null;
  /** Whether the municipality's latest assessment still has the risk. */
  current: boolean;
  /** Oldest round first. */
  entries: RegisterEntry[];
}

/** One cell of the risk matrix: the current risks whose latest scoring is this likelihood and consequence. */
export interface MatrixCell {
  likelihood: number;
  consequence: number;
  /** The risks' ids, in register order. */
  riskIds: string[];
}

/**
 * A five by five risk matrix of likelihood and consequence: every cell, lowest likelihood and consequence first, with
 * the risks in it. `unscored` are current risks that no round scored.
 */
export interface RiskMatrix {
  cells: MatrixCell[];
  unscored: string[];
}

/** A municipality's social risks across the rounds: what its RSA takes up. */
export interface RiskRegister {
  municipality: { code: string; name: string };
  county: { code: string; name: string };
  /** Oldest first. */
  rounds: RegisterRound[];
  risks: RegisterRisk[];
  matrix: RiskMatrix;
  /** The lists of the latest round, whose labels the register is drawn with; codes it lacks are shown as they are. */
  taxonomy: Taxonomy;
}
