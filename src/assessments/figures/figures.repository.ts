import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Assessment } from '../assessment.entity';
import type { AssessmentStatus } from '../workflow';
import type { AreaFigure, SubmissionFigures } from './area-figures';
import { AssessmentAreaFigure, AssessmentFigures } from './assessment-figures.entity';

/** A counted assessment's figures: its municipality, its reported areas and its plans. */
export interface CountedFigures extends SubmissionFigures {
  municipalityCode: string;
}

/** How many counted assessments of a round report an area at a level with a trend. */
export interface AreaCount {
  roundId: string;
  area: string;
  level: string | null;
  trend: string | null;
  count: number;
}

/** The figures read model: written with each submission, read by the county picture and the trends. */
@Injectable()
export class FiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces the assessment's figures with those of its newest submission, in the submission's transaction. */
  async replace(
    manager: EntityManager,
    assessment: Pick<Assessment, 'id' | 'roundId' | 'municipalityCode'>,
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

  /** The figures of a round's assessments in the given statuses, in municipality order. */
  async ofRound(roundId: string, statuses: readonly AssessmentStatus[]): Promise<CountedFigures[]> {
    const [headers, areas] = await Promise.all([
      this.counted(AssessmentFigures, [roundId], statuses).orderBy('f.municipality_code', 'ASC').getMany(),
      this.counted(AssessmentAreaFigure, [roundId], statuses).getMany(),
    ]);
    const byAssessment = new Map<string, AreaFigure[]>();
    for (const { assessmentId, roundId: _r, countyCode: _c, municipalityCode: _m, ...figure } of areas)
      byAssessment.set(assessmentId, [...(byAssessment.get(assessmentId) ?? []), figure]);
    return headers.map((h) => ({
      municipalityCode: h.municipalityCode,
      plans: h.plans,
      areas: byAssessment.get(h.assessmentId) ?? [],
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

  /** Per round: how many assessments in the given statuses have figures, that is were counted. */
  async answeredByRound(
    roundIds: string[],
    statuses: readonly AssessmentStatus[],
    municipalityCode?: string,
  ): Promise<Map<string, number>> {
    if (roundIds.length === 0) return new Map();
    const query = this.counted(AssessmentFigures, roundIds, statuses)
      .select('f.round_id', 'roundId')
      .addSelect('COUNT(*)', 'n')
      .groupBy('f.round_id');
    if (municipalityCode) query.andWhere('f.municipality_code = :municipalityCode', { municipalityCode });
    const rows = await query.getRawMany<{ roundId: string; n: string | number }>();
    return new Map(rows.map((r) => [r.roundId, Number(r.n)]));
  }

  /**
   * Per round and area: the counted assessments by the level and trend of their lead risk. One aggregate over the
   * rows of the rounds asked for, by the county's index; other counties and rounds are not read.
   */
  async areaCounts(
    countyCode: string,
    roundIds: string[],
    statuses: readonly AssessmentStatus[],
    municipalityCode?: string,
  ): Promise<AreaCount[]> {
    if (roundIds.length === 0) return [];
    const query = this.counted(AssessmentAreaFigure, roundIds, statuses)
      .select('f.round_id', 'roundId')
      .addSelect('f.area', 'area')
      .addSelect('f.level', 'level')
      .addSelect('f.trend', 'trend')
      .addSelect('COUNT(*)', 'n')
      .andWhere('f.county_code = :countyCode', { countyCode })
      .groupBy('f.round_id')
      .addGroupBy('f.area')
      .addGroupBy('f.level')
      .addGroupBy('f.trend');
    if (municipalityCode) query.andWhere('f.municipality_code = :municipalityCode', { municipalityCode });
    const rows = await query.getRawMany<Omit<AreaCount, 'count'> & { n: string | number }>();
    return rows.map(({ n, ...row }) => ({ ...row, count: Number(n) }));
  }
}
