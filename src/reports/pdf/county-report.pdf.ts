import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { CountyPicture } from '../../county-picture/county-picture.model';
import { fill, ReportTexts } from '../report-texts';
import { drawCounty } from './county-sections';
import { TaggedPdf } from './tagged-pdf';

/** Draws the county picture as the Government report's PDF. */
export async function renderCountyPdf(
  picture: CountyPicture,
  texts: ReportTexts,
  generatedAt: Date,
  out: Writable,
): Promise<void> {
  const title = `${texts.title}: ${picture.round.countyName}`;
  const pdf = new TaggedPdf(out, { title, subject: picture.round.title, lang: texts.locale });
  const done = finished(out);
  // The table of contents goes on page 2, written once every section's page is known.
  drawCounty(pdf, picture, texts, generatedAt, () => {
    pdf.newPage();
    pdf.newPage();
  });
  pdf.writeToc(1, texts.toc);
  pdf.writePageNumbers((page, pages) => fill(texts.page, { page, pages }));
  pdf.end();
  await done;
}

/**
 * Draws the pictures of many counties as one PDF, each county a chapter that starts with its own cover; the bookmarks
 * lead to every county and section. Pictures are taken one at a time, so that only the one being drawn is in memory.
 */
export async function renderCompilationPdf(
  pictures: Iterable<CountyPicture> | AsyncIterable<CountyPicture>,
  texts: ReportTexts,
  generatedAt: Date,
  out: Writable,
  heading: string,
): Promise<void> {
  const pdf = new TaggedPdf(out, {
    title: `${texts.title}: ${heading}`,
    subject: heading,
    lang: texts.locale,
  });
  const done = finished(out);
  compilationCover(pdf, texts.title, heading, generatedAt, texts);
  for await (const picture of pictures) {
    pdf.newPage();
    drawCounty(pdf, picture, texts, generatedAt, () => pdf.newPage());
  }
  pdf.writePageNumbers((page, pages) => fill(texts.page, { page, pages }));
  pdf.end();
  await done;
}

function compilationCover(
  pdf: TaggedPdf,
  title: string,
  heading: string,
  generatedAt: Date,
  texts: ReportTexts,
): void {
  pdf.doc.moveDown(6);
  pdf.paragraph(title, { size: 24, bold: true });
  pdf.paragraph(heading, { size: 18 });
  pdf.paragraph(fill(texts.coverLines.generated, { date: generatedAt.toISOString().slice(0, 10) }), {
    size: 10,
    color: '#444444',
  });
}
