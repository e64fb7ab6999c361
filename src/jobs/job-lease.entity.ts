import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A claim on one piece of background work (an archive export, a round's report, a round's reminder now), held by one
 * instance until it expires. An instance renews its claims while it works; one that died loses them when they expire.
 */
@Entity('job_lease')
export class JobLease {
  /** What is claimed, e.g. `archive:<id>` or `report:<round id>`. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  /** The instance that holds it. */
  @Column({ type: 'varchar', length: 36 })
  holder!: string;

  /** ISO-8601 UTC; the claim is free again from this instant. */
  @Column({ name: 'expires_at', type: 'varchar', length: 24 })
  expiresAt!: string;
}
