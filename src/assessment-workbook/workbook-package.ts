import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import * as yauzl from 'yauzl';
import { DomainError, FieldError, invalid } from '../common/domain-error';
import type { FieldErrorCode, MessageParams } from '../common/messages';

/**
 * What a filled-in assessment workbook can hold. A full one is well under 2 MB unpacked; the bounds leave room for
 * what Excel and LibreOffice add when they save it, and refuse anything built to exhaust memory or time.
 */
export const PACKAGE_LIMITS = {
  /** The upload itself, packed. */
  fileBytes: 5 * 1024 * 1024,
  /** Parts of the package, folders included. */
  entries: 100,
  /** Every part unpacked, as the package declares it and as it inflates. */
  unpackedBytes: 12 * 1024 * 1024,
  /** Packed to unpacked, for a part over `ratioFromBytes`: text packs 5–20 times, padding thousands of times. */
  ratio: 100,
  ratioFromBytes: 1024 * 1024,
  /** Distinct texts in the shared string table; a full assessment has a few thousand. */
  sharedStrings: 20_000,
  /** The parts that say which sheet is where, and the styles: a few kB in a real file. */
  indexBytes: 256 * 1024,
  stylesBytes: 1024 * 1024,
  /** How far a sheet may reach, declared or filled: the longest list (100 follow-ups) and the widest sheet fit. */
  sheetRows: 1000,
  sheetColumns: 200,
} as const;

/** The parts of a spreadsheet package that Excel, LibreOffice or the writer put there; any other part is refused. */
const KNOWN_PARTS = [
  /^\[Content_Types\]\.xml$/,
  /^(_rels|docProps|xl|xl\/[a-zA-Z_]+|xl\/[a-zA-Z]+\/_rels|customXml|customXml\/_rels)\/$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core|custom)\.xml$/,
  /^docProps\/thumbnail\.(jpeg|png|wmf|emf)$/,
  /^xl\/(workbook|styles|sharedStrings|calcChain|metadata|connections)\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/theme\/theme\d{1,3}\.xml$/,
  /^xl\/worksheets\/sheet\d{1,3}\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d{1,3}\.xml\.rels$/,
  /^xl\/printerSettings\/printerSettings\d{1,3}\.bin$/,
  /^xl\/(comments\d{1,3}\.xml|persons\/person\.xml|threadedComments\/threadedComment\d{1,3}\.xml)$/,
  /^xl\/drawings\/(vmlDrawing\d{1,3}\.vml|drawing\d{1,3}\.xml|_rels\/drawing\d{1,3}\.xml\.rels)$/,
  /^customXml\/(item\d{1,3}\.xml|itemProps\d{1,3}\.xml|_rels\/item\d{1,3}\.xml\.rels)$/,
];

const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const STORED = 0;
const DEFLATED = 8;

const refused = (code: FieldErrorCode, params?: MessageParams, sheet?: string): never => {
  const field: FieldError = params ? { path: 'workbook', code, params } : { path: 'workbook', code };
  throw invalid([sheet ? { ...field, sheet } : field]);
};
const NOT_OURS = 'workbook.not_ours';
const DAMAGED = 'workbook.damaged';
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A part's bytes, inflated with a cap: a part that inflates to more than it declared is refused, not read on. */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let stream: Readable | null = null;
  try {
    stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.uncompressedSize) refused(NOT_OURS);
      chunks.push(chunk);
    }
  } catch (error) {
    stream?.destroy();
    if (error instanceof DomainError) throw error;
    refused(DAMAGED);
  }
  return Buffer.concat(chunks, size);
}

/** The attribute of a tag by its local name, whatever its namespace prefix (`r:id`). */
const attribute = (attributes: Record<string, string>, local: string) =>
  Object.entries(attributes).find(([name]) => name === local || name.endsWith(`:${local}`))?.[1];

/** Sheet names and the parts they are stored in, from the workbook part and its relationships. */
function sheetParts(workbookXml: Buffer, relsXml: Buffer): Map<string, string> {
  const sheets: { name: string; rel: string }[] = [];
  const targets = new Map<string, string>();
  const parse = (xml: Buffer, onTag: (name: string, attributes: Record<string, string>) => void) => {
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => onTag(tag.name, tag.attributes as Record<string, string>));
    try {
      parser.write(xml.toString('utf8')).close();
    } catch {
      refused(NOT_OURS);
    }
  };
  parse(workbookXml, (name, attributes) => {
    if (name !== 'sheet' && !name.endsWith(':sheet')) return;
    const sheetName = attributes.name;
    const rel = attribute(attributes, 'id');
    if (sheetName !== undefined && rel !== undefined) sheets.push({ name: sheetName, rel });
  });
  parse(relsXml, (name, attributes) => {
    if ((name !== 'Relationship' && !name.endsWith(':Relationship')) || !attributes.Id || !attributes.Target)
      return;
    const target = attributes.Target.replace(/^\/?xl\//, '').replace(/^\//, '');
    targets.set(attributes.Id, `xl/${target}`);
  });
  return new Map(
    sheets.flatMap(({ name, rel }) => {
      const part = targets.get(rel);
      return part ? [[name, part] as const] : [];
    }),
  );
}

const SHEET_START = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
);
const SHEET_END = Buffer.from('</worksheet>');

/** A column's number from its letters: A is 1, XFD 16384. */
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/**
 * A sheet reduced to its cells. Only values are read, and what else a sheet can hold (validations, merges,
 * conditional formats over whole columns) makes exceljs visit every cell of its range: a range of the whole sheet is
 * seventeen billion cells. The declared extent is checked first.
 */
function cellsOnly(sheet: string, xml: Buffer): Buffer {
  const head = xml.subarray(0, 4096).toString('latin1');
  const dimension =
    /<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"/.exec(head);
  if (dimension) {
    const lastColumn = columnNumber(dimension[3] ?? dimension[1]!);
    const lastRow = Number(dimension[4] ?? dimension[2]);
    if (lastRow > PACKAGE_LIMITS.sheetRows || lastColumn > PACKAGE_LIMITS.sheetColumns) tooLarge(sheet);
  }
  const start = xml.indexOf('<sheetData');
  if (start === -1) return Buffer.concat([SHEET_START, SHEET_END]);
  const close = xml.lastIndexOf('</sheetData>');
  const end = close === -1 ? xml.indexOf('>', start) + 1 : close + '</sheetData>'.length;
  if (end <= start) refused(NOT_OURS);
  return Buffer.concat([SHEET_START, xml.subarray(start, end), SHEET_END]);
}

/** A sheet that reaches further than any assessment can. */
export const tooLarge = (sheet: string): never =>
  refused(
    'workbook.sheet_too_large',
    { rows: PACKAGE_LIMITS.sheetRows, columns: PACKAGE_LIMITS.sheetColumns },
    sheet,
  );

/** Distinct texts of a shared string table, counted without parsing it. */
function countSharedStrings(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf('<si'); at !== -1; at = xml.indexOf('<si', at + 3)) {
    const next = xml[at + 3];
    if (next === 0x3e || next === 0x20 || next === 0x2f) count += 1; // "<si>", "<si …" or "<si/>"
    if (count > PACKAGE_LIMITS.sharedStrings) return count;
  }
  return count;
}

/**
 * An uploaded workbook's package, checked before anything is inflated: only the parts a spreadsheet has, within the
 * size and ratio bounds as the central directory declares them. Only the parts the reader needs are then inflated,
 * each with a cap and only when asked for, and handed to exceljs as a new package of exactly those parts, so that
 * nothing else in the upload is ever unpacked or parsed.
 */
export class WorkbookPackage {
  private readonly parts = new Map<string, Buffer>();

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly sheets: Map<string, string>,
  ) {}

  /** Checks the package and reads which sheet is where; `sheetNames` must all be there. Close it when done. */
  static async open(file: Buffer, sheetNames: string[]): Promise<WorkbookPackage> {
    if (file.length > PACKAGE_LIMITS.fileBytes)
      refused('workbook.too_large', { mb: mib(PACKAGE_LIMITS.fileBytes) });
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true });
    } catch {
      return refused('workbook.not_xlsx');
    }
    try {
      const entries = await checkedEntries(zip);
      const index = async (name: string) => {
        const entry = entries.get(name);
        if (!entry || entry.uncompressedSize > PACKAGE_LIMITS.indexBytes) return refused(NOT_OURS);
        return inflate(zip, entry);
      };
      const located = sheetParts(await index(WORKBOOK_PART), await index(WORKBOOK_RELS));
      const missing = sheetNames.filter((sheet) => !entries.has(located.get(sheet) ?? ''));
      if (missing.length > 0)
        throw invalid(
          missing.map((sheet) => ({
            path: 'workbook',
            sheet,
            code: 'workbook.sheet_missing',
            params: { sheet },
          })),
        );
      return new WorkbookPackage(zip, entries, new Map(sheetNames.map((s) => [s, located.get(s)!])));
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  close(): void {
    this.zip.close();
  }

  /** The named sheets (and what they share: strings, styles) as an exceljs workbook; the other sheets are left out. */
  async load(sheetNames: string[]): Promise<ExcelJS.Workbook> {
    const packed = new JSZip();
    for (const [name, content] of await this.sharedParts()) packed.file(name, content);
    for (const sheet of sheetNames) {
      const part = this.sheets.get(sheet);
      if (!part) throw new Error(`sheet ${sheet} was not asked for when the package was opened`);
      packed.file(part, cellsOnly(sheet, await inflate(this.zip, this.entries.get(part)!)));
    }
    const workbook = new ExcelJS.Workbook();
    try {
      const buffer = await packed.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      refused('workbook.not_xlsx');
    }
    return workbook;
  }

  /** The workbook part, its relationships, the shared strings and the styles, inflated once. */
  private async sharedParts(): Promise<Map<string, Buffer>> {
    if (this.parts.size > 0) return this.parts;
    for (const [name, limit] of [
      [WORKBOOK_PART, PACKAGE_LIMITS.indexBytes],
      [WORKBOOK_RELS, PACKAGE_LIMITS.indexBytes],
      [SHARED_STRINGS, PACKAGE_LIMITS.unpackedBytes],
      [STYLES, PACKAGE_LIMITS.stylesBytes],
    ] as const) {
      const entry = this.entries.get(name);
      if (!entry) continue;
      if (entry.uncompressedSize > limit) refused(NOT_OURS);
      this.parts.set(name, await inflate(this.zip, entry));
    }
    const strings = this.parts.get(SHARED_STRINGS);
    if (strings && countSharedStrings(strings) > PACKAGE_LIMITS.sharedStrings) refused(NOT_OURS);
    return this.parts;
  }
}

/** The package's parts as its central directory lists them, refused unless every one is a known, bounded part. */
async function checkedEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > PACKAGE_LIMITS.entries) refused(NOT_OURS);
  const entries = new Map<string, yauzl.Entry>();
  let unpacked = 0;
  try {
    for await (const entry of zip.eachEntry()) check(entry);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    refused(DAMAGED);
  }
  return entries;

  function check(entry: yauzl.Entry): void {
    const name = entry.fileName;
    if (entries.has(name) || !KNOWN_PARTS.some((pattern) => pattern.test(name))) refused(NOT_OURS);
    if (entry.isEncrypted()) refused('workbook.encrypted');
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) refused(NOT_OURS);
    // Deflate never grows data by more than a fraction: a part packed larger than it says it unpacks lies.
    if (entry.compressedSize > entry.uncompressedSize * 1.01 + 1024) refused(NOT_OURS);
    unpacked += entry.uncompressedSize;
    if (unpacked > PACKAGE_LIMITS.unpackedBytes)
      refused('workbook.unpacked_too_large', { mb: mib(PACKAGE_LIMITS.unpackedBytes) });
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > PACKAGE_LIMITS.ratioFromBytes && ratio > PACKAGE_LIMITS.ratio)
      refused(NOT_OURS);
    entries.set(name, entry);
  }
}
