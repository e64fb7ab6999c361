import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { County } from '../geography/county.entity';
import { DateColumn, InstantColumn } from '../database/columns';
import { Taxonomy, TaxonomyOverride } from '../taxonomy/taxonomy';
import { RoundStatus } from './round-lifecycle';

/** What a round asks of each observed risk besides the assessment's own questions, for the municipality's RSA. */
export interface RsaQuestions {
  /** A likelihood and a consequence on the round's five-level scales, and the protected values the risk threatens. */
  scoring: boolean;
  /** The risk areas whose risks are placed on the escalation stages of social unrest; none when it is not asked. */
  escalationAreas: string[];
}

@Entity('round')
export class Round {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @ManyToOne(() => County, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_code' })
  county?: County;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The event the round asks about, as the form names it ("covid-19-pandemin"); null when it asks about none. */
  @Column({ name: 'triggering_event', type: 'varchar', length: 200, nullable: true })
  triggeringEvent!: string | null;

  @DateColumn({ name: 'period_start' })
  periodStart!: string;

  @DateColumn({ name: 'period_end' })
  periodEnd!: string;

  @DateColumn({ name: 'deadline' })
  deadline!: string;

  /** The county board's case number (diarienummer) of the report, as its cover gives it. */
  @Column({ name: 'case_number', type: 'varchar', length: 60, nullable: true })
  caseNumber!: string | null;

  /** Who answers questions about the report: its cover names them. */
  @Column({ name: 'contact_name', type: 'varchar', length: 200, nullable: true })
  contactName!: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 200, nullable: true })
  contactEmail!: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  @Column({ name: 'accept_late', type: 'boolean' })
  acceptLate!: boolean;

  @Column({ type: 'varchar', length: 10 })
  status!: RoundStatus;

  /** Set when the round opens; never changed afterwards. */
  @Column({ type: 'simple-json', nullable: true })
  taxonomy!: Taxonomy | null;

  @Column({ name: 'taxonomy_override', type: 'simple-json', nullable: true })
  taxonomyOverride!: TaxonomyOverride | null;

  /** Whether the round asks for RSA scoring and the escalation stages of social unrest; null when it asks for neither. */
  @Column({ name: 'rsa_questions', type: 'simple-json', nullable: true })
  rsaQuestions!: RsaQuestions | null;

  /** The county's organisations the round asks besides its municipalities; none when null. */
  @Column({ name: 'organisation_ids', type: 'simple-json', nullable: true })
  organisationIds!: string[] | null;

  /** Days before the deadline reminders go out (negative: after it); null for the default plan. */
  @Column({ name: 'reminder_plan', type: 'simple-json', nullable: true })
  reminderPlan!: number[] | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'opened_at', nullable: true })
  openedAt!: Date | null;

  @InstantColumn({ name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
