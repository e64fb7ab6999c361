import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  ISectionOptions,
  Packer,
  PageNumber,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextDirection,
  TextRun,
  WidthType,
} from 'docx';
import { writeFile } from 'node:fs/promises';
import type { Block, Cell, Cover, ReportDocument, Table as TableBlock } from '../document/report-document';
import { columnWidths, PAD, textOf, turnedHeaderHeight } from '../document/table-layout';
import { chartPng, pixels } from '../chart-png';
import { fontMeasure, TYPE } from '../fonts';

/** Word measures type in half points. */
const half = (points: number) => points * 2;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const HEADER_FILL = 'E8EEF5';
const FINDINGS_FILL = 'EEF3F8';
const WARNING_FILL = 'FFF4E5';
const MUTED = '444444';

const fillOf = (cell: Cell) => (typeof cell === 'string' ? undefined : cell.fill?.replace('#', ''));

function cover(cover: Cover): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 2400 },
      children: [new TextRun({ text: cover.kicker, size: half(14), color: '1F4E79' })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: cover.title })] }),
    ...cover.facts.map(
      (fact) =>
        new Paragraph({
          children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun({ text: fact.value })],
        }),
    ),
    ...(cover.warning
      ? [
          new Paragraph({
            spacing: { before: 400 },
            shading: { type: ShadingType.CLEAR, fill: WARNING_FILL, color: 'auto' },
            border: {
              top: rule('B35900'),
              bottom: rule('B35900'),
              left: rule('B35900'),
              right: rule('B35900'),
            },
            children: [new TextRun({ text: cover.warning, bold: true, color: '5C2A00' })],
          }),
        ]
      : []),
  ];
}

const rule = (color: string) => ({ style: 'single' as const, size: 6, color, space: 4 });

/** The text width of an A4 page with Word's default margins of an inch, in points. */
const TEXT_WIDTH = { portrait: (11906 - 2880) / 20, landscape: (16838 - 2880) / 20 } as const;
const twips = (points: number) => Math.round(points * 20);

/** A table laid out as the PDF's: each column at least as wide as its longest word, the header row repeated. */
function table(spec: TableBlock, available: number): Table {
  const measure = fontMeasure(TYPE.small);
  const widths = columnWidths(spec, available, measure);
  const headerHeight = spec.turnedHeader ? turnedHeaderHeight(spec.header, widths, measure) : 0;
  const cell = (
    text: string,
    i: number,
    options: { header: boolean; right: boolean; fill?: string; turned?: boolean },
  ) =>
    new TableCell({
      width: { size: twips(widths[i]!), type: WidthType.DXA },
      shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
      textDirection: options.turned ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
      children: [
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: options.header, size: half(TYPE.small) })],
        }),
      ],
    });
  const numeric = (i: number) => spec.numeric?.includes(i) ?? false;
  return new Table({
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    layout: TableLayoutType.FIXED,
    margins: { top: twips(PAD / 2), bottom: twips(PAD / 2), left: twips(PAD), right: twips(PAD) },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        height: spec.turnedHeader ? { value: twips(headerHeight), rule: 'atLeast' } : undefined,
        children: spec.header.map((text, i) =>
          cell(text, i, {
            header: true,
            right: numeric(i),
            fill: HEADER_FILL,
            turned: spec.turnedHeader && i > 0,
          }),
        ),
      }),
      ...spec.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) =>
              cell(textOf(c), i, { header: false, right: numeric(i), fill: fillOf(c) }),
            ),
          }),
      ),
    ],
  });
}

type Child = Paragraph | Table | TableOfContents;

function block(block: Block, level: number, available: number): Child[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[block.level - 1], children: [new TextRun({ text: block.text })] }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: [
            new TextRun({
              text: block.text,
              bold: block.tone === 'strong',
              size: half(block.tone === 'note' ? TYPE.small : block.tone === 'lead' ? TYPE.lead : TYPE.body),
              color: block.tone === 'note' ? MUTED : undefined,
            }),
          ],
        }),
      ];
    case 'findings': {
      const shading = { type: ShadingType.CLEAR, fill: FINDINGS_FILL, color: 'auto' } as const;
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(level, 2)],
          children: [new TextRun({ text: block.title })],
        }),
        ...block.items.map(
          (item) =>
            new Paragraph({
              shading,
              children: [
                new TextRun({ text: `${item.label}: `, bold: true }),
                new TextRun({ text: item.text }),
              ],
            }),
        ),
        new Paragraph({
          shading,
          children: [new TextRun({ text: block.note, size: half(TYPE.small), color: MUTED })],
        }),
      ];
    }
    case 'table':
      return [table(block, available), new Paragraph({})];
    case 'figure':
      return [
        new Paragraph({
          keepNext: true,
          children: [new TextRun({ text: block.caption, bold: true, size: half(TYPE.small) })],
        }),
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: chartPng(block),
              transformation: { width: pixels(block.width), height: pixels(block.height) },
              altText: { name: block.caption, title: block.caption, description: block.alt },
            }),
          ],
        }),
      ];
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 400 },
          children: [new TextRun({ text: `”${block.text}” (${block.source})`, color: '333333' })],
        }),
      ];
    case 'page':
      return [];
  }
}

/** "Sida {page} av {pages}" with Word's own page fields in place of the placeholders. */
function pageLabel(label: string): TextRun {
  const parts = label.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  return new TextRun({
    size: half(TYPE.small),
    color: MUTED,
    children: parts.map((p) =>
      p === '{page}' ? PageNumber.CURRENT : p === '{pages}' ? PageNumber.TOTAL_PAGES : p,
    ),
  });
}

/**
 * Draws a report document as a Word file of the same content as its PDF: Word's own heading styles (so that its table
 * of contents works), tables whose header row repeats on every page, charts as images with alternative text, and
 * the working-version mark in the header of every page. A county board can apply its own template and go on editing.
 */
export async function renderDocx(document: ReportDocument, file: string): Promise<void> {
  const header = document.mark
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            shading: { type: ShadingType.CLEAR, fill: 'FDE2C4', color: 'auto' },
            children: [
              new TextRun({ text: document.mark, bold: true, size: half(TYPE.small), color: '5C2A00' }),
            ],
          }),
        ],
      })
    : undefined;
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [pageLabel(document.pageLabel)] })],
  });
  const section = (orientation: 'portrait' | 'landscape', children: Child[]): ISectionOptions => ({
    properties: {
      page: {
        size: {
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
      },
    },
    headers: header ? { default: header } : undefined,
    footers: { default: footer },
    children,
  });
  const sections: ISectionOptions[] = [section('portrait', cover(document.cover))];
  let orientation: 'portrait' | 'landscape' = 'portrait';
  let children: Child[] = [
    new Paragraph({
      children: [new TextRun({ text: document.contents.title, bold: true, size: half(TYPE.h1) })],
    }),
    new TableOfContents(document.contents.title, {
      hyperlink: true,
      headingStyleRange: `1-${document.contents.depth}`,
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  let level = 1;
  for (const b of document.blocks) {
    if (b.kind === 'page') {
      if (children.length > 0) sections.push(section(orientation, children));
      children = [];
      orientation = b.orientation;
      continue;
    }
    if (b.kind === 'heading') level = b.level;
    children.push(...block(b, level, TEXT_WIDTH[orientation]));
  }
  if (children.length > 0) sections.push(section(orientation, children));
  const doc = new Document({
    title: document.title,
    subject: document.subject,
    creator: 'Lägesbild',
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: half(TYPE.body), language: { value: document.locale } },
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    sections,
  });
  await writeFile(file, await Packer.toBuffer(doc));
}
