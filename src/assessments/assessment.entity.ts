import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Municipality } from '../geography/municipality.entity';
import { Round } from '../rounds/round.entity';
import { AssessmentDocument } from './assessment-document';
import type { SectionsMeta } from './sections';
import { AssessmentStatus } from './workflow';

@Entity('assessment')
@Unique('UQ_assessment_round_municipality', ['roundId', 'municipalityCode'])
export class Assessment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Index()
  @Column({ name: 'municipality_code', type: 'varchar', length: 4 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 12 })
  status!: Exclude<AssessmentStatus, 'not_started'>;

  /** Increases with every save and transition; a write must carry the version it read. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'simple-json' })
  document!: AssessmentDocument;

  /** Each section's version, its last author and whether it is complete; a section save carries its version. */
  @Column({ type: 'simple-json', default: '{}' })
  sections!: SectionsMeta;

  @Column({ type: 'boolean' })
  late!: boolean;

  @InstantColumn({ name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;
}
