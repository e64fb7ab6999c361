import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** A signed-in browser. The cookie carries a random token; only its sha256 is stored here. */
@Entity('web_session')
export class WebSession {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index()
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  /** The user's token version at sign-in: the session ends as soon as the user's moves on. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'last_seen_at' })
  lastSeenAt!: Date;

  @Index()
  @InstantColumn({ name: 'expires_at' })
  expiresAt!: Date;
}
