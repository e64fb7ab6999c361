import type { CountyPicture } from '../../county-picture/county-picture.model';
import type { ReportTexts, wordingFor } from '../report-texts';

export type Value = string | number | Date | null;

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

export const PERCENT = '0.0%';
/** Percentage points, signed. */
export const POINTS = '+0.0;-0.0;0';
export const DATE_TIME = 'yyyy-mm-dd hh:mm';

/** A sheet of the workbook: its name, columns and rows. */
export interface SheetSpec {
  name: string;
  columns: Column[];
  rows: Value[][];
}

/** A sheet written after the summary, for what only some pictures have (the counties of a national picture). */
export type ExtraSheet = SheetSpec;

/** What every sheet is made of: the picture, its words, and how a municipality is named on a row. */
export interface Sheets {
  picture: CountyPicture;
  texts: ReportTexts;
  w: ReturnType<typeof wordingFor>;
  snapshotHash: string;
  municipality: Map<string, CountyPicture['municipalities'][number]>;
  /** A municipality's code, name and group, the first cells of a row about it. */
  place: (code: string) => Value[];
  placeColumns: Column[];
  yesNo: (value: boolean) => string;
  /** A county's workbook, or the national one: its title and its wording follow. */
  scope: 'county' | 'national';
}
