import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Round } from '../rounds/round.entity';
import { StoredReport } from './stored-report';

/** A stored export of a county picture. */
@Entity('report')
export class Report extends StoredReport {
  @Index()
  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;
}
