import type { ReportFormat } from './report-format';
import { Column, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';

/**
 * The columns of every stored export, a county's or a national one. Neither the record nor its file ever changes; a
 * new export is a new record.
 */
export abstract class StoredReport {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 4 })
  format!: ReportFormat;

  @Column({ type: 'varchar', length: 10 })
  include!: 'approved' | 'submitted';

  @Column({ type: 'varchar', length: 2 })
  language!: 'sv' | 'en';

  /** Path of the file below REPORTS_DIR. */
  @Column({ name: 'file_path', type: 'varchar', length: 200 })
  filePath!: string;

  /** The name the file is downloaded under: county, round, basis and date; null for exports made before it was kept. */
  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** Hash of the picture the file was drawn from: equal for exports of unchanged data. */
  @Column({ name: 'snapshot_hash', type: 'varchar', length: 64 })
  snapshotHash!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}

export interface StoredReportView {
  id: string;
  format: ReportFormat;
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

/**
 * What every stored export shows of itself, with its file name and where to download it; `earlierName` names the file
 * of an export made before names were kept.
 */
export function toStoredReportView(
  report: StoredReport,
  earlierName: string,
  downloadUrl: string,
): StoredReportView {
  return {
    id: report.id,
    format: report.format,
    include: report.include,
    language: report.language,
    fileName: report.fileName ?? earlierName,
    byteSize: report.byteSize,
    sha256: report.sha256,
    snapshotHash: report.snapshotHash,
    createdBy: report.createdBy,
    createdAt: report.createdAt.toISOString(),
    downloadUrl,
  };
}
