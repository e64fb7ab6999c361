import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';

/**
 * One reminder to one respondent (a municipality or an organisation the round asks) for one step of a round's plan. The unique key is what makes a step go out once:
 * whichever instance inserts the row first sends the mail, every other one finds the key taken.
 */
@Entity('reminder')
@Unique('UQ_reminder_step', ['roundId', 'respondentKey', 'step'])
export class Reminder {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  /** The municipality's code, or the organisation's id. */
  @Column({ name: 'respondent_key', type: 'varchar', length: 36 })
  respondentKey!: string;

  /** `7-days-before`, `1-days-after`, or `now-<instant>-<random>` for one a coordinator sent. */
  @Column({ type: 'varchar', length: 40 })
  step!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'not_submitted' | 'returned';

  /** sending, sent, or no_recipient when the respondent has no reporter to write to. */
  @Column({ type: 'varchar', length: 20 })
  status!: 'sending' | 'sent' | 'no_recipient';

  /** The addresses written to, comma-separated. */
  @Column({ type: 'text' })
  recipients!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
