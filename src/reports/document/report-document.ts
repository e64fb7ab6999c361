import type { ReportLanguage } from '../report-texts';

/** A table cell: its text, and for a heatmap the background that shows its level (never the only sign of it). */
export type Cell = string | { text: string; fill?: string };

export interface Heading {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  /** `lead` opens a section in a larger size; `note` is a smaller aside; `strong` is bold. */
  tone?: 'lead' | 'note' | 'strong';
}

/** Findings computed from the model, not written by anyone: drawn in a box that says so. */
export interface Findings {
  kind: 'findings';
  title: string;
  note: string;
  items: { label: string; text: string }[];
}

export interface Table {
  kind: 'table';
  /** Says what the table shows: its caption, and its accessible name. */
  caption: string;
  header: string[];
  rows: Cell[][];
  /** Columns of figures, aligned right. */
  numeric?: number[];
  /** The first cell of each row names the row (a row header). */
  rowHeaders?: boolean;
  /** The column headers run bottom to top, so that many columns keep their full names (a heatmap). */
  turnedHeader?: boolean;
}

/** A chart: its SVG drawn at its size in points, with alternative text that gives its figures. */
export interface Figure {
  kind: 'figure';
  svg: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

export interface Quote {
  kind: 'quote';
  text: string;
  source: string;
}

/** A new page, upright or turned (for a wide table). */
export interface Page {
  kind: 'page';
  orientation: 'portrait' | 'landscape';
}

export type Block = Heading | Paragraph | Findings | Table | Figure | Quote | Page;

/** The report's first page. */
export interface Cover {
  /** What the report is ("Regional lägesbild: social risk"). */
  kicker: string;
  /** Whose it is: the county, or the collection. */
  title: string;
  /** Labelled facts: round, period, basis, case number, contact, date. */
  facts: { label: string; value: string }[];
  /** A warning the cover gives prominently: a working version, or a final report of an incomplete basis. */
  warning: string | null;
}

/**
 * A report as a document: what the PDF and the Word file both draw, block by block, so that they say the same. It
 * is built from the report model (the county or national picture) and the report's words.
 */
export interface ReportDocument {
  language: ReportLanguage;
  /** BCP 47, e.g. sv-SE. */
  locale: string;
  title: string;
  subject: string;
  cover: Cover;
  /** The table of contents' title, and how deep it goes. */
  contents: { title: string; depth: 1 | 2 };
  /** Printed in the header of every page of a working version; null for a final report. */
  mark: string | null;
  /** "Sida {page} av {pages}". */
  pageLabel: string;
  blocks: Block[];
}
