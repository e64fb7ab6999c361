import type { Cell, Table } from './report-document';

/** The space between a cell's rule and its text, in points. */
export const PAD = 3;

/** How the table's type measures: widths and heights in points, as the document's fonts set them. */
export interface TextMeasure {
  width(text: string, bold: boolean): number;
  /** The height `text` takes wrapped to `width`. */
  height(text: string, width: number, bold: boolean): number;
  lineHeight: number;
}

/** Where a line may break: not at a no-break space, which keeps a figure with its unit ("66,7 %"). */
const BREAKS = /[ \t\n]+/;

export const textOf = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);

/** The widest word of `text`: a column narrower than it would split the word. */
export function widestWord(text: string, bold: boolean, measure: TextMeasure): number {
  let widest = 0;
  for (const word of text.split(BREAKS))
    if (word !== '') widest = Math.max(widest, measure.width(word, bold));
  return widest;
}

/**
 * Each column's width in a line of `available` points.
 * - Every column is at least as wide as its longest word, so that no word is split (a column of one long word is
 *   capped at half the line).
 * - A table of short figures stays narrow, stretched only to about half the line.
 * - Otherwise the rest of the line is shared out in proportion to how much more each column's longest text needs.
 * - With turned headers (a heatmap), the first column names the rows and the others share the rest equally.
 */
export function columnWidths(spec: Table, available: number, measure: TextMeasure): number[] {
  const columns = spec.header.length;
  const least = new Array<number>(columns).fill(0);
  const natural = new Array<number>(columns).fill(0);
  const add = (text: string, i: number, bold: boolean) => {
    least[i] = Math.max(least[i]!, Math.min(widestWord(text, bold, measure) + 2 * PAD + 1, available / 2));
    natural[i] = Math.max(natural[i]!, Math.min(measure.width(text, bold) + 2 * PAD + 1, available));
  };
  spec.header.forEach((text, i) => {
    if (!(spec.turnedHeader && i > 0)) add(text, i, true);
    // A turned header needs a column as wide as two of its lines.
    else least[i] = Math.max(least[i]!, 2.4 * measure.lineHeight + 2 * PAD);
  });
  for (const row of spec.rows) row.forEach((cell, i) => add(textOf(cell), i, false));
  if (spec.turnedHeader) {
    const first = Math.min(natural[0]!, available * 0.3);
    const rest = Math.max(...least.slice(1), (available - first) / (columns - 1));
    return [Math.max(least[0]!, available - rest * (columns - 1)), ...least.slice(1).map(() => rest)];
  }
  const sumLeast = least.reduce((a, b) => a + b, 0);
  if (sumLeast >= available) return least.map((w) => (w * available) / sumLeast);
  const sumNatural = natural.reduce((a, b) => a + b, 0);
  if (sumNatural <= available) {
    const spare = Math.max(
      0,
      Math.min(available, Math.max(sumNatural * 1.25, available * 0.55)) - sumNatural,
    );
    return natural.map((w) => w + (spare * w) / sumNatural);
  }
  const wants = natural.map((w, i) => Math.max(0, w - least[i]!));
  const sumWants = wants.reduce((a, b) => a + b, 0);
  return least.map((w, i) => w + ((available - sumLeast) * wants[i]!) / sumWants);
}

/** The height of a row: its tallest cell's text, wrapped to its column, and the padding. */
export function rowHeight(cells: Cell[], widths: number[], bold: boolean, measure: TextMeasure): number {
  let height = 0;
  cells.forEach((cell, i) => {
    const text = textOf(cell);
    height = Math.max(
      height,
      text === '' ? measure.lineHeight : measure.height(text, widths[i]! - 2 * PAD, bold),
    );
  });
  return height + 2 * PAD;
}

/** How tall a turned header row must be for every name to fit its column in whole words (at most 260 points). */
export function turnedHeaderHeight(header: string[], widths: number[], measure: TextMeasure): number {
  const turned = header.slice(1);
  let height = Math.max(40, ...turned.map((text) => widestWord(text, true, measure) + 2 * PAD + 2));
  const fits = (h: number) =>
    turned.every((text, i) => measure.height(text, h - 2 * PAD, true) <= widths[i + 1]! - 2 * PAD);
  while (!fits(height) && height < 260) height += 10;
  return Math.max(height, rowHeight([header[0] ?? ''], [widths[0]!], true, measure));
}
