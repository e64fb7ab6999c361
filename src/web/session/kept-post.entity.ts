import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** A form post that arrived after its session had ended: kept for its author to save after signing in again. */
@Entity('kept_post')
export class KeptPost {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  /** The page the form was posted to. */
  @Column({ type: 'varchar', length: 500 })
  path!: string;

  /** The posted fields, as the form sent them (without its old CSRF token). */
  @Column({ type: 'simple-json' })
  fields!: Record<string, string | string[]>;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
