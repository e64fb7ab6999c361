import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import type { CountyPicture } from '../../county-picture/county-picture.model';
import type { ReportTexts } from '../report-texts';
import { chartSheet, withAltTexts, workbookCharts } from './chart-sheet';
import { workbookSheets } from './county-sheets';
import type { ExtraSheet, SheetSpec } from './sheet-spec';

/** A working version says so at the top of every printed page. */
export const pageHeader = (mark: string | null): Partial<ExcelJS.AddWorksheetOptions> =>
  mark ? { headerFooter: { oddHeader: `&C&"-,Bold"${mark.replace(/&/g, '&&')}` } } : {};

/** A sheet of data: a frozen, filtered header row of bold column names, then the rows. */
export function dataSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, mark: string | null): void {
  const { name, columns, rows } = spec;
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    ...pageHeader(mark),
  });
  worksheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // User text is written as a plain string cell: exceljs makes a formula only of a { formula } value, so text that
  // starts with =, +, -, @, a tab or a carriage return stays text in Excel and LibreOffice.
  worksheet.addRows(rows);
}

/**
 * Writes the county picture as a workbook: the summary with the PDF's figures, the charts, then one sheet per
 * section and raw table.
 */
export async function renderCountyXlsx(
  picture: CountyPicture,
  texts: ReportTexts,
  snapshotHash: string,
  filename: string,
  extraSheets: ExtraSheet[] = [],
  scope: 'county' | 'national' = 'county',
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lägesbild';
  workbook.title = `${scope === 'national' ? texts.national.title : texts.title} – ${picture.round.title}`;
  const mark = picture.include === 'submitted' ? texts.mark : null;
  const charts = workbookCharts(picture, texts);
  const [summary, ...rest] = workbookSheets(picture, texts, snapshotHash, extraSheets, scope);
  dataSheet(workbook, summary!, mark);
  chartSheet(workbook, charts, texts, pageHeader(mark));
  for (const spec of rest) dataSheet(workbook, spec, mark);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeFile(
    filename,
    await withAltTexts(
      xlsx,
      charts.map((c) => c.alt),
    ),
  );
}
