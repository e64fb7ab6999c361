import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The figures of each assessment's latest submission, written when it is submitted: a read model of the submitted
 * documents, so that trends over many rounds and the comparison with the previous round count rows, not documents.
 */
@Entity('assessment_figures')
@Index(['countyCode', 'roundId'])
export class AssessmentFigures {
  @PrimaryColumn({ name: 'assessment_id', type: 'varchar', length: 36 })
  assessmentId!: string;

  @Index()
  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @Index()
  @Column({ name: 'municipality_code', type: 'varchar', length: 4 })
  municipalityCode!: string;

  /** The number of the submission the figures are of. */
  @Column({ type: 'integer' })
  submission!: number;

  /** The planned measures, to be followed up in the next round. */
  @Column({ type: 'simple-json' })
  plans!: { id: string; description: string }[];
}

/** One risk area an assessment's latest submission reports, with its figures (see `AreaFigure`). */
@Entity('assessment_area_figure')
@Index(['countyCode', 'roundId', 'area'])
export class AssessmentAreaFigure {
  @PrimaryColumn({ name: 'assessment_id', type: 'varchar', length: 36 })
  assessmentId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  area!: string;

  @Index()
  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 4 })
  municipalityCode!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  level!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  trend!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  extent!: string | null;

  @Column({ type: 'integer' })
  risks!: number;

  @Column({ name: 'affected_groups', type: 'simple-json' })
  affectedGroups!: string[];

  @Column({ type: 'integer' })
  measures!: number;

  @Column({ type: 'integer' })
  planned!: number;
}

/**
 * A round's figures per risk area and assessment status, counted from `assessment_area_figure` whenever an assessment
 * of the round is submitted or changes status: what the trends read, a few rows per round. The area `''` holds the
 * round as a whole: how many assessments in the status have figures.
 */
@Entity('round_area_count')
@Index(['countyCode', 'roundId'])
export class RoundAreaCount {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  status!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  area!: string;

  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @Column({ type: 'integer' })
  municipalities!: number;

  /** Municipalities by the level of their lead risk in the area. */
  @Column({ type: 'simple-json' })
  levels!: Record<string, number>;

  /** Municipalities by the trend of that risk. */
  @Column({ type: 'simple-json' })
  trends!: Record<string, number>;
}
