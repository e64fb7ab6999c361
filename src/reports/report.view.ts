import type { Report } from './report.entity';

export const REPORT_CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface ReportView {
  id: string;
  roundId: string;
  format: 'pdf' | 'xlsx';
  include: 'approved' | 'submitted';
  language: 'sv' | 'en';
  fileName: string;
  byteSize: number;
  sha256: string;
  snapshotHash: string;
  createdBy: string;
  createdAt: string;
  downloadUrl: string;
}

export function reportFileName(report: Report): string {
  return `lagesbild-${report.countyCode}-${report.createdAt.toISOString().slice(0, 10)}-${report.id.slice(0, 8)}.${report.format}`;
}

export function toReportView(report: Report): ReportView {
  return {
    id: report.id,
    roundId: report.roundId,
    format: report.format,
    include: report.include,
    language: report.language,
    fileName: reportFileName(report),
    byteSize: report.byteSize,
    sha256: report.sha256,
    snapshotHash: report.snapshotHash,
    createdBy: report.createdBy,
    createdAt: report.createdAt.toISOString(),
    downloadUrl: `/api/reports/${report.id}/download`,
  };
}
