import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ArchiveValue, ARCHIVE_SHEETS } from '../../src/archive/archive-rows';
import { ArchiveExport } from '../../src/archive/archive-export.entity';
import { archiveAssessments } from '../../src/archive/archive-reads';
import { ARCHIVE_WRITER_OPTIONS } from '../../src/archive/archive-workbook';
import { ArchiveService } from '../../src/archive/archive.service';
import { runChild } from './child';

/**
 * One measurement in a process of its own, so that its peak memory is its own. `--mode product` runs the product's
 * archive export job as the API starts it, and times it from the request to the finished file. `--mode bare` first
 * reads the same rows into memory, untimed, and then times only a bare exceljs streaming writer writing them.
 * Prints one line of JSON.
 */
runChild(async (context, mode, dir) => {
  const archive = context.get(ArchiveService);
  const admin = { id: 'bench', role: 'admin' as const, countyCode: null, municipalityCode: null };
  let ms: number;
  let rows: number;
  let bytes: number;
  if (mode === 'product') {
    const started = process.hrtime.bigint();
    const { id } = (await archive.start(admin, null)).value;
    const repository = context.get(DataSource).getRepository(ArchiveExport);
    for (;;) {
      const e = await repository.findOneByOrFail({ id });
      if (e.status === 'failed') throw new Error('the export failed');
      if (e.status === 'done') {
        ms = Number(process.hrtime.bigint() - started) / 1e6;
        rows = e.rowsWritten;
        bytes = e.byteSize ?? 0;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } else {
    const sheets: ArchiveValue[][][] = [];
    for (const sheet of ARCHIVE_SHEETS) {
      const sheetRows: ArchiveValue[][] = [];
      for await (const batch of archiveAssessments(context.get(DataSource), null))
        for (const a of batch) sheetRows.push(...sheet.rows(a));
      sheets.push(sheetRows);
    }
    const file = join(dir, 'bare.xlsx');
    const started = process.hrtime.bigint();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, ...ARCHIVE_WRITER_OPTIONS });
    for (const [i, sheet] of ARCHIVE_SHEETS.entries()) {
      const worksheet = workbook.addWorksheet(sheet.name);
      worksheet.addRow(sheet.columns.map((c) => c.header)).commit();
      for (const row of sheets[i]!) worksheet.addRow(row).commit();
      worksheet.commit();
    }
    await workbook.commit();
    ms = Number(process.hrtime.bigint() - started) / 1e6;
    rows = sheets.reduce((n, s) => n + s.length, 0);
    bytes = statSync(file).size;
  }
  return { ms, rows, bytes };
});
