import type { Report } from './report.entity';
import { StoredReportView, toStoredReportView } from './stored-report';

export const REPORT_CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface ReportView extends StoredReportView {
  roundId: string;
}

export function reportFileName(report: Report): string {
  return `lagesbild-${report.countyCode}-${report.createdAt.toISOString().slice(0, 10)}-${report.id.slice(0, 8)}.${report.format}`;
}

export function toReportView(report: Report): ReportView {
  return {
    ...toStoredReportView(report, reportFileName(report), `/api/reports/${report.id}/download`),
    roundId: report.roundId,
  };
}
