import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { ArchiveAssessment, ArchiveSheet, ARCHIVE_SHEETS, ArchiveValue } from './archive-rows';

/** The options of every archive workbook: streamed, inline strings, no style table. */
export const ARCHIVE_WRITER_OPTIONS = { useStyles: false, useSharedStrings: false } as const;

/** Uncompressed XML waiting for the zip above which the writer pauses between batches. */
const BACKLOG_BYTES = 8 * 1024 * 1024;

/** What exceljs 4.4 keeps of a sheet's output: a buffer that it pipes into the zip's entry. */
interface SheetStream {
  pipes?: { _writableState?: { length: number }; once(event: 'drain', listener: () => void): unknown }[];
}

/**
 * Lets the zip catch up with the rows written so far. exceljs hands a sheet's XML to the zip's entry without waiting
 * for it to be compressed, and reading from SQLite never yields, so without this pause the uncompressed XML of the
 * whole archive would wait in memory.
 */
async function drained(worksheet: object, stream: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const entry = (worksheet as unknown as { stream?: SheetStream }).stream?.pipes?.[0];
  while (entry && (entry._writableState?.length ?? 0) > BACKLOG_BYTES)
    await new Promise((resolve) => entry.once('drain', () => resolve(undefined)));
  if (stream.writableNeedDrain) await new Promise((resolve) => stream.once('drain', resolve));
}

/** Ends a batch in a sheet's spooled rows: where the progress of that sheet moves on. */
const BATCH_END = '-';

/** Rows of one sheet written to a file of JSON lines, to be read back when the sheet's turn comes. */
class Spool {
  private readonly out: WriteStream;

  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }

  async write(lines: string): Promise<void> {
    if (!this.out.write(lines)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await finished(this.out);
  }

  /** The spooled rows batch by batch, as written. */
  async *batches(): AsyncGenerator<ArchiveValue[][]> {
    let batch: ArchiveValue[][] = [];
    for await (const line of createInterface({ input: createReadStream(this.path), crlfDelay: Infinity })) {
      if (line === BATCH_END) {
        yield batch;
        batch = [];
      } else batch.push(JSON.parse(line) as ArchiveValue[]);
    }
  }
}

/**
 * Writes the archive as a streamed workbook, reading the assessments once, in batches from `read`. exceljs streams one
 * sheet into the zip at a time, so the first sheet is written as the batches are read and the rows of the others are
 * spooled to files of JSON lines in `scratch`, each read back when its sheet is written. Only one batch and the rows
 * not yet compressed are in memory at any time, and each document is read and parsed once, not once per sheet.
 */
export async function writeArchiveWorkbook(
  stream: Writable,
  read: () => AsyncIterable<ArchiveAssessment[]>,
  onBatch: (rowsWritten: number) => Promise<void> | void,
  scratch: string,
): Promise<{ rows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, ...ARCHIVE_WRITER_OPTIONS });
  const [first, ...later] = ARCHIVE_SHEETS;
  const spools = later.map((_, i) => new Spool(join(scratch, `sheet-${i + 2}.jsonl`)));
  let rows = 0;
  const addRows = async (worksheet: ExcelJS.Worksheet, batch: ArchiveValue[][]) => {
    // User text is a plain string cell: exceljs makes a formula only of a { formula } value.
    for (const row of batch) worksheet.addRow(row).commit();
    rows += batch.length;
    await onBatch(rows);
    await drained(worksheet, stream);
  };
  try {
    const worksheet = sheetOf(workbook, first!);
    for await (const batch of read()) {
      for (const [i, sheet] of later.entries())
        await spools[i]!.write(
          batch.flatMap((a) => sheet.rows(a).map((row) => `${JSON.stringify(row)}\n`)).join('') +
            `${BATCH_END}\n`,
        );
      await addRows(
        worksheet,
        batch.flatMap((a) => first!.rows(a)),
      );
    }
    worksheet.commit();
    for (const spool of spools) await spool.close();
    for (const [i, sheet] of later.entries()) {
      const next = sheetOf(workbook, sheet);
      for await (const batch of spools[i]!.batches()) await addRows(next, batch);
      next.commit();
    }
    await workbook.commit();
  } finally {
    for (const spool of spools) await spool.close().catch(() => undefined);
    await Promise.all(spools.map((spool) => rm(spool.path, { force: true })));
  }
  return { rows };
}

function sheetOf(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ArchiveSheet): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return worksheet;
}
