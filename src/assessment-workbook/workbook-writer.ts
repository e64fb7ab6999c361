import { stockholmDateTime } from '../common/dates';
import ExcelJS from 'exceljs';
import type { AssessmentDocument, PlannedMeasure } from '../assessments/assessment-document';
import { LIMITS } from '../assessments/dto/assessment-document.dto';
import { labelOf } from '../reports/report-texts';
import type { RsaQuestions } from '../rounds/round-rules';
import type { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import {
  ABOUT_SHEET,
  FIRST_FIELD_ROW,
  HEADER_ROW,
  ITEM_SHEETS,
  ItemColumn,
  ItemSheet,
  placeColumns,
  LISTS_SHEET,
  MAIN_SHEET,
  NO,
  SINGLE_FIELDS,
  YES,
} from './workbook-layout';

/** What the workbook is made of: the assessment as it stands, and where it belongs. */
export interface WorkbookContent {
  roundId: string;
  roundTitle: string;
  deadline: string;
  /** Who answers: a municipality (by code) or an organisation (by id). */
  respondent: { kind: 'municipality' | 'organisation'; key: string; name: string };
  version: number;
  taxonomy: Taxonomy;
  /** What the round asks for the RSA: its columns are on the risks' sheet only when it asks. */
  rsa: RsaQuestions;
  document: AssessmentDocument;
  /** The previous round's planned measures, one row each on the follow-up sheet. */
  followUpPlans: PlannedMeasure[];
  generatedAt: Date;
}

/** Labels of the "Om filen" sheet that the reader looks for: whose the file is, where it belongs, which version it was made of. */
export const ABOUT_KEYS = {
  roundTitle: 'Omgång',
  municipalityName: 'Kommun',
  organisationName: 'Organisation',
  roundId: 'Omgångens id',
  municipalityCode: 'Kommunkod',
  organisationId: 'Organisationens id',
  version: 'Version',
} as const;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFF4' } };
/** Text format, so that a phone number or a period such as 2027 stays the text that was typed. */
const TEXT_FORMAT = '@';
/** Formatting and filtering stay possible; inserting or deleting rows and columns does not, so rows keep their Nr. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  selectLockedCells: true,
  selectUnlockedCells: true,
};

const chooseFrom = (range: string, what: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [range],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Värdet finns inte i listan',
  error: `Välj ${what} i listan.`,
});

type ListKey = TaxonomyList | 'yesNo';
/** The lists that dropdowns choose from, in the order of the hidden lists sheet's columns. */
const LIST_KEYS: ListKey[] = [
  ...new Set(ITEM_SHEETS.flatMap((s) => s.columns.flatMap((c) => (c.kind === 'code' ? [c.list] : [])))),
  'yesNo',
];
const YES_NO = [YES, NO];
const entriesOf = (list: ListKey, taxonomy: Taxonomy) =>
  list === 'yesNo' ? YES_NO : taxonomy[list].map((item) => item.label.sv);

/** Where a list's entries are on the lists sheet, as a data validation formula. */
function listRange(list: ListKey, taxonomy: Taxonomy): string {
  const letter = String.fromCharCode('A'.charCodeAt(0) + LIST_KEYS.indexOf(list));
  return `${LISTS_SHEET}!$${letter}$2:$${letter}$${entriesOf(list, taxonomy).length + 1}`;
}

/** The hidden sheet of dropdown lists: one column per list, named by its key in the first row. */
function addLists(workbook: ExcelJS.Workbook, taxonomy: Taxonomy): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  LIST_KEYS.forEach((list, i) => (sheet.getColumn(i + 1).values = [list, ...entriesOf(list, taxonomy)]));
}

/** An answer cell: unlocked and marked; free text is formatted as text. */
function input(cell: ExcelJS.Cell, value: ExcelJS.CellValue, chosen = false): void {
  cell.value = value;
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.alignment = { wrapText: true, vertical: 'top' };
  if (!chosen) cell.numFmt = TEXT_FORMAT;
}

/**
 * A dropdown over a whole range at once. exceljs 4.4 merges validations set cell by cell into overlapping ranges
 * (it sorts addresses as text, so E10 comes before E2), which Excel reports as a damaged file.
 */
function chooseIn(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, validation);
}

function addAbout(workbook: ExcelJS.Workbook, content: WorkbookContent): Promise<void> {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.columns = [{ width: 24 }, { width: 90 }];
  const { respondent } = content;
  const municipality = respondent.kind === 'municipality';
  sheet.addRow([`Bedömning av social risk: ${respondent.name}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const rows: [string, string | number][] = [
    [ABOUT_KEYS.roundTitle, content.roundTitle],
    ['Sista dag', content.deadline],
    [municipality ? ABOUT_KEYS.municipalityName : ABOUT_KEYS.organisationName, respondent.name],
    [municipality ? ABOUT_KEYS.municipalityCode : ABOUT_KEYS.organisationId, respondent.key],
    [ABOUT_KEYS.roundId, content.roundId],
    [ABOUT_KEYS.version, content.version],
    ['Hämtad', `${stockholmDateTime(content.generatedAt)} (svensk tid)`],
  ];
  // What the upload checks the file against, and no one needs to read, is kept but not shown.
  const technical = new Set<string>([ABOUT_KEYS.roundId, ABOUT_KEYS.organisationId, ABOUT_KEYS.version]);
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.getCell(1).font = { bold: true };
    if (technical.has(row[0])) added.hidden = true;
  }
  sheet.addRow([]);
  const help = [
    'Så fyller du i filen',
    `Skriv svaren i de gula cellerna på bladen ${MAIN_SHEET}, ${ITEM_SHEETS.map((s) => s.name).join(', ')}.`,
    'Välj nivåer, områden och andra koder i cellernas listor. Markera berörda grupper, aktörer och perspektiv med "Ja".',
    'En åtgärd pekar på de observerade risker den gäller med riskernas nummer (kolumnen Nr), till exempel 1, 3.',
    'Ladda sedan upp filen på bedömningens sida. Inget sparas förrän hela filen är giltig; felen anges med blad och cell.',
    'Filen gäller den version av bedömningen som den hämtades från. Har bedömningen sparats på annat sätt sedan dess,',
    'hämta en ny fil så att inget skrivs över.',
  ];
  help.forEach((line, i) => {
    const row = sheet.addRow(['', line]);
    if (i === 0) row.font = { bold: true };
  });
  return sheet.protect('', PROTECTION);
}

function addMain(workbook: ExcelJS.Workbook, content: WorkbookContent) {
  const sheet = workbook.addWorksheet(MAIN_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 44 }, { width: 90 }];
  sheet.addRow([MAIN_SHEET, 'Svar']).font = { bold: true };
  const values = content.document as unknown as Record<string, unknown>;
  const valueAt = (path: string): unknown =>
    path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], values);
  SINGLE_FIELDS.forEach((field, i) => {
    const row = sheet.getRow(FIRST_FIELD_ROW + i);
    row.getCell(1).value = field.label;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    const value = valueAt(field.path);
    if (field.kind === 'flag') {
      input(row.getCell(2), value ? YES : NO, true);
      chooseIn(
        sheet,
        row.getCell(2).address,
        chooseFrom(listRange('yesNo', content.taxonomy), 'Ja eller Nej'),
      );
    } else if (field.kind === 'lines') input(row.getCell(2), ((value as string[]) ?? []).join('\n'));
    else input(row.getCell(2), (value as string) ?? '');
    if (field.kind === 'lines' || (field.kind === 'text' && field.long)) row.height = 90;
  });
  return sheet.protect('', PROTECTION);
}

/** The value an item's cell shows: a label for a code, the risks' numbers for references, the text otherwise. */
function cellValue(
  column: Exclude<ItemColumn, { kind: 'codes' }>,
  item: Record<string, unknown>,
  taxonomy: Taxonomy,
  riskNumber: (id: string) => number | undefined,
): ExcelJS.CellValue {
  const value = item[column.key];
  switch (column.kind) {
    case 'code':
      return labelOf(taxonomy, column.list, (value as string | null) ?? null, 'sv');
    case 'risks':
      return ((value as string[] | undefined) ?? [])
        .map(riskNumber)
        .filter((n) => n !== undefined)
        .join(', ');
    case 'id':
    case 'shown':
    case 'text':
      return (value as string | undefined) ?? '';
  }
}

function addItems(workbook: ExcelJS.Workbook, layout: ItemSheet, content: WorkbookContent) {
  const { taxonomy, document } = content;
  const sheet = workbook.addWorksheet(layout.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }],
  });
  const riskNumber = (id: string) => {
    const index = document.observedRisks.findIndex((r) => r.id === id);
    return index < 0 ? undefined : index + 1;
  };
  const followUpOf = (id: string) => document.followUps.find((f) => f.plannedMeasureId === id);
  const items: Record<string, unknown>[] =
    layout.rows === 'followUps'
      ? content.followUpPlans.map((plan) => ({
          ...plan,
          plannedMeasureId: plan.id,
          status: followUpOf(plan.id)?.status ?? null,
          comment: followUpOf(plan.id)?.comment ?? '',
        }))
      : (document[layout.list] as unknown as Record<string, unknown>[]);
  const rowCount = layout.rows === 'followUps' ? items.length : LIMITS.items;

  const header = sheet.getRow(HEADER_ROW);
  header.getCell(1).value = 'Nr';
  sheet.getColumn(1).width = 5;
  const placed = placeColumns(layout, taxonomy, content.rsa);
  for (const { column, at, entry } of placed) {
    const col = sheet.getColumn(at);
    header.getCell(at).value =
      column.kind === 'id' ? 'id' : entry ? `${column.header}: ${entry.label.sv}` : column.header;
    if (column.kind === 'id') col.hidden = true;
    else col.width = column.kind === 'codes' ? 14 : column.width;
    for (let r = 1; r <= rowCount; r += 1) {
      const item = items[r - 1];
      const cell = sheet.getCell(HEADER_ROW + r, at);
      if (column.kind === 'codes') {
        const chosen = ((item?.[column.key] as string[] | undefined) ?? []).includes(entry?.code ?? '');
        input(cell, chosen ? YES : '', true);
        continue;
      }
      const value = item ? cellValue(column, item, taxonomy, riskNumber) : '';
      if (column.kind === 'code') input(cell, value, true);
      else if (column.kind === 'text' || column.kind === 'risks') input(cell, value);
      else {
        cell.value = value;
        cell.alignment = { wrapText: true, vertical: 'top' };
      }
    }
  }
  for (let r = 1; r <= rowCount; r += 1) sheet.getCell(HEADER_ROW + r, 1).value = r;
  for (const { column, at } of placed) {
    if (rowCount === 0 || (column.kind !== 'code' && column.kind !== 'codes')) continue;
    const letter = sheet.getColumn(at).letter;
    const range = `${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + rowCount}`;
    if (column.kind === 'codes') chooseIn(sheet, range, chooseFrom(`"${YES}"`, 'Ja'));
    else chooseIn(sheet, range, chooseFrom(listRange(column.list, taxonomy), column.header.toLowerCase()));
  }
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 48;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  return sheet.protect('', PROTECTION);
}

/**
 * The assessment as a workbook to fill in: the answers in unlocked cells, codes chosen from dropdown lists (data
 * validation against a hidden sheet of the round's labels), and the round, municipality and version it was made of.
 */
export async function writeAssessmentWorkbook(content: WorkbookContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lägesbild';
  workbook.created = content.generatedAt;
  await addAbout(workbook, content);
  await addMain(workbook, content);
  for (const layout of ITEM_SHEETS) await addItems(workbook, layout, content);
  addLists(workbook, content.taxonomy);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
