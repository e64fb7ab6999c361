import type { ReportFormat } from '../reports/report-format';
import type { CountyPicture } from '../county-picture/county-picture.model';
import { loadReportTexts, ReportLanguage } from '../reports/report-texts';
import type { NationalPicture } from './national-picture';
import { renderNationalReport } from './national-report';

export interface NationalReportTask {
  format: ReportFormat;
  national: NationalPicture;
  counties: CountyPicture[];
  language: ReportLanguage;
  generatedAt: Date;
  file: string;
}

/** Draws a national compilation in a worker thread of the report renderer. */
export async function renderNationalReportTask(task: NationalReportTask): Promise<void> {
  await renderNationalReport(
    task.format,
    task.national,
    task.counties,
    loadReportTexts(task.language),
    task.generatedAt,
    task.file,
  );
}
