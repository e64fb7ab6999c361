import type { Repository } from 'typeorm';
import type { Municipality } from './municipality.entity';

/** Every municipality's name by its code. */
export async function municipalityNamesOf(
  municipalities: Repository<Municipality>,
): Promise<Map<string, string>> {
  const all = await municipalities.find({ select: { code: true, name: true } });
  return new Map(all.map((m) => [m.code, m.name]));
}
