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
  openpyxl: () => spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0,
  chromium: () => existsSync('/usr/bin/chromium'),
};

/**
 * The files we write are checked by readers that did not write them. Where one is missing the test says so and does
 * not run; in CI, which installs them all, a missing reader is a failure.
 */
export function needs(t: TestContext, tools: (keyof typeof CHECKS)[]): boolean {
  const missing = tools.filter((tool) => !(CHECKS[tool] ?? (() => false))());
  if (missing.length === 0) return true;
  const why = `did not run: ${missing.join(', ')} not installed (Debian: poppler-utils, qpdf, python3-openpyxl, chromium)`;
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
