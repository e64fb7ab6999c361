import type { Repository } from 'typeorm';
import type { Round } from './round.entity';

/** Rounds that have been opened, of the county or of the whole country, in county and period order. */
export function openedRounds(rounds: Repository<Round>, countyCode: string | null): Promise<Round[]> {
  const query = rounds
    .createQueryBuilder('r')
    .where('r.status <> :planned', { planned: 'planned' })
    .orderBy('r.county_code', 'ASC')
    .addOrderBy('r.period_start', 'ASC')
    .addOrderBy('r.id', 'ASC');
  if (countyCode !== null) query.andWhere('r.county_code = :countyCode', { countyCode });
  return query.getMany();
}
