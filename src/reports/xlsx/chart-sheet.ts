import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CountyPicture } from '../../county-picture/county-picture.model';
import { chartPng, pixels } from '../chart-png';
import { ChartFigure, overviewChart, trendChart } from '../report-charts';
import { fill, type ReportTexts } from '../report-texts';

/** The height of a row Excel has not been told otherwise, in pixels; and how a drawing measures them. */
const ROW_PX = 20;
const ROW_PT = 15;
const EMU_PER_PX = 9525;
/** The charts' column, in Excel's widths of a digit: about as wide as the charts, within a printed A4 page. */
const CHART_COLUMN = 80;

/** A corner of a picture on a sheet: a cell, and how far into it in pixels. */
const corner = (row: number, down: number, across: number) =>
  ({
    nativeCol: 0,
    nativeColOff: across * EMU_PER_PX,
    nativeRow: row + Math.floor(down / ROW_PX),
    nativeRowOff: (down % ROW_PX) * EMU_PER_PX,
  }) as unknown as ExcelJS.Anchor;

/** A chart of the workbook: the report's figure, and where the workbook has the figures it draws. */
export interface WorkbookChart {
  figure: ChartFigure;
  /** The text alternative: what the chart shows, and on which sheet its figures are. */
  alt: string;
}

/** The report's charts, the overview of all areas and the trend over time, each with its caption and words. */
export function workbookCharts(picture: CountyPicture, texts: ReportTexts): WorkbookChart[] {
  const charts: [ChartFigure | null, string][] = [
    [overviewChart(picture, texts), texts.sheets.riskAreas],
    [trendChart(picture, texts), texts.sheets.trends],
  ];
  return charts
    .filter((c): c is [ChartFigure, string] => c[0] !== null)
    .map(([figure, sheet]) => ({
      figure,
      alt: `${figure.alt} ${fill(texts.chartSheet.figuresOn, { sheet })}`,
    }));
}

/** A sheet of the charts as images, each under its caption and above its text alternative. */
export function chartSheet(
  workbook: ExcelJS.Workbook,
  charts: WorkbookChart[],
  texts: ReportTexts,
  options: Partial<ExcelJS.AddWorksheetOptions>,
): void {
  const worksheet = workbook.addWorksheet(texts.sheets.charts, {
    ...options,
    pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  worksheet.getColumn(1).width = CHART_COLUMN;
  worksheet.addRow([texts.sheets.charts]).font = { bold: true, size: 13 };
  worksheet.addRow([texts.chartSheet.intro]);
  for (const { figure, alt } of charts) {
    worksheet.addRow([]);
    worksheet.addRow([figure.caption]).font = { bold: true };
    const top = worksheet.rowCount; // the image starts on the row after the caption (rows count from 0 here)
    const size = { width: pixels(figure.width), height: pixels(figure.height) };
    const image = workbook.addImage({ buffer: chartPng(figure) as never, extension: 'png' });
    // Anchored at two corners (the schema allows "move with the cell" only on such an anchor), in unsized rows.
    worksheet.addImage(image, {
      tl: corner(top, 0, 0),
      br: corner(top, size.height, size.width),
      editAs: 'oneCell',
    });
    for (let i = 0; i < Math.ceil(size.height / ROW_PX); i += 1) worksheet.addRow([]);
    const text = `${texts.chartSheet.inWords} ${alt}`;
    const words = worksheet.addRow([text]);
    words.alignment = { wrapText: true, vertical: 'top' };
    // Tall enough for the wrapped words: a line holds about as many letters as the column is wide.
    words.height = ROW_PT * Math.ceil(text.length / CHART_COLUMN);
  }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Gives each picture of the drawings its text alternative (`descr`, what Excel's "Alt text" shows and a screen
 * reader reads), in the order they were added: exceljs writes pictures without one.
 */
export async function withAltTexts(xlsx: Buffer, alts: string[]): Promise<Buffer> {
  if (alts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const drawings = zip.file(/^xl\/drawings\/drawing\d+\.xml$/);
  let next = 0;
  for (const drawing of drawings) {
    const xml = await drawing.async('string');
    const described = xml.replace(/<xdr:cNvPr ([^>]*?)(\/?)>/g, (tag, attributes: string, close: string) =>
      next < alts.length ? `<xdr:cNvPr ${attributes} descr="${escapeXml(alts[next++]!)}"${close}>` : tag,
    );
    zip.file(drawing.name, described);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
