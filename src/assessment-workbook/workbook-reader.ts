import ExcelJS from 'exceljs';
import { idAssigner } from '../assessments/document-rules';
import { FieldError, invalid } from '../common/domain-error';
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
  placeColumns,
  SINGLE_FIELDS,
  YES,
} from './workbook-layout';
import { ABOUT_KEYS } from './workbook-writer';

/** A filled-in workbook read back: the document as the API takes it, with where each of its values came from. */
export interface ReadWorkbook {
  about: { roundId: string; municipalityCode: string };
  /** The body of a save: the document with the version the file was made of. */
  body: Record<string, unknown>;
  /** Values that are not answers at all (a label not on its list, a risk number that does not exist). */
  errors: FieldError[];
  /** The sheet and cell of a field path such as `observedRisks[1].level`, or of the nearest enclosing path. */
  cellOf(path: string): CellRef;
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

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalid([{ path: 'workbook', message: 'filen kan inte läsas som en Excelfil (.xlsx)' }]);
  }
  const missing = [ABOUT_SHEET, MAIN_SHEET, ...ITEM_SHEETS.map((s) => s.name)].filter(
    (name) => !workbook.getWorksheet(name),
  );
  if (missing.length > 0)
    throw invalid(
      missing.map((sheet) => ({
        path: 'workbook',
        sheet,
        message: `bladet "${sheet}" saknas: använd en mall som hämtats från bedömningens sida`,
      })),
    );
  return workbook;
}

function readAbout(sheet: ExcelJS.Worksheet): { roundId: string; municipalityCode: string; version: number } {
  const found = new Map<string, string>();
  sheet.eachRow((row) =>
    found.set(cellText(row.getCell(1).value).trim(), cellText(row.getCell(2).value).trim()),
  );
  const version = Number(found.get(ABOUT_KEYS.version));
  const roundId = found.get(ABOUT_KEYS.roundId) ?? '';
  const municipalityCode = found.get(ABOUT_KEYS.municipalityCode) ?? '';
  if (!Number.isInteger(version) || version < 0 || roundId === '' || municipalityCode === '')
    throw invalid([
      {
        path: 'workbook',
        sheet: ABOUT_SHEET,
        message:
          'filen saknar omgång, kommun eller version: använd en mall som hämtats från bedömningens sida',
      },
    ]);
  return { roundId, municipalityCode, version };
}

/**
 * Reads a workbook made by `writeAssessmentWorkbook` and filled in. Every answer is read, labels are turned back into
 * the round's codes, and risk numbers into the risks' ids; what cannot be read is reported with its sheet and cell.
 * Whether the document is valid is left to the same validation as the API's.
 */
export async function readAssessmentWorkbook(buffer: Buffer, taxonomy: Taxonomy): Promise<ReadWorkbook> {
  const workbook = await load(buffer);
  const { version, ...about } = readAbout(workbook.getWorksheet(ABOUT_SHEET)!);
  const cells = new Map<string, CellRef>();
  const errors: FieldError[] = [];
  const body: Record<string, unknown> = { version };
  const at = (path: string, sheet: string, cell?: string) => {
    cells.set(path, { sheet, cell });
    return { sheet, cell };
  };
  const fail = (path: string, ref: CellRef, message: string) => errors.push({ path, message, ...ref });

  const main = workbook.getWorksheet(MAIN_SHEET)!;
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
      if (value === null) fail(field.path, ref, `skriv ${YES} eller ${NO}`);
    }
    const [first = '', second] = field.path.split('.');
    if (second === undefined) body[first] = value;
    else body[first] = { ...(body[first] ?? {}), [second]: value };
  });

  const riskIds = new Map<number, string>();
  for (const layout of ITEM_SHEETS) {
    const sheet = workbook.getWorksheet(layout.name)!;
    at(layout.list, layout.name);
    body[layout.list] = readItems(sheet, layout, taxonomy, riskIds, at, fail);
  }
  return {
    about,
    body,
    errors,
    cellOf(path: string): CellRef {
      for (let p = path; p !== ''; p = p.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '')) {
        const found = cells.get(p);
        if (found) return found;
      }
      return { sheet: MAIN_SHEET };
    },
  };
}

const RISKS_SHEET = ITEM_SHEETS.find((s) => s.list === 'observedRisks')?.name ?? '';

function readItems(
  sheet: ExcelJS.Worksheet,
  layout: ItemSheet,
  taxonomy: Taxonomy,
  riskIds: Map<number, string>,
  at: (path: string, sheet: string, cell?: string) => CellRef,
  fail: (path: string, ref: CellRef, message: string) => void,
): Record<string, unknown>[] {
  const placed = placeColumns(layout, taxonomy);
  const items: Record<string, unknown>[] = [];
  const numbers: number[] = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
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
            fail(path, ref, `"${text}" finns inte i listan för ${column.header.toLowerCase()}`);
          item[column.key] = code;
          break;
        }
        case 'codes': {
          const chosen = (item[column.key] as string[] | undefined) ?? [];
          const flag = flagOf(text);
          if (flag === null) fail(path, ref, `skriv ${YES} eller lämna tomt`);
          item[column.key] = flag ? [...chosen, entry!.code] : chosen;
          break;
        }
        case 'risks': {
          const ids: string[] = [];
          for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
            const id = /^\d+$/.test(part) ? riskIds.get(Number(part)) : undefined;
            if (id) ids.push(id);
            else fail(path, ref, `risk nr ${part} finns inte på bladet ${RISKS_SHEET}`);
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
