import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Writable } from 'node:stream';
import type { Cell, Table } from '../document/report-document';

import { FONTS } from '../fonts';

const { body: BODY, bold: BOLD, table: TABLE, tableBold: TABLE_BOLD } = FONTS;

/** The one type scale: body text 10 pt, tables, notes and page furniture 9 pt, headings 18, 13 and 11 pt. */
export const TYPE = { body: 10, lead: 11, small: 9, h1: 18, h2: 13, h3: 11 } as const;
const INK = '#1b1b1b';
const MUTED = '#444444';
const RULE = '#8a8a8a';
const HEADER_FILL = '#e8eef5';
const PAD = 3;
const MARGINS = { top: 60, bottom: 64, left: 60, right: 60 };

export interface TocEntry {
  level: number;
  title: string;
  destination: string;
  page: number;
}

type Struct = PDFKit.PDFStructureElement;
type TextOptions = PDFKit.Mixins.TextOptions;
type StructOptions = Parameters<PDFKit.PDFDocument['struct']>[1];
/** A header cell's scope, which pdfkit writes into the cell's table attributes. */
const scoped = (scope: 'Row' | 'Column') => ({ scope }) as unknown as StructOptions;

const textOf = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);
const fillOf = (cell: Cell) => (typeof cell === 'string' ? undefined : cell.fill);

/**
 * A tagged (PDF/UA) A4 document with embedded open fonts: headings, paragraphs, tables with header cells and figures
 * with alternative text go into the structure tree in reading order; page furniture, rules and fills are artifacts.
 */
export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private section: Struct;
  private readonly outline: PDFKit.PDFOutline[] = [];
  readonly toc: TocEntry[] = [];
  private destinations = 0;

  constructor(out: Writable, meta: { title: string; subject: string; lang: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGINS,
      pdfVersion: '1.7',
      subset: 'PDF/UA',
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      bufferPages: true,
      autoFirstPage: false,
      info: { Title: meta.title, Subject: meta.subject, Author: 'Lägesbild', Creator: 'Lägesbild' },
    } as unknown as PDFKit.PDFDocumentOptions);
    this.doc.pipe(out);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.section = this.root;
    this.newPage('portrait');
  }

  get width(): number {
    return this.doc.page.width - MARGINS.left - MARGINS.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGINS.bottom;
  }

  private get orientation(): 'portrait' | 'landscape' {
    return this.doc.page.width > this.doc.page.height ? 'landscape' : 'portrait';
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  newPage(orientation: 'portrait' | 'landscape' = this.orientation): void {
    this.doc.addPage({ size: 'A4', layout: orientation, margins: MARGINS });
    this.doc.font(BODY).fontSize(TYPE.body).fillColor(INK);
  }

  /** Starts a page if less than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** A heading: a section of its own at level 1, a bookmark, and an entry in the table of contents to `tocDepth`. */
  heading(level: 1 | 2 | 3, title: string, tocDepth: number): void {
    if (level === 1) {
      this.endSection();
      this.section = this.doc.struct('Sect');
      this.root.add(this.section);
    }
    // Keep a heading with what follows it.
    this.ensureSpace(level === 1 ? 120 : 90);
    const destination = `s${(this.destinations += 1)}`;
    this.doc.addNamedDestination(destination, 'XYZ', MARGINS.left, this.doc.y, null);
    if (level <= tocDepth) this.toc.push({ level, title, destination, page: this.pageCount });
    const parent = this.outline[level - 2];
    const item = level === 1 || !parent ? this.doc.outline.addItem(title) : parent.addItem(title);
    this.outline[level - 1] = item;
    this.outline.length = level;
    this.doc.moveDown(level === 1 ? 0.3 : 0.7);
    this.doc
      .font(BOLD)
      .fontSize(level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3)
      .fillColor(INK)
      .text(`${title} `, MARGINS.left, this.doc.y, {
        width: this.width,
        structParent: this.section,
        structType: `H${level}`,
      } as TextOptions);
    this.doc.font(BODY).fontSize(TYPE.body).moveDown(0.4);
  }

  endSection(): void {
    if (this.section !== this.root) this.section.end();
    this.section = this.root;
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; color?: string; indent?: number; width?: number } = {},
  ): void {
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? BOLD : BODY)
      .fontSize(options.size ?? TYPE.body)
      .fillColor(options.color ?? INK)
      .text(`${text} `, MARGINS.left + indent, this.doc.y, {
        width: options.width ?? this.width - indent,
        structParent: this.section,
        structType: 'P',
      } as TextOptions);
    this.doc.fillColor(INK).font(BODY).fontSize(TYPE.body).moveDown(0.5);
  }

  /** A paragraph that starts with a label in bold: "Label: text". */
  labelled(label: string, text: string, options: { size?: number; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    const size = options.size ?? TYPE.body;
    const element = this.doc.struct('P');
    this.section.add(element);
    const content = this.doc.markStructureContent('P');
    element.add(content);
    this.doc
      .font(BOLD)
      .fontSize(size)
      .fillColor(INK)
      .text(`${label}: `, MARGINS.left + indent, this.doc.y, {
        width: this.width - 2 * indent,
        continued: true,
      });
    this.doc.font(BODY).text(`${text} `);
    this.doc.endMarkedContent();
    element.end();
    this.doc.moveDown(0.35);
  }

  quote(text: string, source: string): void {
    this.doc
      .font(BODY)
      .fontSize(TYPE.body)
      .fillColor('#333333')
      .text(`”${text}” (${source}) `, MARGINS.left + 16, this.doc.y, {
        width: this.width - 16,
        structParent: this.section,
        structType: 'BlockQuote',
      } as TextOptions);
    this.doc.fillColor(INK).moveDown(0.4);
  }

  /** A box drawn behind what `draw` writes: its fill and rule are artifacts, its text is tagged as usual. */
  boxed(height: number, style: { fill: string; rule: string }, draw: () => void): void {
    this.doc.moveDown(0.6);
    this.ensureSpace(height + 12);
    const top = this.doc.y;
    this.artifact(() =>
      this.doc
        .save()
        .lineWidth(1)
        .rect(MARGINS.left - 8, top - 6, this.width + 16, height + 12)
        .fillAndStroke(style.fill, style.rule)
        .restore(),
    );
    this.doc.y = top;
    draw();
    this.doc.y = Math.max(this.doc.y, top + height) + 12;
  }

  /** The height `text` takes in the body's width at `size`. */
  heightOf(text: string, size: number = TYPE.body, bold = false, indent = 0): number {
    this.doc.font(bold ? BOLD : BODY).fontSize(size);
    return this.doc.heightOfString(`${text} `, { width: this.width - indent });
  }

  /** A vector chart from SVG, with alternative text for screen readers. */
  figure(svg: string, alt: string, width: number, height: number): void {
    this.ensureSpace(height + 10);
    const figure = this.doc.struct('Figure', { alt });
    this.section.add(figure);
    const content = this.doc.markStructureContent('Figure');
    figure.add(content);
    SVGtoPDF(this.doc, svg, MARGINS.left, this.doc.y, {
      fontCallback: () => BODY,
      assumePt: true,
      width,
      height,
    });
    this.doc.endMarkedContent();
    figure.end();
    this.doc.y += height + 4;
    this.doc.x = MARGINS.left;
  }

  /**
   * A table whose first row holds column headers (TH with column scope) and, where asked, whose first column holds
   * row headers. Columns are at least as wide as their longest word, so that no word is split; a row that does not
   * fit goes to the next page, where the header row is drawn again (as an artifact: the header is tagged once).
   */
  table(spec: Table): void {
    const widths = this.columnWidths(spec);
    const headerHeight = spec.turnedHeader
      ? this.turnedHeaderHeight(spec.header, widths)
      : this.rowHeight(spec.header, widths, true);
    const table = this.doc.struct('Table', { title: spec.caption });
    this.section.add(table);
    const firstRow = spec.rows[0] ? this.rowHeight(spec.rows[0], widths, false) : 0;
    this.ensureSpace(headerHeight + firstRow);
    this.headerRow(spec, widths, headerHeight, table);
    for (const row of spec.rows) {
      const height = Math.min(this.rowHeight(row, widths, false), this.bottom - MARGINS.top - headerHeight);
      if (this.doc.y + height > this.bottom) {
        this.newPage();
        this.headerRow(spec, widths, headerHeight, null);
      }
      const tr = this.doc.struct('TR');
      table.add(tr);
      const y = this.doc.y;
      this.artifact(() => {
        let x = MARGINS.left;
        row.forEach((cell, i) => {
          this.cellBox(x, y, widths[i]!, height, fillOf(cell));
          x += widths[i]!;
        });
      });
      let x = MARGINS.left;
      row.forEach((cell, i) => {
        const header = i === 0 && spec.rowHeaders === true;
        const element = this.doc.struct(header ? 'TH' : 'TD', header ? scoped('Row') : {});
        tr.add(element);
        const content = this.doc.markStructureContent(header ? 'TH' : 'TD');
        element.add(content);
        this.cellText(textOf(cell), x, y, widths[i]!, height, {
          bold: false,
          right: spec.numeric?.includes(i) ?? false,
        });
        this.doc.endMarkedContent();
        element.end();
        x += widths[i]!;
      });
      tr.end();
      this.doc.y = y + height;
    }
    table.end();
    this.doc.x = MARGINS.left;
    this.doc.y += 8;
    this.doc.font(BODY).fontSize(TYPE.body).fillColor(INK);
  }

  /** The header row: tagged the first time, an artifact where it is repeated on a later page. */
  private headerRow(spec: Table, widths: number[], height: number, table: Struct | null): void {
    const y = this.doc.y;
    this.artifact(() => {
      let x = MARGINS.left;
      widths.forEach((w) => {
        this.cellBox(x, y, w, height, HEADER_FILL);
        x += w;
      });
    });
    const tr = table ? this.doc.struct('TR') : null;
    if (tr) table!.add(tr);
    let x = MARGINS.left;
    spec.header.forEach((text, i) => {
      const draw = () => {
        if (spec.turnedHeader && i > 0) this.turnedText(text, x, y, widths[i]!, height);
        else
          this.cellText(text, x, y, widths[i]!, height, {
            bold: true,
            right: spec.numeric?.includes(i) ?? false,
          });
      };
      if (tr) {
        const element = this.doc.struct('TH', scoped('Column'));
        tr.add(element);
        const content = this.doc.markStructureContent('TH');
        element.add(content);
        draw();
        this.doc.endMarkedContent();
        element.end();
      } else {
        this.doc.markContent('Artifact', { type: 'Pagination' });
        draw();
        this.doc.endMarkedContent();
      }
      x += widths[i]!;
    });
    tr?.end();
    this.doc.y = y + height;
  }

  private cellBox(x: number, y: number, w: number, h: number, fill: string | undefined): void {
    this.doc.save().lineWidth(0.5);
    if (fill) this.doc.rect(x, y, w, h).fillAndStroke(fill, RULE);
    else this.doc.rect(x, y, w, h).stroke(RULE);
    this.doc.restore();
  }

  private cellText(
    text: string,
    x: number,
    y: number,
    w: number,
    h: number,
    options: { bold: boolean; right: boolean },
  ): void {
    this.doc
      .font(options.bold ? TABLE_BOLD : TABLE)
      .fontSize(TYPE.small)
      .fillColor(INK)
      .text(text === '' ? ' ' : text, x + PAD, y + PAD, {
        width: w - 2 * PAD,
        height: h - 2 * PAD,
        align: options.right ? 'right' : 'left',
        ellipsis: true,
      });
  }

  /** Text that reads bottom to top inside a header cell of `w` by `h`. */
  private turnedText(text: string, x: number, y: number, w: number, h: number): void {
    this.doc.save();
    this.doc.translate(x + PAD, y + h - PAD).rotate(-90);
    this.doc
      .font(TABLE_BOLD)
      .fontSize(TYPE.small)
      .fillColor(INK)
      .text(text, 0, 0, { width: h - 2 * PAD, height: w - 2 * PAD, ellipsis: true });
    this.doc.restore();
  }

  private widestWord(text: string, bold: boolean): number {
    this.doc.font(bold ? TABLE_BOLD : TABLE).fontSize(TYPE.small);
    let widest = 0;
    for (const word of text.split(/\s+/))
      if (word !== '') widest = Math.max(widest, this.doc.widthOfString(word));
    return widest;
  }

  /**
   * Each column's width: wide enough for its longest word (no word is split), then the rest of the line shared out
   * in proportion to how much more each column's longest text needs. A column of one long word is capped at half
   * the line.
   */
  private columnWidths(spec: Table): number[] {
    const available = this.width;
    const columns = spec.header.length;
    const least = new Array<number>(columns).fill(0);
    const natural = new Array<number>(columns).fill(0);
    const measure = (text: string, i: number, bold: boolean) => {
      least[i] = Math.max(least[i]!, Math.min(this.widestWord(text, bold) + 2 * PAD + 1, available / 2));
      this.doc.font(bold ? TABLE_BOLD : TABLE).fontSize(TYPE.small);
      natural[i] = Math.max(natural[i]!, Math.min(this.doc.widthOfString(text) + 2 * PAD + 1, available));
    };
    spec.header.forEach((text, i) => {
      if (!(spec.turnedHeader && i > 0)) measure(text, i, true);
      // A turned header needs a column as wide as two of its lines.
      else least[i] = Math.max(least[i]!, 2.4 * TYPE.small + 2 * PAD);
    });
    for (const row of spec.rows) row.forEach((cell, i) => measure(textOf(cell), i, false));
    if (spec.turnedHeader) {
      // The first column names the rows; the others share the rest equally, as a grid.
      const first = Math.min(natural[0]!, available * 0.3);
      const rest = Math.max(...least.slice(1), (available - first) / (columns - 1));
      return [Math.max(least[0]!, available - rest * (columns - 1)), ...least.slice(1).map(() => rest)];
    }
    const sumLeast = least.reduce((a, b) => a + b, 0);
    if (sumLeast >= available) return least.map((w) => (w * available) / sumLeast);
    const sumNatural = natural.reduce((a, b) => a + b, 0);
    if (sumNatural <= available) {
      // A table of short figures stays narrow: stretched only to about half the line.
      const spare = Math.max(
        0,
        Math.min(available, Math.max(sumNatural * 1.25, available * 0.55)) - sumNatural,
      );
      return natural.map((w) => w + (spare * w) / sumNatural);
    }
    const wants = natural.map((w, i) => Math.max(0, w - least[i]!));
    const sumWants = wants.reduce((a, b) => a + b, 0);
    return least.map((w, i) => w + ((available - sumLeast) * wants[i]!) / sumWants);
  }

  private rowHeight(cells: Cell[], widths: number[], bold: boolean): number {
    this.doc.font(bold ? TABLE_BOLD : TABLE).fontSize(TYPE.small);
    let height = 0;
    cells.forEach((cell, i) => {
      const text = textOf(cell);
      const h =
        text === ''
          ? this.doc.currentLineHeight(true)
          : this.doc.heightOfString(text, { width: widths[i]! - 2 * PAD });
      height = Math.max(height, h);
    });
    return height + 2 * PAD;
  }

  /** How tall a turned header row must be for every name to fit its column in whole words. */
  private turnedHeaderHeight(header: string[], widths: number[]): number {
    this.doc.font(TABLE_BOLD).fontSize(TYPE.small);
    const turned = header.slice(1);
    let height = Math.max(40, ...turned.map((text) => this.widestWord(text, true) + 2 * PAD + 2));
    const fits = (h: number) =>
      turned.every(
        (text, i) => this.doc.heightOfString(text, { width: h - 2 * PAD }) <= widths[i + 1]! - 2 * PAD,
      );
    while (!fits(height) && height < 260) height += 10;
    return Math.max(height, this.rowHeight([header[0] ?? ''], [widths[0]!], true));
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /** Writes the table of contents on the pages reserved for it after the cover, linking each entry to its section. */
  writeToc(firstPage: number, title: string): void {
    this.doc.switchToPage(firstPage);
    const toc = this.doc.struct('TOC');
    this.root.add(toc);
    this.doc.font(BOLD).fontSize(TYPE.h1).fillColor(INK);
    this.doc.text(`${title} `, MARGINS.left, MARGINS.top, {
      structParent: toc,
      structType: 'Caption',
    } as TextOptions);
    this.doc.moveDown(0.6);
    let page = firstPage;
    for (const entry of this.toc) {
      if (this.doc.y + 16 > this.bottom) {
        page += 1;
        this.doc.switchToPage(page);
        this.doc.y = MARGINS.top;
      }
      const indent = (entry.level - 1) * 16;
      this.doc.font(entry.level === 1 ? BOLD : BODY).fontSize(TYPE.body);
      const item = this.doc.struct('TOCI');
      toc.add(item);
      const content = this.doc.markStructureContent('Link');
      item.add(content);
      const y = this.doc.y;
      this.doc.text(`${entry.title} `, MARGINS.left + indent, y, {
        width: this.width - indent - 40,
        goTo: entry.destination,
        lineBreak: false,
        ellipsis: true,
      });
      this.doc.text(`${entry.page} `, MARGINS.left, y, {
        width: this.width,
        align: 'right',
        goTo: entry.destination,
        lineBreak: false,
      });
      this.doc.endMarkedContent();
      item.end();
      this.doc.y = y + this.doc.currentLineHeight(true) + 3;
    }
    toc.end();
  }

  /** How many pages a table of contents of `entries` lines takes. */
  static tocPages(entries: number): number {
    const perPage = Math.floor((842 - MARGINS.top - MARGINS.bottom - 40) / 15);
    return Math.max(1, Math.ceil(entries / perPage));
  }

  /**
   * Page numbers on every page but the cover and, on a working version, its mark at the top of every page: both are
   * pagination artifacts, outside the structure tree.
   */
  writePageFurniture(format: (page: number, pages: number) => string, mark: string | null): void {
    const { count } = this.doc.bufferedPageRange();
    for (let i = 0; i < count; i += 1) {
      this.doc.switchToPage(i);
      const { width, height } = this.doc.page;
      // Furniture sits in the margins; without lifting them, pdfkit would start a new page for it.
      const margins = { ...this.doc.page.margins };
      this.doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      if (mark) {
        this.doc.markContent('Artifact', { type: 'Pagination', subtype: 'Header' } as never);
        this.doc
          .save()
          .rect(0, 0, width, 30)
          .fill('#fde2c4')
          .restore()
          .font(BOLD)
          .fontSize(TYPE.small)
          .fillColor('#5c2a00')
          .text(mark, MARGINS.left, 11, {
            width: width - MARGINS.left - MARGINS.right,
            align: 'center',
            lineBreak: false,
          });
        this.doc.endMarkedContent();
      }
      if (i > 0) {
        this.doc.markContent('Artifact', { type: 'Pagination', subtype: 'Footer' } as never);
        this.doc
          .font(BODY)
          .fontSize(TYPE.small)
          .fillColor(MUTED)
          .text(format(i + 1, count), MARGINS.left, height - 42, {
            width: width - MARGINS.left - MARGINS.right,
            align: 'right',
            lineBreak: false,
          });
        this.doc.endMarkedContent();
      }
      this.doc.page.margins = margins;
    }
    this.doc.fillColor(INK);
  }

  end(): void {
    this.endSection();
    this.root.end();
    this.doc.end();
  }
}
