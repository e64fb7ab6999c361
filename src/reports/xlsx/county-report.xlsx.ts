import ExcelJS from 'exceljs';
import type { CountyPicture } from '../../county-picture/county-picture.model';
import type { ReportTexts } from '../report-texts';
import { workbookSheets } from './county-sheets';
import type { Column, ExtraSheet, Value } from './sheet-spec';

function sheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: { name: string; columns: Column[]; rows: Value[][] },
  mark: string | null,
): void {
  const { name, columns, rows } = spec;
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // A working version says so at the top of every printed page.
    ...(mark ? { headerFooter: { oddHeader: `&C&"-,Bold"${mark.replace(/&/g, '&&')}` } } : {}),
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
  for (const row of rows) worksheet.addRow(row).commit();
  worksheet.commit();
}

/** Writes the county picture as a workbook: summary sheets with the PDF's figures, then one sheet per raw table. */
export async function renderCountyXlsx(
  picture: CountyPicture,
  texts: ReportTexts,
  snapshotHash: string,
  filename: string,
  extraSheets: ExtraSheet[] = [],
  scope: 'county' | 'national' = 'county',
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Lägesbild';
  workbook.title = `${texts.title} – ${picture.round.title}`;
  const mark = picture.include === 'submitted' ? texts.mark : null;
  for (const spec of workbookSheets(picture, texts, snapshotHash, extraSheets, scope))
    sheet(workbook, spec, mark);
  await workbook.commit();
}
