import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { County } from './county.entity';

/** The kinds of organisation besides the municipalities that a county's rounds may ask. */
export const ORGANISATION_KINDS = ['region', 'police_area', 'civil_society', 'authority', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * A respondent of a county's rounds besides its municipalities: the region, a police area, a civil society
 * organisation, another authority. Its reporters fill the same assessment; it is never counted as a municipality.
 */
@Entity('organisation')
export class Organisation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @ManyToOne(() => County, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_code' })
  county?: County;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganisationKind;

  /** An inactive organisation is no longer offered to new rounds; its answers stay. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
