import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { ArchiveAssessment, ARCHIVE_SHEETS } from './archive-rows';

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

/**
 * Writes the archive sheet by sheet as a streamed workbook: each sheet reads the assessments again in batches from
 * `read`, so that only one batch and the rows not yet compressed are in memory at any time. exceljs streams one sheet
 * into the zip at a time, which is why the sheets are written one after the other and not side by side.
 */
export async function writeArchiveWorkbook(
  stream: Writable,
  read: () => AsyncIterable<ArchiveAssessment[]>,
  onBatch: (rowsWritten: number) => Promise<void> | void,
): Promise<{ rows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, ...ARCHIVE_WRITER_OPTIONS });
  let rows = 0;
  for (const sheet of ARCHIVE_SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    for await (const batch of read()) {
      // User text is a plain string cell: exceljs makes a formula only of a { formula } value.
      for (const assessment of batch)
        for (const row of sheet.rows(assessment)) {
          worksheet.addRow(row).commit();
          rows += 1;
        }
      await onBatch(rows);
      await drained(worksheet, stream);
    }
    worksheet.commit();
  }
  await workbook.commit();
  return { rows };
}
