import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';

/** A link to choose a new password, sent on request. Only its token's sha256 is stored; it works once, briefly. */
@Entity('password_reset')
export class PasswordReset {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index()
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @Index()
  @InstantColumn({ name: 'expires_at' })
  expiresAt!: Date;

  @InstantColumn({ name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
