import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Assessment } from '../assessment.entity';
import type { AssessmentStatus } from '../workflow';
import { type AreaFigure, type RoundCount, roundCounts, type SubmissionFigures } from './area-figures';
import { AssessmentAreaFigure, AssessmentFigures, RoundAreaCount } from './assessment-figures.entity';

/** A counted assessment's figures: its municipality, its reported areas and its plans. */
export interface CountedFigures extends SubmissionFigures {
  municipalityCode: string;
}

/** How many counted assessments of a round report an area (`''`: have figures at all), by level and by trend. */
export type AreaCount = Omit<RoundCount, 'status'> & { roundId: string };

/** An area figure as the drivers give it: counts may be text on PostgreSQL, the groups JSON text. */
interface AreaRow {
  id: string;
  area: string;
  level: string | null;
  trend: string | null;
  extent: string | null;
  risks: number | string;
  affectedGroups: string;
  measures: number | string;
  planned: number | string;
}

const areaFigureOf = (row: AreaRow): AreaFigure => ({
  area: row.area,
  level: row.level,
  trend: row.trend,
  extent: row.extent,
  risks: Number(row.risks),
  affectedGroups: JSON.parse(row.affectedGroups) as string[],
  measures: Number(row.measures),
  planned: Number(row.planned),
});

/** The figures read model: written with each submission, read by the county picture and the trends. */
@Injectable()
export class FiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces the assessment's figures with those of its newest submission, in the submission's transaction. */
  async replace(
    manager: EntityManager,
    assessment: Pick<Assessment, 'id' | 'roundId'> & { municipalityCode: string },
    countyCode: string,
    submission: number,
    figures: SubmissionFigures,
  ): Promise<void> {
    const where = { assessmentId: assessment.id };
    const place = {
      assessmentId: assessment.id,
      roundId: assessment.roundId,
      countyCode,
      municipalityCode: assessment.municipalityCode,
    };
    await manager.delete(AssessmentAreaFigure, where);
    await manager.delete(AssessmentFigures, where);
    await manager.insert(AssessmentFigures, { ...place, submission, plans: figures.plans });
    if (figures.areas.length > 0)
      await manager.insert(
        AssessmentAreaFigure,
        figures.areas.map((a) => ({ ...place, ...a })),
      );
  }

  /**
   * Counts the round's figures again, by status and area, after one of its assessments was submitted or changed
   * status; in that transaction, one recount of a round at a time (PostgreSQL locks the round's row for it).
   */
  async recount(manager: EntityManager, roundId: string, countyCode: string): Promise<void> {
    if (manager.connection.options.type === 'postgres')
      await manager.query('SELECT id FROM round WHERE id = $1 FOR UPDATE', [roundId]);
    const status = (alias: string) =>
      manager
        .createQueryBuilder(alias === 'h' ? AssessmentFigures : AssessmentAreaFigure, 'f')
        .innerJoin(Assessment, 'a', 'a.id = f.assessment_id')
        .addSelect('a.status', 'status')
        .where('f.round_id = :roundId', { roundId });
    const [assessments, areas] = await Promise.all([
      status('h').select('a.status', 'status').getRawMany<{ status: string }>(),
      status('f')
        .select('a.status', 'status')
        .addSelect('f.area', 'area')
        .addSelect('f.level', 'level')
        .addSelect('f.trend', 'trend')
        .getRawMany<{ status: string; area: string; level: string | null; trend: string | null }>(),
    ]);
    await manager.delete(RoundAreaCount, { roundId });
    const counts = roundCounts(assessments, areas);
    if (counts.length > 0)
      await manager.insert(
        RoundAreaCount,
        counts.map((c) => ({ ...c, roundId, countyCode })),
      );
  }

  /**
   * The counts of a county's rounds for the trends: a few rows per round, summed over the statuses counted. The area
   * `''` is the round as a whole.
   */
  async roundCounts(
    countyCode: string,
    roundIds: string[],
    statuses: readonly AssessmentStatus[],
  ): Promise<AreaCount[]> {
    if (roundIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(RoundAreaCount)
      .createQueryBuilder('c')
      .select('c.round_id', 'roundId')
      .addSelect('c.area', 'area')
      .addSelect('c.municipalities', 'municipalities')
      .addSelect('c.levels', 'levels')
      .addSelect('c.trends', 'trends')
      .where('c.county_code = :countyCode AND c.round_id IN (:...roundIds)', { countyCode, roundIds })
      .andWhere('c.status IN (:...statuses)', { statuses })
      .getRawMany<{
        roundId: string;
        area: string;
        municipalities: number | string;
        levels: string;
        trends: string;
      }>();
    return rows.map((r) => ({
      roundId: r.roundId,
      area: r.area,
      municipalities: Number(r.municipalities),
      levels: JSON.parse(r.levels) as Record<string, number>,
      trends: JSON.parse(r.trends) as Record<string, number>,
    }));
  }

  /** The figures of a round's assessments in the given statuses, in municipality order. */
  async ofRound(roundId: string, statuses: readonly AssessmentStatus[]): Promise<CountedFigures[]> {
    // Raw rows, only the columns needed: a picture reads these for the previous round every time it is built.
    const [headers, areas] = await Promise.all([
      this.counted(AssessmentFigures, [roundId], statuses)
        .select('f.assessment_id', 'id')
        .addSelect('f.municipality_code', 'municipalityCode')
        .addSelect('f.plans', 'plans')
        .orderBy('f.municipality_code', 'ASC')
        .getRawMany<{ id: string; municipalityCode: string; plans: string }>(),
      this.counted(AssessmentAreaFigure, [roundId], statuses)
        .select('f.assessment_id', 'id')
        .addSelect('f.area', 'area')
        .addSelect('f.level', 'level')
        .addSelect('f.trend', 'trend')
        .addSelect('f.extent', 'extent')
        .addSelect('f.risks', 'risks')
        .addSelect('f.affected_groups', 'affectedGroups')
        .addSelect('f.measures', 'measures')
        .addSelect('f.planned', 'planned')
        .getRawMany<AreaRow>(),
    ]);
    const byAssessment = new Map<string, AreaFigure[]>();
    for (const row of areas) {
      const list = byAssessment.get(row.id) ?? [];
      list.push(areaFigureOf(row));
      byAssessment.set(row.id, list);
    }
    return headers.map((h) => ({
      municipalityCode: h.municipalityCode,
      plans: JSON.parse(h.plans) as SubmissionFigures['plans'],
      areas: byAssessment.get(h.id) ?? [],
    }));
  }

  /** The rows `f` of the rounds whose assessment `a` is in one of the statuses. */
  private counted<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    roundIds: string[],
    statuses: readonly AssessmentStatus[],
  ): SelectQueryBuilder<E> {
    return this.dataSource
      .getRepository(entity)
      .createQueryBuilder('f')
      .innerJoin(Assessment, 'a', 'a.id = f.assessment_id')
      .where('f.round_id IN (:...roundIds) AND a.status IN (:...statuses)', { roundIds, statuses });
  }

  /** One municipality's figures in the rounds, as counts of one: what its own trends read. */
  async municipalityCounts(
    municipalityCode: string,
    roundIds: string[],
    statuses: readonly AssessmentStatus[],
  ): Promise<AreaCount[]> {
    if (roundIds.length === 0) return [];
    const where = { municipalityCode };
    const [headers, areas] = await Promise.all([
      this.counted(AssessmentFigures, roundIds, statuses)
        .andWhere('f.municipality_code = :municipalityCode', where)
        .getMany(),
      this.counted(AssessmentAreaFigure, roundIds, statuses)
        .andWhere('f.municipality_code = :municipalityCode', where)
        .getMany(),
    ]);
    const one = (code: string | null) => (code === null ? {} : { [code]: 1 });
    return [
      ...headers.map((h) => ({ roundId: h.roundId, area: '', municipalities: 1, levels: {}, trends: {} })),
      ...areas.map((a) => ({
        roundId: a.roundId,
        area: a.area,
        municipalities: 1,
        levels: one(a.level),
        trends: one(a.trend),
      })),
    ];
  }
}
