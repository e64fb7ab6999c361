import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { ForumParticipant } from './forum-participant.entity';
import { ForumPoll } from './forum-poll.entity';
import type { Answer } from './poll-rules';

/** A participant's answer to a poll: one each, replaced when they answer again while the poll is open. */
@Entity('forum_answer')
@Unique('UQ_forum_answer_participant', ['pollId', 'participantId'])
export class ForumAnswer {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'poll_id', type: 'varchar', length: 36 })
  pollId!: string;

  @ManyToOne(() => ForumPoll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: ForumPoll;

  @Column({ name: 'participant_id', type: 'varchar', length: 36 })
  participantId!: string;

  @ManyToOne(() => ForumParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: ForumParticipant;

  @Column({ type: 'simple-json' })
  value!: Answer;

  /** An open-text answer the facilitator took off the presenter view. */
  @Column({ type: 'boolean' })
  hidden!: boolean;

  @InstantColumn({ name: 'answered_at' })
  answeredAt!: Date;
}
