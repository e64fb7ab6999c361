import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';

/**
 * Failed sign-ins in a row for one e-mail address from one source address, kept in the database so that the waits
 * hold across restarts and instances. The key is a hash: neither address is stored.
 */
@Entity('sign_in_throttle')
export class SignInThrottle {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Index()
  @InstantColumn({ name: 'last_failure_at' })
  lastFailureAt!: Date;

  @InstantColumn({ name: 'blocked_until', nullable: true })
  blockedUntil!: Date | null;
}
