import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Round } from '../rounds/round.entity';

/** The analyst's text for one section of a round's county picture. */
@Entity('narrative')
export class Narrative {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  section!: string;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
