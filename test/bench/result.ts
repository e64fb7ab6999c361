/** One benchmark's figures: what was measured, and the baseline it is compared with in the same run. */
export interface Result {
  name: string;
  database: string;
  /** The subject's figure, formatted: a median with its range. */
  subject: string;
  baselineName: string;
  baseline: string;
  /** subject / baseline: of times, or of rates for throughput. */
  ratio: number;
  target: string;
  note?: string;
}

export const databaseKind = (url: string) => (url.startsWith('sqlite:') ? 'sqlite' : 'postgres');
