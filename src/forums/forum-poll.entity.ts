import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Forum } from './forum.entity';
import type { PollKind, PollOption } from './poll-rules';

/** A poll waits until the facilitator opens it, takes answers while open, and keeps them once closed. */
export const POLL_STATES = ['draft', 'open', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];

/** A live poll of a forum: a word cloud, a choice, a scale, open text or a ranking. */
@Entity('forum_poll')
@Index('IDX_forum_poll_forum', ['forumId', 'position'])
export class ForumPoll {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'forum_id', type: 'varchar', length: 36 })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  /** Its place in the forum's list of polls, from 1. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 10 })
  kind!: PollKind;

  @Column({ type: 'varchar', length: 300 })
  question!: string;

  @Column({ type: 'simple-json' })
  options!: PollOption[];

  @Column({ type: 'integer' })
  steps!: number;

  @Column({ name: 'max_choices', type: 'integer' })
  maxChoices!: number;

  @Column({ type: 'varchar', length: 6 })
  state!: PollState;

  @InstantColumn({ name: 'opened_at', nullable: true })
  openedAt!: Date | null;

  @InstantColumn({ name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
