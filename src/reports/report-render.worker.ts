import type { ReportFormat } from './report-format';
import type { CountyPicture } from '../county-picture/county-picture.model';
import { countyDocument } from './document/county-document';
import { loadReportTexts, ReportLanguage } from './report-texts';
import { writeReportDocument } from './write-report';
import { forumDocument, ForumReportInput } from './document/forum-document';
import { registerDocument } from './document/register-document';
import type { RiskRegister } from '../risk-register/risk-register.model';

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
  if (task.format === 'xlsx') {
    const { renderCountyXlsx } = await import('./xlsx/county-report.xlsx');
    return renderCountyXlsx(task.picture, texts, task.snapshotHash, task.file);
  }
  await writeReportDocument(task.format, countyDocument(task.picture, texts, task.generatedAt), task.file);
}

export interface ForumReportTask {
  format: 'pdf' | 'docx';
  input: ForumReportInput;
  language: ReportLanguage;
  generatedAt: Date;
  file: string;
}

export interface RegisterReportTask {
  format: ReportFormat;
  register: RiskRegister;
  language: ReportLanguage;
  generatedAt: Date;
  file: string;
}

/** Draws a municipality's social-risk register in a worker thread: PDF, Word or workbook. */
export async function renderRegisterReport(task: RegisterReportTask): Promise<void> {
  const texts = loadReportTexts(task.language);
  if (task.format === 'xlsx') {
    const { renderRegisterXlsx } = await import('./xlsx/register-workbook');
    return renderRegisterXlsx(task.register, texts, task.file);
  }
  await writeReportDocument(task.format, registerDocument(task.register, texts, task.generatedAt), task.file);
}

/** Draws a dialogue forum's own report in a worker thread. */
export async function renderForumReport(task: ForumReportTask): Promise<void> {
  const document = forumDocument(task.input, loadReportTexts(task.language), task.generatedAt);
  await writeReportDocument(task.format, document, task.file);
}
