import { RSA_SCALE_LEVELS, Taxonomy } from '../../taxonomy/taxonomy';
import type { ReportLanguage } from '../report-texts';
import type { Cell, Table } from './report-document';

/** Low, moderate, high and very high risk: the colours of a risk matrix, light enough for dark text on each. */
const RISK_COLOURS = ['#e3f0da', '#fff2b3', '#fbc79a', '#f08c7f'];

/** A cell's colour by its risk, likelihood times consequence: 1–4, 5–9, 10–14 and 15–25. */
export function riskColour(likelihood: number, consequence: number): string {
  const score = likelihood * consequence;
  return RISK_COLOURS[score >= 15 ? 3 : score >= 10 ? 2 : score >= 5 ? 1 : 0]!;
}

/** A level of an RSA scale as the matrix names it: "4 – Hög sannolikhet", or its number alone off the scale. */
export function scaleLevel(
  taxonomy: Taxonomy,
  list: 'rsaLikelihoods' | 'rsaConsequences',
  rank: number,
  language: ReportLanguage,
): string {
  const item = taxonomy[list][rank - 1];
  return item ? `${rank} – ${item.label[language]}` : String(rank);
}

/**
 * A five by five risk matrix as a table: the highest likelihood on the first row, consequences rising to the right,
 * each cell's text given by `cellText` on the colour of its risk.
 */
export function matrixTable(options: {
  caption: string;
  corner: string;
  taxonomy: Taxonomy;
  language: ReportLanguage;
  cellText: (likelihood: number, consequence: number) => string;
}): Table {
  const { taxonomy, language } = options;
  const levels = Array.from({ length: RSA_SCALE_LEVELS }, (_, i) => i + 1);
  return {
    kind: 'table',
    caption: options.caption,
    header: [options.corner, ...levels.map((c) => scaleLevel(taxonomy, 'rsaConsequences', c, language))],
    rows: [...levels].reverse().map((likelihood): Cell[] => [
      scaleLevel(taxonomy, 'rsaLikelihoods', likelihood, language),
      ...levels.map((consequence) => ({
        text: options.cellText(likelihood, consequence),
        fill: riskColour(likelihood, consequence),
      })),
    ]),
    rowHeaders: true,
  };
}
