import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Role } from '../../access/actor';
import { InstantColumn } from '../../database/columns';

/**
 * An invitation to an account that does not exist yet: the account is made, with the role and place given here, when
 * the invited person follows the e-mailed link and chooses a password. Only the link token's sha256 is stored.
 */
@Entity('invitation')
export class Invitation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 12 })
  role!: Role;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2, nullable: true })
  countyCode!: string | null;

  @Column({ name: 'municipality_code', type: 'varchar', length: 4, nullable: true })
  municipalityCode!: string | null;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36, nullable: true })
  organisationId!: string | null;

  @Column({ name: 'invited_by', type: 'varchar', length: 36, nullable: true })
  invitedBy!: string | null;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  /** When the latest link was sent (a resend makes a new link and voids the one before). */
  @InstantColumn({ name: 'sent_at' })
  sentAt!: Date;

  @InstantColumn({ name: 'expires_at' })
  expiresAt!: Date;

  @InstantColumn({ name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @InstantColumn({ name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
