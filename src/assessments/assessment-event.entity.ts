import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Assessment } from './assessment.entity';
import type { SectionKey } from './sections';
import { AssessmentAction, AssessmentStatus } from './workflow';

/** One step of an assessment's workflow: who did what, when, with which comment. */
@Entity('assessment_event')
export class AssessmentEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: 'assessment_id', type: 'varchar', length: 36 })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Assessment;

  @Column({ type: 'varchar', length: 12 })
  action!: AssessmentAction;

  @Column({ name: 'from_status', type: 'varchar', length: 12 })
  fromStatus!: AssessmentStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus!: AssessmentStatus;

  @Column({ name: 'document_version', type: 'integer' })
  documentVersion!: number;

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId!: string;

  /** For a save of one section, which; null for a step of the whole assessment. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  section!: SectionKey | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @InstantColumn({ name: 'at' })
  at!: Date;
}
