import type { RsaQuestions } from '../rounds/round-rules';
import type { Taxonomy, TaxonomyItem, TaxonomyList } from '../taxonomy/taxonomy';

/**
 * The assessment workbook's layout, read by both the writer and the reader so that what is written is exactly what is
 * read back. Texts are Swedish, like the form's Swedish labels; codes are written as the round's Swedish labels.
 */

/** The one-value fields of the "Bedömning" sheet: a label in column A, the answer in column B. */
export type SingleField =
  | { kind: 'text'; path: string; label: string; long?: boolean }
  | { kind: 'flag'; path: string; label: string }
  | { kind: 'lines'; path: string; label: string };

/** A column of a sheet with one item per row. */
export type ItemColumn =
  /** The item's id, hidden: it keeps an item's identity (and what points at it) across a round trip. */
  | { kind: 'id'; key: string }
  | { kind: 'text'; key: string; header: string; width: number }
  /** Shown from the previous round and not read back. */
  | { kind: 'shown'; key: string; header: string; width: number }
  | { kind: 'code'; key: string; header: string; width: number; list: TaxonomyList; asked?: RsaAsk }
  /** One column per entry of the list, marked "Ja" when chosen. */
  | { kind: 'codes'; key: string; header: string; list: TaxonomyList; asked?: RsaAsk }
  /** Numbers of the observed risks ("1, 3") that the item points at. */
  | { kind: 'risks'; key: string; header: string; width: number };

/** Columns only a round that asks for RSA scoring, or for escalation stages, has. */
export type RsaAsk = 'scoring' | 'escalation';

export type ItemListKey = 'observedRisks' | 'measuresTaken' | 'plannedMeasures' | 'followUps' | 'risksAhead';

export interface ItemSheet {
  name: string;
  list: ItemListKey;
  /** Open sheets take up to `LIMITS` items; the follow-up sheet has one row per planned measure to follow up. */
  rows: 'open' | 'followUps';
  columns: ItemColumn[];
}

export const MAIN_SHEET = 'Bedömning';
export const LISTS_SHEET = 'Listor';
export const ABOUT_SHEET = 'Om filen';
export const YES = 'Ja';
export const NO = 'Nej';
/** The header row of item sheets; items start on the row below. */
export const HEADER_ROW = 1;
/** The first row of answers on the main sheet (row 1 is the heading). */
export const FIRST_FIELD_ROW = 3;

export const SINGLE_FIELDS: SingleField[] = [
  { kind: 'text', path: 'contact.name', label: 'Kontaktperson: namn' },
  { kind: 'text', path: 'contact.role', label: 'Kontaktperson: befattning' },
  { kind: 'text', path: 'contact.email', label: 'Kontaktperson: e-post' },
  { kind: 'text', path: 'contact.phone', label: 'Kontaktperson: telefon' },
  { kind: 'text', path: 'summary', label: 'Sammanfattning av läget', long: true },
  {
    kind: 'text',
    path: 'changesSinceLastRound',
    label: 'Vad har förändrats sedan förra omgången',
    long: true,
  },
  { kind: 'flag', path: 'noRisksObserved', label: 'Inga risker observerade den här omgången' },
  { kind: 'text', path: 'supportWanted', label: 'Stöd ni önskar från länsstyrelsen', long: true },
  { kind: 'lines', path: 'forumThemes', label: 'Teman till kommande dialogforum (ett per rad)' },
];

export const ITEM_SHEETS: ItemSheet[] = [
  {
    name: 'Observerade risker',
    list: 'observedRisks',
    rows: 'open',
    columns: [
      { kind: 'code', key: 'area', header: 'Riskområde', width: 30, list: 'riskAreas' },
      { kind: 'text', key: 'title', header: 'Kort rubrik', width: 28 },
      { kind: 'text', key: 'description', header: 'Beskrivning', width: 50 },
      { kind: 'code', key: 'level', header: 'Nivå', width: 12, list: 'levels' },
      { kind: 'code', key: 'trend', header: 'Utveckling sedan förra omgången', width: 16, list: 'trends' },
      { kind: 'code', key: 'extent', header: 'Utbredning', width: 18, list: 'extents' },
      { kind: 'codes', key: 'affectedGroups', header: 'Berörda grupper', list: 'affectedGroups' },
      { kind: 'text', key: 'location', header: 'Geografiskt område', width: 20 },
      {
        kind: 'code',
        key: 'eventLink',
        header: 'Koppling till omgångens händelse',
        width: 14,
        list: 'eventLinks',
      },
      { kind: 'text', key: 'basis', header: 'Underlag', width: 30 },
      {
        kind: 'code',
        key: 'likelihood',
        header: 'Sannolikhet (RSA)',
        width: 18,
        list: 'rsaLikelihoods',
        asked: 'scoring',
      },
      {
        kind: 'code',
        key: 'consequence',
        header: 'Konsekvens (RSA)',
        width: 18,
        list: 'rsaConsequences',
        asked: 'scoring',
      },
      {
        kind: 'codes',
        key: 'protectedValues',
        header: 'Skyddsvärde',
        list: 'protectedValues',
        asked: 'scoring',
      },
      {
        kind: 'code',
        key: 'escalationStage',
        header: 'Eskaleringssteg för social oro',
        width: 22,
        list: 'escalationStages',
        asked: 'escalation',
      },
      { kind: 'id', key: 'id' },
    ],
  },
  {
    name: 'Vidtagna åtgärder',
    list: 'measuresTaken',
    rows: 'open',
    columns: [
      { kind: 'text', key: 'description', header: 'Beskrivning', width: 50 },
      { kind: 'risks', key: 'riskIds', header: 'Gäller risk nr (t.ex. 1, 3)', width: 14 },
      { kind: 'codes', key: 'actors', header: 'Aktörer', list: 'actors' },
      { kind: 'codes', key: 'perspectives', header: 'Perspektiv', list: 'perspectives' },
      { kind: 'code', key: 'effect', header: 'Hur väl åtgärden fungerade', width: 18, list: 'effects' },
      { kind: 'id', key: 'id' },
    ],
  },
  {
    name: 'Planerade åtgärder',
    list: 'plannedMeasures',
    rows: 'open',
    columns: [
      { kind: 'text', key: 'description', header: 'Beskrivning', width: 50 },
      { kind: 'risks', key: 'riskIds', header: 'Gäller risk nr (t.ex. 1, 3)', width: 14 },
      { kind: 'text', key: 'responsible', header: 'Ansvarig aktör', width: 24 },
      { kind: 'text', key: 'period', header: 'Planerad period', width: 18 },
      { kind: 'id', key: 'id' },
    ],
  },
  {
    name: 'Uppföljning',
    list: 'followUps',
    rows: 'followUps',
    columns: [
      { kind: 'shown', key: 'description', header: 'Planerad åtgärd förra omgången', width: 50 },
      { kind: 'shown', key: 'responsible', header: 'Ansvarig aktör', width: 20 },
      { kind: 'shown', key: 'period', header: 'Planerad period', width: 16 },
      { kind: 'code', key: 'status', header: 'Status', width: 16, list: 'followUpStatuses' },
      { kind: 'text', key: 'comment', header: 'Kommentar', width: 40 },
      { kind: 'id', key: 'plannedMeasureId' },
    ],
  },
  {
    name: 'Farhågor',
    list: 'risksAhead',
    rows: 'open',
    columns: [
      { kind: 'code', key: 'area', header: 'Riskområde', width: 30, list: 'riskAreas' },
      { kind: 'text', key: 'description', header: 'Beskrivning', width: 50 },
      { kind: 'code', key: 'likelihood', header: 'Sannolikhet', width: 14, list: 'likelihoods' },
    ],
  },
];

/** A layout column at its spreadsheet column (1-based; column 1 is "Nr"), with its list entry for `codes` columns. */
export interface PlacedColumn {
  column: ItemColumn;
  at: number;
  entry?: TaxonomyItem;
}

/** Whether the round asks what a column holds. */
function isAsked(column: ItemColumn, rsa: RsaQuestions): boolean {
  if (!('asked' in column) || column.asked === undefined) return true;
  return column.asked === 'scoring' ? rsa.scoring : rsa.escalationAreas.length > 0;
}

/**
 * Where each column of an item sheet is: `codes` columns take one spreadsheet column per entry of their list, and
 * the RSA columns are there only when the round asks for them.
 */
export function placeColumns(sheet: ItemSheet, taxonomy: Taxonomy, rsa: RsaQuestions): PlacedColumn[] {
  const placed: PlacedColumn[] = [];
  let at = 2;
  for (const column of sheet.columns.filter((c) => isAsked(c, rsa))) {
    if (column.kind === 'codes')
      for (const entry of taxonomy[column.list]) placed.push({ column, at: at++, entry });
    else placed.push({ column, at: at++ });
  }
  return placed;
}

/** "Observerade risker"!E3 as the sheet and the cell, for error messages. */
export interface CellRef {
  sheet: string;
  cell?: string;
}

/** The path of an item's field, as validation names it: `observedRisks[2].level`. */
export const itemPath = (list: ItemListKey, index: number, key?: string) =>
  key ? `${list}[${index}].${key}` : `${list}[${index}]`;
