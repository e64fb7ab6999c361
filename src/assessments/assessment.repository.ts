import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssessmentDocument } from './assessment-document';
import { AssessmentEvent } from './assessment-event.entity';
import { AssessmentSubmission } from './assessment-submission.entity';
import { Assessment } from './assessment.entity';
import type { AssessmentStatus } from './workflow';

/** An assessment of a round with its latest submitted version, as the county picture and the archive read it. */
export interface LatestAssessment {
  assessmentId: string;
  municipalityCode: string;
  status: AssessmentStatus;
  late: boolean;
  /** Null when it has never been submitted. */
  latest: { number: number; version: number; submittedAt: string; document: AssessmentDocument } | null;
}

/** Where an assessment stands in its round, without its document. */
export interface AssessmentStanding {
  id: string;
  municipalityCode: string;
  status: AssessmentStatus;
}

/** Join condition from an assessment `a` to its latest submission `s` only, not to any earlier version. */
const LATEST_SUBMISSION_OF_A =
  's.assessment_id = a.id AND s.number = ' +
  '(SELECT MAX(s2.number) FROM assessment_submission s2 WHERE s2.assessment_id = a.id)';

/** A raw row as the drivers give it: SQLite has no booleans, PostgreSQL's counts may be text. */
interface LatestRow {
  id: string;
  municipalityCode: string;
  status: AssessmentStatus;
  late: boolean | number;
  number: number | string | null;
  version: number | string | null;
  document: string | null;
  submittedAt: string | null;
}

const toLatest = (r: LatestRow): LatestAssessment => ({
  assessmentId: r.id,
  municipalityCode: r.municipalityCode,
  status: r.status,
  late: Boolean(r.late),
  latest:
    r.number === null
      ? null
      : {
          number: Number(r.number),
          version: Number(r.version),
          submittedAt: r.submittedAt ?? '',
          document: JSON.parse(r.document ?? '{}') as AssessmentDocument,
        },
});

/**
 * The queries on the assessment tables that other features read by: the county picture, the archive and the
 * reminders. Raw rows are turned into typed values here, once, for SQLite and PostgreSQL alike.
 */
@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every assessment of a round (or those of the given statuses) with its latest submitted version, in municipality
   * order: one query that reads only that version's row and only the columns needed.
   */
  async latestOfRound(roundId: string, statuses?: AssessmentStatus[]): Promise<LatestAssessment[]> {
    const query = this.dataSource
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .leftJoin(AssessmentSubmission, 's', LATEST_SUBMISSION_OF_A)
      .select('a.id', 'id')
      .addSelect('a.municipality_code', 'municipalityCode')
      .addSelect('a.status', 'status')
      .addSelect('a.late', 'late')
      .addSelect('s.number', 'number')
      .addSelect('s.document_version', 'version')
      .addSelect('s.document', 'document')
      .addSelect('s.submitted_at', 'submittedAt')
      .where('a.round_id = :roundId', { roundId })
      .orderBy('a.municipality_code', 'ASC');
    if (statuses) query.andWhere('a.status IN (:...statuses)', { statuses });
    return (await query.getRawMany<LatestRow>()).map(toLatest);
  }

  /** Where every assessment of a round stands; municipalities that have not started have none. */
  standingsOfRound(roundId: string): Promise<AssessmentStanding[]> {
    return this.dataSource.getRepository(Assessment).find({
      where: { roundId },
      select: { id: true, municipalityCode: true, status: true },
      order: { municipalityCode: 'ASC' },
    });
  }

  /** The county's comment when it last returned the assessment, or null if it never has. */
  async lastReturnComment(assessmentId: string): Promise<string | null> {
    const event = await this.dataSource
      .getRepository(AssessmentEvent)
      .findOne({ where: { assessmentId, action: 'return' }, order: { id: 'DESC' } });
    return event?.comment ?? null;
  }
}
