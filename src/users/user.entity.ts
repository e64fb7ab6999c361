import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { County } from '../geography/county.entity';
import { Municipality } from '../geography/municipality.entity';
import { InstantColumn } from '../database/columns';
import { Role } from '../access/actor';

@Entity('app_user')
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The argon2id hash of the chosen password; empty for an account that signs in only through its organisation. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  /** A deactivated account cannot sign in, and its tokens and sessions end at once. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * Every bearer token and page session carries the version it was given at; raising it ends them all at once (on
   * deactivation, a change of role or place, a new password, "sign out everywhere").
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @Column({ type: 'varchar', length: 12 })
  role!: Role;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2, nullable: true })
  countyCode!: string | null;

  /** The authenticator app's secret once the second factor is on; null: passwords alone. */
  @Column({ name: 'totp_secret', type: 'varchar', length: 64, nullable: true })
  totpSecret!: string | null;

  /** A secret shown for enrolment, waiting for its first code. */
  @Column({ name: 'totp_pending', type: 'varchar', length: 64, nullable: true })
  totpPending!: string | null;

  /** The last time step a code was accepted at: a code works once. */
  @Column({ name: 'totp_last_step', type: 'integer', nullable: true })
  totpLastStep!: number | null;

  /** The sha256 of each recovery code not yet used. */
  @Column({ name: 'totp_recovery', type: 'simple-json', nullable: true })
  totpRecovery!: string[] | null;

  @ManyToOne(() => County, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'county_code' })
  county?: County;

  @Column({ name: 'municipality_code', type: 'varchar', length: 4, nullable: true })
  municipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  /** An organisation's reporter answers for it instead of a municipality (checked when set; organisations stay). */
  @Column({ name: 'organisation_id', type: 'varchar', length: 36, nullable: true })
  organisationId!: string | null;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
