import { createWriteStream } from 'node:fs';
import type { ReportDocument } from './document/report-document';

/**
 * Writes a report document as a PDF or a Word file, loading only that format's writer: a rendering thread that draws
 * a PDF does not hold the Word library too.
 */
export async function writeReportDocument(
  format: 'pdf' | 'docx',
  document: ReportDocument,
  file: string,
): Promise<void> {
  if (format === 'pdf') {
    const { renderPdf } = await import('./pdf/pdf-document');
    await renderPdf(document, createWriteStream(file));
  } else {
    const { renderDocx } = await import('./docx/docx-document');
    await renderDocx(document, file);
  }
}
