import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Round } from '../rounds/round.entity';

/** A stored export. Neither the record nor its file ever changes; a new export is a new report. */
@Entity('report')
export class Report {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 4 })
  format!: 'pdf' | 'xlsx';

  @Column({ type: 'varchar', length: 10 })
  include!: 'approved' | 'submitted';

  @Column({ type: 'varchar', length: 2 })
  language!: 'sv' | 'en';

  /** Path of the file below REPORTS_DIR. */
  @Column({ name: 'file_path', type: 'varchar', length: 200 })
  filePath!: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** Hash of the county picture the file was drawn from: equal for exports of unchanged data. */
  @Column({ name: 'snapshot_hash', type: 'varchar', length: 64 })
  snapshotHash!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
