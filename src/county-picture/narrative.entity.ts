import { Column, Entity, EntityManager, EntityTarget, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns';
import { Round } from '../rounds/round.entity';

/** An own text for one section of a report: a county's analysts' for a round, or the admins' for a collection. */
export abstract class NarrativeText {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  section!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

/** The analyst's text for one section of a round's county picture. */
@Entity('narrative')
export class Narrative extends NarrativeText {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;
}

/**
 * Writes one section's text of what `owner` names (its round or its collection); an empty text removes it. The
 * caller records it in the audit log in the same transaction.
 */
export async function storeNarrative<T extends NarrativeText>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  owner: Record<string, string>,
  text: Pick<T, 'section' | 'text' | 'updatedBy' | 'updatedAt'>,
): Promise<void> {
  const key = { ...owner, section: text.section };
  if (text.text.trim() === '') await manager.delete(entity, key);
  else await manager.upsert(entity, { ...text, ...owner } as never, Object.keys(key));
}

/** The texts of what `owner` names, by section. */
export async function narrativesOf<T extends NarrativeText>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  owner: Record<string, string>,
): Promise<Record<string, string>> {
  const rows = await manager
    .getRepository(entity)
    .find({ where: owner as never, order: { section: 'ASC' } as never });
  return Object.fromEntries(rows.map((n) => [n.section, n.text]));
}
