import type { Report } from './report.entity';
import { StoredReportView, toStoredReportView } from './stored-report';

export interface ReportView extends StoredReportView {
  roundId: string;
}

/** The name of an export made before names were kept. */
export function earlierReportFileName(report: Report): string {
  return `lagesbild-${report.countyCode}-${report.createdAt.toISOString().slice(0, 10)}-${report.id.slice(0, 8)}.${report.format}`;
}

export function toReportView(report: Report): ReportView {
  return {
    ...toStoredReportView(report, earlierReportFileName(report), `/api/reports/${report.id}/download`),
    roundId: report.roundId,
  };
}
