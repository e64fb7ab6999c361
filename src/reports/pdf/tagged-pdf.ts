import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Writable } from 'node:stream';

const FONT_DIR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');
/**
 * Fonts are named by their paths, not registered under short names: pdfkit 0.20's tables restore the font they
 * changed by its path, and a registered name would make every table cell load and parse the font file again.
 */
const BODY = `${FONT_DIR}DejaVuSans.ttf`;
const BOLD = `${FONT_DIR}DejaVuSans-Bold.ttf`;

export interface TocEntry {
  level: 1 | 2;
  title: string;
  destination: string;
  page: number;
}

type Cell = string | { text: string; type?: 'TH' | 'TD'; scope?: 'column' | 'row'; backgroundColor?: string };

/**
 * A tagged (PDF/UA) A4 document with an embedded open font: headings, paragraphs, tables with header cells and
 * figures with alternative text each go into the structure tree, in reading order; page furniture is an artifact.
 */
export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private section: PDFKit.PDFStructureElement;
  private outlineParent: PDFKit.PDFOutline | null = null;
  readonly toc: TocEntry[] = [];
  private destinations = 0;

  constructor(out: Writable, meta: { title: string; subject: string; lang: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 60, bottom: 70, left: 60, right: 60 },
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
    this.doc.addPage();
    this.doc.font(BODY).fontSize(10);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a page if less than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  /** Opens a section with its heading, a bookmark and a table-of-contents entry. */
  openSection(level: 1 | 2, title: string): void {
    if (level === 1) {
      this.section = this.doc.struct('Sect');
      this.root.add(this.section);
    }
    // Keep a heading with what follows it: the first lines, and for a risk area its chart.
    this.ensureSpace(level === 1 ? 120 : 200);
    const destination = `s${(this.destinations += 1)}`;
    this.doc.addNamedDestination(destination, 'XYZ', this.left, this.doc.y, null);
    this.toc.push({
      level,
      title,
      destination,
      page: this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count,
    });
    const item =
      level === 1 || !this.outlineParent
        ? this.doc.outline.addItem(title)
        : this.outlineParent.addItem(title);
    if (level === 1) this.outlineParent = item;
    this.doc.moveDown(level === 1 ? 0.5 : 0.8);
    this.doc
      .font(BOLD)
      .fontSize(level === 1 ? 18 : 13)
      .text(`${title} `, this.left, this.doc.y, {
        structParent: this.section,
        structType: level === 1 ? 'H1' : 'H2',
      } as PDFKit.Mixins.TextOptions);
    this.doc.font(BODY).fontSize(10).moveDown(0.4);
  }

  endSection(): void {
    if (this.section !== this.root) this.section.end();
    this.section = this.root;
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; italic?: boolean; color?: string } = {},
  ): void {
    this.doc
      .font(options.bold ? BOLD : BODY)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? '#1b1b1b')
      .text(`${text} `, this.left, this.doc.y, {
        width: this.width,
        structParent: this.section,
        structType: 'P',
      } as PDFKit.Mixins.TextOptions);
    this.doc.fillColor('#1b1b1b').font(BODY).fontSize(10).moveDown(0.5);
  }

  quote(text: string, source: string): void {
    this.doc
      .font(BODY)
      .fontSize(9.5)
      .fillColor('#333333')
      .text(`”${text}” (${source}) `, this.left + 16, this.doc.y, {
        width: this.width - 16,
        structParent: this.section,
        structType: 'BlockQuote',
      } as PDFKit.Mixins.TextOptions);
    this.doc.fillColor('#1b1b1b').fontSize(10).moveDown(0.4);
  }

  /** A table whose first row holds column headers (TH with column scope). */
  table(
    header: string[],
    rows: Cell[][],
    options: { widths?: (number | string)[]; fontSize?: number } = {},
  ): void {
    const size = options.fontSize ?? 9;
    this.ensureSpace(40);
    const headerRow: Cell[] = header.map((text) => ({
      text,
      type: 'TH',
      scope: 'column',
      backgroundColor: '#e8eef5',
    }));
    this.doc.font(BODY).fontSize(size);
    this.doc.table({
      structParent: this.section,
      position: { x: this.left, y: this.doc.y },
      maxWidth: this.width,
      columnStyles: options.widths ?? header.map(() => '*'),
      defaultStyle: { padding: 3, border: 0.5, borderColor: '#8a8a8a', font: { src: BODY, size } },
      data: [headerRow, ...rows],
    } as unknown as PDFKit.Mixins.TableOptionsWithData);
    this.doc.fontSize(10).moveDown(0.6);
    this.doc.x = this.left;
  }

  /** A vector chart from SVG, with alternative text for screen readers. */
  figure(svg: string, alt: string, height: number): void {
    this.ensureSpace(height + 10);
    const figure = this.doc.struct('Figure', { alt });
    this.section.add(figure);
    const content = this.doc.markStructureContent('Figure');
    figure.add(content);
    SVGtoPDF(this.doc, svg, this.left, this.doc.y, { fontCallback: () => BODY, assumePt: true });
    this.doc.endMarkedContent();
    figure.end();
    this.doc.y += height + 6;
    this.doc.x = this.left;
  }

  /** Writes the table of contents on a page reserved for it, linking each entry to its section. */
  writeToc(page: number, title: string): void {
    this.doc.switchToPage(page);
    const toc = this.doc.struct('TOC');
    this.root.add(toc);
    this.doc.font(BOLD).fontSize(18);
    this.doc.text(`${title} `, this.left, this.doc.page.margins.top, {
      structParent: toc,
      structType: 'Caption',
    } as PDFKit.Mixins.TextOptions);
    this.doc.moveDown(0.6);
    for (const entry of this.toc) {
      const indent = entry.level === 1 ? 0 : 16;
      this.doc.font(entry.level === 1 ? BOLD : BODY).fontSize(entry.level === 1 ? 11 : 10);
      const item = this.doc.struct('TOCI');
      toc.add(item);
      const content = this.doc.markStructureContent('Span');
      item.add(content);
      const y = this.doc.y;
      this.doc.text(`${entry.title} `, this.left + indent, y, {
        width: this.width - indent - 40,
        goTo: entry.destination,
        lineBreak: false,
        ellipsis: true,
      });
      this.doc.text(`${entry.page} `, this.left, y, {
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

  /** Page numbers on every page but the cover, marked as pagination artifacts. */
  writePageNumbers(format: (page: number, pages: number) => string): void {
    const { count } = this.doc.bufferedPageRange();
    for (let i = 1; i < count; i += 1) {
      this.doc.switchToPage(i);
      // The footer sits in the bottom margin; without lifting it, pdfkit would start a new page for it.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc
        .font(BODY)
        .fontSize(8.5)
        .fillColor('#444444')
        .text(format(i + 1, count), this.left, this.doc.page.height - 45, {
          width: this.width,
          align: 'right',
          lineBreak: false,
        });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.fillColor('#1b1b1b');
  }

  end(): void {
    this.root.end();
    this.doc.end();
  }
}
