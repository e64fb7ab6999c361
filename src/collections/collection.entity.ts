import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { StoredReport } from '../reports/stored-report';
import { NarrativeText } from '../county-picture/narrative.entity';
import { Round } from '../rounds/round.entity';

/** Rounds of several counties that answer the same Government assignment, compiled into one national picture. */
@Entity('collection')
export class Collection {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** One county's round in a collection: a collection holds at most one round per county. */
@Entity('collection_round')
@Unique('UQ_collection_round_county', ['collectionId', 'countyCode'])
export class CollectionRound {
  @PrimaryColumn({ name: 'collection_id', type: 'varchar', length: 36 })
  collectionId!: string;

  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => Collection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection?: Collection;

  @Index()
  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;
}

/** A stored export of a national picture. */
@Entity('collection_report')
export class CollectionReport extends StoredReport {
  @Index()
  @Column({ name: 'collection_id', type: 'varchar', length: 36 })
  collectionId!: string;

  @ManyToOne(() => Collection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collection_id' })
  collection?: Collection;
}

/** The admins' text for one section of a collection's national report. */
@Entity('collection_narrative')
export class CollectionNarrative extends NarrativeText {
  @PrimaryColumn({ name: 'collection_id', type: 'varchar', length: 36 })
  collectionId!: string;

  @ManyToOne(() => Collection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection?: Collection;
}
