import type { ReportFormat } from './report-format';
import { createWriteStream } from 'node:fs';
import type { CountyPicture } from '../county-picture/county-picture.model';
import { countyDocument } from './document/county-document';
import { renderDocx } from './docx/docx-document';
import { renderPdf } from './pdf/pdf-document';
import { loadReportTexts, ReportLanguage } from './report-texts';
import { renderCountyXlsx } from './xlsx/county-report.xlsx';

export interface CountyReportTask {
  format: ReportFormat;
  picture: CountyPicture;
  snapshotHash: string;
  language: ReportLanguage;
  generatedAt: Date;
  /** Where the file is written. */
  file: string;
}

/** Draws a county report in a worker thread, so that the event loop keeps serving while it is drawn. */
export async function renderCountyReport(task: CountyReportTask): Promise<void> {
  const texts = loadReportTexts(task.language);
  if (task.format === 'xlsx') return renderCountyXlsx(task.picture, texts, task.snapshotHash, task.file);
  const document = countyDocument(task.picture, texts, task.generatedAt);
  if (task.format === 'pdf') await renderPdf(document, createWriteStream(task.file));
  else await renderDocx(document, task.file);
}
