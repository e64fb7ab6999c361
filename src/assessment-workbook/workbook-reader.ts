import ExcelJS from 'exceljs';
import { idAssigner } from '../assessments/document-rules';
import { FieldError, invalid } from '../common/domain-error';
import type { FieldErrorCode, MessageParams } from '../common/messages';
import type { RsaQuestions } from '../rounds/round-rules';
import type { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import {
  ABOUT_SHEET,
  CellRef,
  FIRST_FIELD_ROW,
  HEADER_ROW,
  ITEM_SHEETS,
  ItemSheet,
  itemPath,
  MAIN_SHEET,
  NO,
  PlacedColumn,
  placeColumns,
  SINGLE_FIELDS,
  YES,
} from './workbook-layout';
import { PACKAGE_LIMITS, tooLarge, WorkbookPackage } from './workbook-package';
import { ABOUT_KEYS } from './workbook-writer';

/** The most of a name or title read from the file that a message repeats. */
const SHOWN_LENGTH = 200;

/** Where the file belongs and which version of the assessment it was made of, from its "Om filen" sheet. */
export interface WorkbookPlace {
  roundId: string;
  respondentKey: string;
  version: number;
}

/** The file's place, with the round's title and the respondent's name as the file shows them, to say whose it is. */
export interface WorkbookAbout extends WorkbookPlace {
  roundTitle: string;
  respondentName: string;
}

/** The document of a filled-in workbook, as plain data (it crosses from the worker thread that reads it). */
export interface ReadDocument {
  /** The body of a save: the document with the version the file was made of. */
  body: Record<string, unknown>;
  /** Values that are not answers at all (a label not on its list, a risk number that does not exist). */
  errors: FieldError[];
  /** The sheet and cell each field path was read from. */
  cells: [string, CellRef][];
}

/** A filled-in workbook read back: the document as the API takes it, with where each of its values came from. */
export interface ReadWorkbook {
  about: Omit<WorkbookPlace, 'version'>;
  body: Record<string, unknown>;
  errors: FieldError[];
  /** The sheet and cell of a field path such as `observedRisks[1].level`, or of the nearest enclosing path. */
  cellOf(path: string): CellRef;
}

/** The sheets read for the document, besides "Om filen". */
export const DOCUMENT_SHEETS = [MAIN_SHEET, ...ITEM_SHEETS.map((s) => s.name)];

/** Finds the cell of a path, or of the nearest enclosing path that has one. */
export function cellFinder(cells: [string, CellRef][]): (path: string) => CellRef {
  const byPath = new Map(cells);
  return (path) => {
    for (let p = path; p !== ''; p = p.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '')) {
      const found = byPath.get(p);
      if (found) return found;
    }
    return { sheet: MAIN_SHEET };
  };
}

/** A cell's value as the text it shows; numbers, dates, links and formula results included. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('error' in value) return String(value.error);
  return '';
}

const same = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'accent' }) === 0;

/** A list entry named by its Swedish or English label, or by its code. */
function codeFor(taxonomy: Taxonomy, list: TaxonomyList, text: string): string | null {
  const found = taxonomy[list].find(
    (item) => same(item.label.sv, text) || same(item.label.en, text) || item.code === text,
  );
  return found?.code ?? null;
}

/** "Ja" (or x) as true, "Nej" or nothing as false; anything else is not an answer. */
function flagOf(text: string): boolean | null {
  if (text === '' || same(text, NO)) return false;
  if (same(text, YES) || same(text, 'x')) return true;
  return null;
}

/** A sheet of a loaded workbook, refused before it is walked if it reaches further than an assessment can. */
function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet)
    throw invalid([
      {
        path: 'workbook',
        sheet: name,
        code: 'workbook.sheet_missing',
        params: { sheet: name },
      },
    ]);
  if (sheet.rowCount > PACKAGE_LIMITS.sheetRows) tooLarge(name);
  let columns = 0;
  sheet.eachRow((row) => (columns = Math.max(columns, row.cellCount)));
  if (columns > PACKAGE_LIMITS.sheetColumns) tooLarge(name);
  return sheet;
}

/** The "Om filen" sheet: where the file belongs and the version it was made of. */
export function readAbout(workbook: ExcelJS.Workbook): WorkbookAbout {
  const sheet = sheetOf(workbook, ABOUT_SHEET);
  const found = new Map<string, string>();
  sheet.eachRow((row) =>
    found.set(cellText(row.getCell(1).value).trim(), cellText(row.getCell(2).value).trim()),
  );
  const version = Number(found.get(ABOUT_KEYS.version));
  const roundId = found.get(ABOUT_KEYS.roundId) ?? '';
  const respondentKey = found.get(ABOUT_KEYS.municipalityCode) || found.get(ABOUT_KEYS.organisationId) || '';
  if (!Number.isInteger(version) || version < 0 || roundId === '' || respondentKey === '')
    throw invalid([
      {
        path: 'workbook',
        sheet: ABOUT_SHEET,
        code: 'workbook.about_incomplete',
      },
    ]);
  const shown = (key: string) => (found.get(key) ?? '').slice(0, SHOWN_LENGTH);
  const respondentName =
    shown(ABOUT_KEYS.municipalityName) ||
    shown(ABOUT_KEYS.organisationName) ||
    respondentKey.slice(0, SHOWN_LENGTH);
  return { roundId, respondentKey, version, roundTitle: shown(ABOUT_KEYS.roundTitle), respondentName };
}

/**
 * Reads the document of a workbook made by `writeAssessmentWorkbook` and filled in. Every answer is read, labels are
 * turned back into the round's codes, and risk numbers into the risks' ids; what cannot be read is reported with its
 * sheet and cell. Whether the document is valid is left to the same validation as the API's.
 */
export function readDocument(
  workbook: ExcelJS.Workbook,
  taxonomy: Taxonomy,
  rsa: RsaQuestions,
  version: number,
): ReadDocument {
  const sheets = new Map(DOCUMENT_SHEETS.map((name) => [name, sheetOf(workbook, name)]));
  const cells = new Map<string, CellRef>();
  const errors: FieldError[] = [];
  const body: Record<string, unknown> = { version };
  const at = (path: string, sheet: string, cell?: string) => {
    cells.set(path, { sheet, cell });
    return { sheet, cell };
  };
  const fail = (path: string, ref: CellRef, code: FieldErrorCode, params?: MessageParams) =>
    errors.push({ path, code, ...(params ? { params } : {}), ...ref });

  const main = sheets.get(MAIN_SHEET)!;
  SINGLE_FIELDS.forEach((field, i) => {
    const cell = main.getCell(FIRST_FIELD_ROW + i, 2);
    const ref = at(field.path, MAIN_SHEET, cell.address);
    const text = cellText(cell.value).trim();
    let value: unknown = text;
    if (field.kind === 'lines')
      value = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    if (field.kind === 'flag') {
      value = flagOf(text);
      if (value === null) fail(field.path, ref, 'workbook.yes_or_no', { yes: YES, no: NO });
    }
    const [first = '', second] = field.path.split('.');
    if (second === undefined) body[first] = value;
    else body[first] = { ...(body[first] ?? {}), [second]: value };
  });

  const riskIds = new Map<number, string>();
  for (const layout of ITEM_SHEETS) {
    at(layout.list, layout.name);
    const placed = placeColumns(layout, taxonomy, rsa);
    body[layout.list] = readItems(sheets.get(layout.name)!, layout, placed, taxonomy, riskIds, at, fail);
  }
  return { body, errors, cells: [...cells] };
}

/** The whole reading of an upload: the package checked, its identity read, then its document. */
export async function readAssessmentWorkbook(
  file: Buffer,
  taxonomy: Taxonomy,
  rsa: RsaQuestions,
): Promise<ReadWorkbook> {
  const pack = await WorkbookPackage.open(file, [ABOUT_SHEET, ...DOCUMENT_SHEETS]);
  try {
    const { version, roundId, respondentKey } = readAbout(await pack.load([ABOUT_SHEET]));
    const read = readDocument(await pack.load(DOCUMENT_SHEETS), taxonomy, rsa, version);
    return {
      about: { roundId, respondentKey },
      body: read.body,
      errors: read.errors,
      cellOf: cellFinder(read.cells),
    };
  } finally {
    pack.close();
  }
}

const RISKS_SHEET = ITEM_SHEETS.find((s) => s.list === 'observedRisks')?.name ?? '';

function readItems(
  sheet: ExcelJS.Worksheet,
  layout: ItemSheet,
  placed: PlacedColumn[],
  taxonomy: Taxonomy,
  riskIds: Map<number, string>,
  at: (path: string, sheet: string, cell?: string) => CellRef,
  fail: (path: string, ref: CellRef, code: FieldErrorCode, params?: MessageParams) => void,
): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const numbers: number[] = [];
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => {
    if (row.number > HEADER_ROW) rows.push(row);
  });
  for (const row of rows) {
    const r = row.number;
    const index = items.length;
    const item: Record<string, unknown> = {};
    let answered = false;
    for (const { column, at: col, entry } of placed) {
      const cell = row.getCell(col);
      const text = cellText(cell.value).trim();
      if (column.kind === 'shown') continue;
      if (column.kind === 'id') {
        if (text !== '') item[column.key] = text;
        continue;
      }
      const path = itemPath(layout.list, index, column.key);
      const ref = { sheet: layout.name, cell: cell.address };
      // A field spread over several columns is found at its first one.
      if (!entry || item[column.key] === undefined) at(path, ref.sheet, ref.cell);
      answered ||= text !== '';
      switch (column.kind) {
        case 'text':
          item[column.key] = text;
          break;
        case 'code': {
          const code = text === '' ? null : codeFor(taxonomy, column.list, text);
          if (text !== '' && code === null)
            fail(path, ref, 'workbook.not_in_list', { value: text, column: column.header.toLowerCase() });
          item[column.key] = code;
          break;
        }
        case 'codes': {
          const chosen = (item[column.key] as string[] | undefined) ?? [];
          const flag = flagOf(text);
          if (flag === null) fail(path, ref, 'workbook.yes_or_empty', { yes: YES });
          item[column.key] = flag ? [...chosen, entry!.code] : chosen;
          break;
        }
        case 'risks': {
          const ids: string[] = [];
          for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
            const id = /^\d+$/.test(part) ? riskIds.get(Number(part)) : undefined;
            if (id) ids.push(id);
            else fail(path, ref, 'workbook.risk_not_on_sheet', { number: part, sheet: RISKS_SHEET });
          }
          item[column.key] = ids;
          break;
        }
      }
    }
    // The follow-up sheet has a row for each planned measure, answered or not; other sheets skip empty rows.
    const keep = layout.rows === 'followUps' ? item.plannedMeasureId !== undefined : answered;
    if (keep) {
      items.push(item);
      numbers.push(r - HEADER_ROW);
    }
  }
  if (layout.list === 'observedRisks') {
    const assign = idAssigner(
      'risk',
      items.map((i) => i.id as string | undefined),
    );
    items.forEach((item, i) => {
      item.id = assign(item.id as string | undefined);
      riskIds.set(numbers[i] ?? 0, item.id as string);
    });
  }
  return items;
}
