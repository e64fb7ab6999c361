import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { County } from '../geography/county.entity';
import { Round } from '../rounds/round.entity';
import type { AgendaQuestion, ForumGroup } from './forum-rules';

/** How a forum's groups were made: by SKR main group, as the previous forum's, or by hand. */
export const GROUPINGS = ['mainGroup', 'previous', 'manual'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** A dialogue forum of a county, for one of its rounds or none: its agenda, its groups and the code to join it. */
@Entity('forum')
@Unique('UQ_forum_join_code', ['joinCode'])
export class Forum {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @ManyToOne(() => County, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_code' })
  county?: County;

  @Column({ name: 'round_id', type: 'varchar', length: 36, nullable: true })
  roundId!: string | null;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @InstantColumn({ name: 'starts_at' })
  startsAt!: Date;

  @Column({ type: 'simple-json' })
  agenda!: AgendaQuestion[];

  @Column({ type: 'varchar', length: 10 })
  grouping!: Grouping;

  @Column({ type: 'simple-json' })
  groups!: ForumGroup[];

  /** What participants type on their phones to join; unique among all forums. */
  @Column({ name: 'join_code', type: 'varchar', length: 6 })
  joinCode!: string;

  /** Counts the forum's changes: a change names the version it was made to. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
