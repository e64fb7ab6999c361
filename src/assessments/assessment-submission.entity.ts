import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Assessment } from './assessment.entity';
import { AssessmentDocument } from './assessment-document';

/** A submitted version, kept unchanged forever. */
@Entity('assessment_submission')
@Unique('UQ_assessment_submission_number', ['assessmentId', 'number'])
export class AssessmentSubmission {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'assessment_id', type: 'varchar', length: 36 })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Assessment;

  /** 1 for the first submission, 2 after the first return, … */
  @Column({ type: 'integer' })
  number!: number;

  /** The assessment's version when it was submitted. */
  @Column({ name: 'document_version', type: 'integer' })
  documentVersion!: number;

  @Column({ type: 'simple-json' })
  document!: AssessmentDocument;

  @Column({ type: 'boolean' })
  late!: boolean;

  @InstantColumn({ name: 'submitted_at' })
  submittedAt!: Date;

  @Column({ name: 'submitted_by', type: 'varchar', length: 36 })
  submittedBy!: string;
}
