import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Forum } from './forum.entity';

/**
 * Someone who joined a forum with its code: a guest, known only by the token their phone holds, or a signed-in user of
 * the forum's county. Only the token's hash is kept.
 */
@Entity('forum_participant')
@Unique('UQ_forum_participant_token', ['tokenHash'])
export class ForumParticipant {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'forum_id', type: 'varchar', length: 36 })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  /** Null for a guest. */
  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  /** SHA-256 of the participant's token, hex. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @InstantColumn({ name: 'joined_at' })
  joinedAt!: Date;
}
