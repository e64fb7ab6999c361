import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Block, Cover, ReportDocument } from '../document/report-document';
import { fill } from '../report-texts';
import { TaggedPdf, TYPE } from './tagged-pdf';

const WARNING = { fill: '#fff4e5', rule: '#b35900' };
const FINDINGS = { fill: '#eef3f8', rule: '#1f4e79' };

/** Draws a report document as a tagged PDF: the cover, the table of contents, then every block in order. */
export async function renderPdf(document: ReportDocument, out: Writable): Promise<void> {
  const pdf = new TaggedPdf(out, { title: document.title, subject: document.subject, lang: document.locale });
  const done = finished(out);
  drawCover(pdf, document.cover);
  const entries = document.blocks.filter(
    (b) => b.kind === 'heading' && b.level <= document.contents.depth,
  ).length;
  const tocPages = TaggedPdf.tocPages(entries);
  for (let i = 0; i < tocPages; i += 1) pdf.newPage('portrait');
  pdf.newPage('portrait');
  let level = 1;
  let fresh = true;
  for (const block of document.blocks) {
    if (block.kind === 'heading') level = block.level;
    fresh = drawBlock(pdf, block, level, document.contents.depth, fresh);
  }
  pdf.endSection();
  pdf.writeToc(1, document.contents.title);
  pdf.writePageFurniture((page, pages) => fill(document.pageLabel, { page, pages }), document.mark);
  pdf.end();
  await done;
}

function drawCover(pdf: TaggedPdf, cover: Cover): void {
  const { doc } = pdf;
  doc.moveDown(5);
  pdf.paragraph(cover.kicker, { size: 14, color: '#1f4e79' });
  pdf.paragraph(cover.title, { size: 26, bold: true });
  doc.moveDown(1);
  for (const fact of cover.facts) pdf.labelled(fact.label, fact.value, { size: TYPE.lead });
  if (cover.warning) {
    doc.moveDown(1);
    const height = pdf.heightOf(cover.warning, 12, true);
    pdf.boxed(height, WARNING, () =>
      pdf.paragraph(cover.warning!, { size: 12, bold: true, color: '#5c2a00' }),
    );
  }
}

/**
 * Draws one block; returns whether the page is still empty (a `page` block right after another, or right after the
 * start, adds no blank page).
 */
function drawBlock(pdf: TaggedPdf, block: Block, level: number, tocDepth: number, fresh: boolean): boolean {
  switch (block.kind) {
    case 'page':
      if (!fresh) pdf.newPage(block.orientation);
      else if (pdf.doc.page.width > pdf.doc.page.height !== (block.orientation === 'landscape'))
        pdf.newPage(block.orientation);
      return true;
    case 'heading':
      pdf.heading(block.level, block.text, tocDepth);
      break;
    case 'paragraph':
      pdf.paragraph(block.text, {
        size: block.tone === 'lead' ? TYPE.lead : block.tone === 'note' ? TYPE.small : TYPE.body,
        bold: block.tone === 'strong',
        color: block.tone === 'note' ? '#444444' : undefined,
      });
      break;
    case 'findings': {
      const headingLevel = Math.min(level + 1, 3) as 2 | 3;
      const height =
        pdf.heightOf(block.title, TYPE.h3, true) +
        block.items.reduce(
          (sum, item) => sum + pdf.heightOf(`${item.label}: ${item.text}`, TYPE.body) + 4,
          0,
        ) +
        pdf.heightOf(block.note, TYPE.small) +
        30;
      pdf.boxed(height, FINDINGS, () => {
        pdf.heading(headingLevel, block.title, 0);
        for (const item of block.items) pdf.labelled(item.label, item.text);
        pdf.paragraph(block.note, { size: TYPE.small, color: '#444444' });
      });
      break;
    }
    case 'table':
      pdf.table(block);
      break;
    case 'figure':
      // The caption goes with its chart: to the next page too, when the chart does not fit under it.
      pdf.ensureSpace(pdf.heightOf(block.caption, TYPE.small, true) + block.height + 10);
      pdf.paragraph(block.caption, { size: TYPE.small, bold: true });
      pdf.figure(block.svg, block.alt, block.width, block.height);
      break;
    case 'quote':
      pdf.quote(block.text, block.source);
      break;
  }
  return false;
}
