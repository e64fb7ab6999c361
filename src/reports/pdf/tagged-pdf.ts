import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Writable } from 'node:stream';
import type { Table } from '../document/report-document';
import { FONTS, TYPE } from '../fonts';
import { CompactPages } from './compact-pages';
import { drawTable } from './pdf-table';

export { TYPE };

const { body: BODY, bold: BOLD } = FONTS;

const INK = '#1b1b1b';
const MUTED = '#444444';
const MARGINS = { top: 60, bottom: 64, left: 60, right: 60 };

export interface TocEntry {
  level: number;
  title: string;
  destination: string;
  page: number;
}

type Struct = PDFKit.PDFStructureElement;
type TextOptions = PDFKit.Mixins.TextOptions;

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
  private readonly pages: CompactPages;

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
    this.pages = new CompactPages(this.doc);
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

  /** A table: see `drawTable`. */
  table(spec: Table): void {
    drawTable(
      {
        doc: this.doc,
        section: this.section,
        left: MARGINS.left,
        width: this.width,
        top: MARGINS.top,
        bottom: this.bottom,
        newPage: () => this.newPage(),
        artifact: (draw) => this.artifact(draw),
      },
      spec,
    );
    this.doc.font(BODY).fontSize(TYPE.body).fillColor(INK);
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /** Writes the table of contents on the pages reserved for it after the cover, linking each entry to its section. */
  writeToc(firstPage: number, title: string): void {
    this.pages.reopen(firstPage);
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
        this.pages.reopen(page);
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
      this.pages.reopen(i);
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
