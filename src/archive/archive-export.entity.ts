import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';

export const ARCHIVE_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ArchiveExportStatus = (typeof ARCHIVE_EXPORT_STATUSES)[number];

/** An export of every submitted assessment of a county, or of the whole country, as one workbook written in the background. */
@Entity('archive_export')
export class ArchiveExport {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** The county exported; null for the whole country. */
  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2, nullable: true })
  countyCode!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: ArchiveExportStatus;

  /** Steps of the job: each sheet reads every round once, so sheets × rounds. */
  @Column({ name: 'steps_total', type: 'integer' })
  stepsTotal!: number;

  @Column({ name: 'steps_done', type: 'integer' })
  stepsDone!: number;

  @Column({ name: 'rows_written', type: 'integer' })
  rowsWritten!: number;

  /** Path of the finished file below REPORTS_DIR. */
  @Column({ name: 'file_path', type: 'varchar', length: 200, nullable: true })
  filePath!: string | null;

  @Column({ name: 'byte_size', type: 'integer', nullable: true })
  byteSize!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'requested_by', type: 'varchar', length: 36 })
  requestedBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
