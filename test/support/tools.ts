import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

const inCi = process.env.CI === 'true';
/** Debian's python3-openpyxl installs for the system interpreter. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const CHECKS: Record<string, () => boolean> = {
  pdftotext: () => spawnSync('pdftotext', ['-v']).status === 0,
  pdfinfo: () => spawnSync('pdfinfo', ['-v']).status === 0,
  qpdf: () => spawnSync('qpdf', ['--version']).status === 0,
  // The workbooks' pictures are read with Pillow, which openpyxl uses for them.
  openpyxl: () => spawnSync(PYTHON, ['-c', 'import openpyxl, PIL']).status === 0,
  'python-docx': () => spawnSync(PYTHON, ['-c', 'import docx']).status === 0,
  pikepdf: () => spawnSync(PYTHON, ['-c', 'import pikepdf']).status === 0,
  chromium: () => existsSync('/usr/bin/chromium'),
};

/**
 * The files we write are checked by readers that did not write them. Where one is missing the test says so and does
 * not run; in CI, which installs them all, a missing reader is a failure.
 */
export function needs(t: TestContext, tools: (keyof typeof CHECKS)[]): boolean {
  const missing = tools.filter((tool) => !(CHECKS[tool] ?? (() => false))());
  if (missing.length === 0) return true;
  const why = `did not run: ${missing.join(', ')} not installed (Debian: poppler-utils, qpdf, python3-openpyxl, python3-pil, python3-docx, python3-pikepdf, chromium)`;
  if (inCi) throw new Error(`CI must have ${missing.join(', ')}: ${why}`);
  t.skip(why);
  return false;
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => [line.split(':')[0]?.trim() ?? '', line.slice(line.indexOf(':') + 1).trim()]),
  );
}

export function qpdfCheck(file: string): number {
  return spawnSync('qpdf', ['--check', file]).status ?? -1;
}

export interface XlsxCell {
  v: string | null;
  t: string;
  f: string;
}
export interface XlsxDump {
  names: string[];
  sheets: Record<
    string,
    {
      freeze: string | null;
      filter: string | null;
      rows: XlsxCell[][];
      /** Row numbers and column letters the sheet hides. */
      hiddenRows: number[];
      hiddenColumns: string[];
      /** The centre of the header printed on every page, or null. */
      printHeader: string | null;
      /** The sheet's pictures: the cell their top left corner is on, the PNG's size and its text alternative. */
      images: { row: number; col: number; png: [number, number]; alt: string | null }[];
    }
  >;
}

export function readXlsx(file: string): XlsxDump {
  const script = join(__dirname, '..', '..', '..', 'test', 'support', 'xlsx_dump.py');
  return JSON.parse(
    execFileSync(PYTHON, [script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as XlsxDump;
}

export interface XlsxEditResult {
  /** Per sheet: each data validation's range, type and first formula, as openpyxl reads them. */
  validations: Record<string, [string, string, string | null][]>;
  states: Record<string, string>;
  protected: Record<string, boolean>;
}

/** Sets cells with openpyxl and saves to `output` ("-" to only read); returns what openpyxl read of the input. */
export function editXlsx(input: string, output: string, edits: [string, string, string | number | null][]) {
  const script = join(__dirname, '..', '..', '..', 'test', 'support', 'xlsx_edit.py');
  return JSON.parse(
    execFileSync(PYTHON, [script, input, output, JSON.stringify(edits)], { encoding: 'utf8' }),
  ) as XlsxEditResult;
}

export interface DocxDump {
  title: string;
  language: string | null;
  blocks: (
    | { kind: 'heading'; level: number; text: string }
    | { kind: 'paragraph'; style: string; text: string }
    | { kind: 'table'; repeatHeader: boolean; rows: string[][] }
  )[];
  images: { name: string; title: string; descr: string }[];
  contents: boolean;
  sections: string[];
  headers: string[];
}

/** A Word file as python-docx reads it. */
export function readDocx(file: string): DocxDump {
  const script = join(__dirname, '..', '..', '..', 'test', 'support', 'docx_dump.py');
  return JSON.parse(
    execFileSync(PYTHON, [script, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
  ) as DocxDump;
}

export interface PdfStructure {
  lang: string;
  marked: boolean;
  displayTitle: boolean;
  title: string;
  headings: number[];
  figures: string[];
  tables: { headers: number; scopes: string[] }[];
  pages: { looseText: number; artifacts: number; pagination: number }[];
}

/** A tagged PDF's structure as pikepdf reads it. */
export function readPdfStructure(file: string): PdfStructure {
  const script = join(__dirname, '..', '..', '..', 'test', 'support', 'pdf_structure.py');
  return JSON.parse(
    execFileSync(PYTHON, [script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as PdfStructure;
}

/**
 * The checks of PDF/UA that a report must pass, read independently: the language and title set and shown, headings
 * that start at level 1 and never skip one, alternative text on every figure, header cells with their scope in every
 * table, no text outside both the structure and the artifacts, and page furniture as pagination artifacts.
 */
export function assertAccessiblePdf(
  file: string,
  expected: { lang: string; title: string; working: boolean; figures?: boolean },
): PdfStructure {
  const pdf = readPdfStructure(file);
  assert.equal(pdf.lang, expected.lang);
  assert.equal(pdf.title, expected.title);
  assert.ok(pdf.marked && pdf.displayTitle, 'marked as tagged, and the title shown instead of the file name');
  assert.equal(pdf.headings[0], 1, 'the first heading is at level 1');
  pdf.headings.reduce((before, level, i) => {
    assert.ok(level <= before + 1, `heading ${i + 1} (H${level}) skips a level after H${before}`);
    return level;
  });
  if (expected.figures ?? true) assert.ok(pdf.figures.length > 0, 'the report has figures');
  for (const alt of pdf.figures)
    assert.ok(alt.length > 40, `a figure's alternative text says what it shows: "${alt}"`);
  assert.ok(pdf.tables.length > 0, 'the report has tables');
  for (const table of pdf.tables) {
    assert.ok(table.headers > 0, 'every table has header cells');
    assert.ok(
      table.scopes.includes('/Column') && table.scopes.every((s) => s === '/Column' || s === '/Row'),
      `header cells have scope: ${table.scopes.join(' ')}`,
    );
  }
  pdf.pages.forEach((page, i) => {
    assert.equal(page.looseText, 0, `page ${i + 1}: all text is tagged or an artifact`);
    const furniture = (i > 0 ? 1 : 0) + (expected.working ? 1 : 0);
    assert.ok(
      page.pagination >= furniture,
      `page ${i + 1}: its number${expected.working ? ' and mark' : ''} are pagination artifacts`,
    );
  });
  return pdf;
}
