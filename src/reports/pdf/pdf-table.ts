import type { Cell, Table } from '../document/report-document';
import { FONTS, TYPE } from '../fonts';
import {
  columnWidths,
  PAD,
  rowHeight,
  TextMeasure,
  textOf,
  turnedHeaderHeight,
} from '../document/table-layout';

/** Where a table is drawn: the text block of the page, and how to go on to the next page. */
export interface TableFrame {
  doc: PDFKit.PDFDocument;
  section: PDFKit.PDFStructureElement;
  left: number;
  width: number;
  top: number;
  bottom: number;
  newPage: () => void;
  /** Draws what `draw` draws as an artifact, outside the structure tree. */
  artifact: (draw: () => void) => void;
}

const SIZE = TYPE.small;
const INK = '#1b1b1b';
const RULE = '#8a8a8a';
const HEADER_FILL = '#e8eef5';

type StructOptions = Parameters<PDFKit.PDFDocument['struct']>[1];
/** A header cell's scope, which pdfkit writes into the cell's table attributes. */
const scoped = (scope: 'Row' | 'Column') => ({ scope }) as unknown as StructOptions;
const fillOf = (cell: Cell) => (typeof cell === 'string' ? undefined : cell.fill);

/** The table type as pdfkit sets it: the condensed cut of the body font, 9 pt. */
function measureOf(doc: PDFKit.PDFDocument): TextMeasure {
  const font = (bold: boolean) => doc.font(bold ? FONTS.tableBold : FONTS.table).fontSize(SIZE);
  return {
    width: (text, bold) => font(bold).widthOfString(text),
    height: (text, width, bold) => font(bold).heightOfString(text, { width }),
    lineHeight: font(false).currentLineHeight(true),
  };
}

/**
 * A table whose first row holds column headers (TH with column scope) and, where asked, whose first column holds row
 * headers. A row that does not fit goes to the next page, where the header row is drawn again as an artifact: the
 * header is tagged once.
 */
export function drawTable(frame: TableFrame, spec: Table): void {
  const { doc } = frame;
  const measure = measureOf(doc);
  const widths = columnWidths(spec, frame.width, measure);
  const headerHeight = spec.turnedHeader
    ? turnedHeaderHeight(spec.header, widths, measure)
    : rowHeight(spec.header, widths, true, measure);
  const table = doc.struct('Table', { title: spec.caption });
  frame.section.add(table);
  const firstRow = spec.rows[0] ? rowHeight(spec.rows[0], widths, false, measure) : 0;
  if (doc.y + headerHeight + firstRow > frame.bottom) frame.newPage();
  headerRow(frame, spec, widths, headerHeight, table);
  for (const row of spec.rows) {
    const height = Math.min(rowHeight(row, widths, false, measure), frame.bottom - frame.top - headerHeight);
    if (doc.y + height > frame.bottom) {
      frame.newPage();
      headerRow(frame, spec, widths, headerHeight, null);
    }
    const tr = doc.struct('TR');
    table.add(tr);
    const y = doc.y;
    frame.artifact(() => {
      let x = frame.left;
      row.forEach((cell, i) => {
        cellBox(doc, x, y, widths[i]!, height, fillOf(cell));
        x += widths[i]!;
      });
    });
    let x = frame.left;
    row.forEach((cell, i) => {
      const header = i === 0 && spec.rowHeaders === true;
      tagged(doc, tr, header ? 'TH' : 'TD', header ? scoped('Row') : {}, () =>
        cellText(doc, textOf(cell), x, y, widths[i]!, height, {
          bold: false,
          right: spec.numeric?.includes(i) ?? false,
        }),
      );
      x += widths[i]!;
    });
    tr.end();
    doc.y = y + height;
  }
  table.end();
  doc.x = frame.left;
  doc.y += 8;
}

function tagged(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: 'TH' | 'TD',
  options: StructOptions,
  draw: () => void,
): void {
  const element = doc.struct(type, options);
  parent.add(element);
  const content = doc.markStructureContent(type);
  element.add(content);
  draw();
  doc.endMarkedContent();
  element.end();
}

/** The header row: tagged the first time (`table` given), an artifact where it is repeated on a later page. */
function headerRow(
  frame: TableFrame,
  spec: Table,
  widths: number[],
  height: number,
  table: PDFKit.PDFStructureElement | null,
): void {
  const { doc } = frame;
  const y = doc.y;
  frame.artifact(() => {
    let x = frame.left;
    widths.forEach((w) => {
      cellBox(doc, x, y, w, height, HEADER_FILL);
      x += w;
    });
  });
  const tr = table ? doc.struct('TR') : null;
  if (tr) table!.add(tr);
  let x = frame.left;
  spec.header.forEach((text, i) => {
    const at = x;
    const draw = () => {
      if (spec.turnedHeader && i > 0) turnedText(doc, text, at, y, widths[i]!, height);
      else
        cellText(doc, text, at, y, widths[i]!, height, {
          bold: true,
          right: spec.numeric?.includes(i) ?? false,
        });
    };
    if (tr) tagged(doc, tr, 'TH', scoped('Column'), draw);
    else {
      doc.markContent('Artifact', { type: 'Pagination' });
      draw();
      doc.endMarkedContent();
    }
    x += widths[i]!;
  });
  tr?.end();
  doc.y = y + height;
}

function cellBox(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, fill?: string): void {
  doc.save().lineWidth(0.5);
  if (fill) doc.rect(x, y, w, h).fillAndStroke(fill, RULE);
  else doc.rect(x, y, w, h).stroke(RULE);
  doc.restore();
}

function cellText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  w: number,
  h: number,
  options: { bold: boolean; right: boolean },
): void {
  doc
    .font(options.bold ? FONTS.tableBold : FONTS.table)
    .fontSize(SIZE)
    .fillColor(INK)
    .text(text === '' ? ' ' : text, x + PAD, y + PAD, {
      width: w - 2 * PAD,
      height: h - 2 * PAD,
      align: options.right ? 'right' : 'left',
      ellipsis: true,
    });
}

/** Text that reads bottom to top inside a header cell of `w` by `h`. */
function turnedText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, w: number, h: number): void {
  doc.save();
  doc.translate(x + PAD, y + h - PAD).rotate(-90);
  doc
    .font(FONTS.tableBold)
    .fontSize(SIZE)
    .fillColor(INK)
    .text(text, 0, 0, { width: h - 2 * PAD, height: w - 2 * PAD, ellipsis: true });
  doc.restore();
}
