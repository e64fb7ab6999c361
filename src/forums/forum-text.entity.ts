import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Forum } from './forum.entity';

/** A municipality's preparatory document, or a group room's notes. */
export const TEXT_KINDS = ['preparation', 'note'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/**
 * One section of a forum's shared texts, saved on its own and guarded by its own version: a section of a
 * municipality's preparatory document (scope: the municipality), or a group room's note on one municipality's
 * presentation or its summary (scope: the group).
 */
@Entity('forum_text')
@Unique('UQ_forum_text_section', ['forumId', 'kind', 'scope', 'section'])
export class ForumText {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'forum_id', type: 'varchar', length: 36 })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ type: 'varchar', length: 12 })
  kind!: TextKind;

  @Column({ type: 'varchar', length: 40 })
  scope!: string;

  @Column({ type: 'varchar', length: 40 })
  section!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

/** A municipality that has said its preparatory document is ready for the forum. */
@Entity('forum_preparation')
export class ForumPreparation {
  @PrimaryColumn({ name: 'forum_id', type: 'varchar', length: 36 })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @PrimaryColumn({ name: 'municipality_code', type: 'varchar', length: 4 })
  municipalityCode!: string;

  @Column({ name: 'prepared_by', type: 'varchar', length: 36 })
  preparedBy!: string;

  @InstantColumn({ name: 'prepared_at' })
  preparedAt!: Date;
}

/** A group room's timer: who presents now, since when, and for how many minutes. */
@Entity('forum_timer')
export class ForumTimer {
  @PrimaryColumn({ name: 'forum_id', type: 'varchar', length: 36 })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @PrimaryColumn({ name: 'group_id', type: 'varchar', length: 40 })
  groupId!: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 4 })
  municipalityCode!: string;

  @InstantColumn({ name: 'started_at' })
  startedAt!: Date;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ name: 'started_by', type: 'varchar', length: 36 })
  startedBy!: string;
}
