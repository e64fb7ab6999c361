import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Municipality } from '../geography/municipality.entity';
import { Organisation } from '../geography/organisation.entity';
import { Round } from '../rounds/round.entity';
import { AssessmentDocument } from './assessment-document';
import type { SectionsMeta } from './sections';
import { AssessmentStatus } from './workflow';

@Entity('assessment')
@Unique('UQ_assessment_round_municipality', ['roundId', 'municipalityCode'])
@Unique('UQ_assessment_round_organisation', ['roundId', 'organisationId'])
@Check('CHK_assessment_respondent', '("municipality_code" IS NULL) <> ("organisation_id" IS NULL)')
export class Assessment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  /** The municipality that answers, or null when an organisation does: one of the two is set, never both. */
  @Index()
  @Column({ name: 'municipality_code', type: 'varchar', length: 4, nullable: true })
  municipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  /** The county's organisation that answers, or null when a municipality does. */
  @Index()
  @Column({ name: 'organisation_id', type: 'varchar', length: 36, nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

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
