import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';

/** Append-only: the database refuses updates and deletes of this table. */
@Entity('audit_event')
@Index(['subjectType', 'subjectId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @InstantColumn({ name: 'at' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 20, nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 40, nullable: true })
  subjectId!: string | null;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2, nullable: true })
  countyCode!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  detail!: Record<string, string | number | boolean | null> | null;
}
