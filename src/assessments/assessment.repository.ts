import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, FindOptionsWhere, In, IsNull, Not } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors';
import { Round } from '../rounds/round.entity';
import type { AssessmentDocument } from './assessment-document';
import { AssessmentEvent } from './assessment-event.entity';
import { AssessmentSubmission } from './assessment-submission.entity';
import { Assessment } from './assessment.entity';
import { SECTION_KEYS, SectionKey } from './sections';
import type { AssessmentStatus } from './workflow';
import type { Respondent, RespondentKind } from './respondent';

/** A respondent as the queries need it: its kind and key. */
type RespondentKey = Pick<Respondent, 'kind' | 'key'>;

/** The condition that picks the respondent's assessment of a round. */
const rowOf = (roundId: string, respondent: RespondentKey): FindOptionsWhere<Assessment> =>
  respondent.kind === 'municipality'
    ? { roundId, municipalityCode: respondent.key }
    : { roundId, organisationId: respondent.key };

/** The column of `a` that holds each kind of respondent's key, and the condition that it is that kind's row. */
const KEY_COLUMN: Record<RespondentKind, { column: string; present: string }> = {
  municipality: { column: 'a.municipality_code', present: 'a.municipality_code IS NOT NULL' },
  organisation: { column: 'a.organisation_id', present: 'a.organisation_id IS NOT NULL' },
};

/** The condition on `a` that picks the respondent's assessments. */
const whereRespondent = (respondent: RespondentKey): [string, Record<string, string>] =>
  respondent.kind === 'municipality'
    ? ['a.municipality_code = :key', { key: respondent.key }]
    : ['a.organisation_id = :key', { key: respondent.key }];

type NewEvent = Pick<
  AssessmentEvent,
  'assessmentId' | 'action' | 'fromStatus' | 'toStatus' | 'documentVersion' | 'actorId' | 'comment' | 'at'
> & { section?: SectionKey | null };

/** An assessment of a round with its latest submitted version, as the county picture and the archive read it. */
export interface LatestAssessment {
  assessmentId: string;
  /** The municipality that answers; the organisation's assessments are read apart (`latestOfOrganisations`). */
  municipalityCode: string;
  status: AssessmentStatus;
  late: boolean;
  /** Null when it has never been submitted. */
  latest: { number: number; version: number; submittedAt: string; document: AssessmentDocument } | null;
}

/** An organisation's assessment of a round with its latest submitted version. */
export type OrganisationLatestAssessment = Omit<LatestAssessment, 'municipalityCode'> & {
  organisationId: string;
};

/** Where an assessment stands in its round, without its document. */
export interface AssessmentStanding {
  id: string;
  municipalityCode: string;
  status: AssessmentStatus;
}

/** A submitted version of a municipality's assessment, with the round it belongs to. */
export interface SubmittedVersion {
  document: AssessmentDocument;
  version: number;
  number: number;
  submittedAt: string;
  roundId: string;
}

/** Which submitted version: of a round (its latest, or number `number`), or the latest of the county's earlier rounds. */
export type SubmissionScope =
  { roundId: string; number?: number } | { before: { countyCode: string; periodStart: string } };

/** How many assessments of a round are in each status, and how many are late. */
export type StatusCounts = Partial<Record<AssessmentStatus, number>> & { late: number };

/** Join condition from an assessment `a` to its latest submission `s` only, not to any earlier version. */
const LATEST_SUBMISSION_OF_A =
  's.assessment_id = a.id AND s.number = ' +
  '(SELECT MAX(s2.number) FROM assessment_submission s2 WHERE s2.assessment_id = a.id)';

/** A raw row as the drivers give it: SQLite has no booleans, PostgreSQL's counts may be text. */
interface LatestRow {
  id: string;
  /** The municipality's code or the organisation's id, by the query. */
  respondentKey: string;
  status: AssessmentStatus;
  late: boolean | number;
  number: number | string | null;
  version: number | string | null;
  document: string | null;
  submittedAt: string | null;
}

const toLatest = (r: LatestRow): Omit<LatestAssessment, 'municipalityCode'> => ({
  assessmentId: r.id,
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
/** A submitted version as the submissions query reads it. */
interface SubmittedRow {
  document: string;
  version: number | string;
  number: number | string;
  submittedAt: string;
  roundId: string;
}

const submittedVersionOf = (row: SubmittedRow): SubmittedVersion => ({
  document: JSON.parse(row.document) as AssessmentDocument,
  version: Number(row.version),
  number: Number(row.number),
  submittedAt: row.submittedAt,
  roundId: row.roundId,
});

@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every municipality's assessment of a round (or those of the given statuses) with its latest submitted version, in
   * municipality order: one query that reads only that version's row and only the columns needed. The organisations'
   * assessments are not among them.
   */
  async latestOfRound(roundId: string, statuses?: AssessmentStatus[]): Promise<LatestAssessment[]> {
    const rows = await this.latest(roundId, 'municipality', statuses);
    return rows.map((row) => ({ ...toLatest(row), municipalityCode: row.respondentKey }));
  }

  /** The organisations' assessments of a round, as `latestOfRound` reads the municipalities'. */
  async latestOfOrganisations(
    roundId: string,
    statuses?: AssessmentStatus[],
  ): Promise<OrganisationLatestAssessment[]> {
    const rows = await this.latest(roundId, 'organisation', statuses);
    return rows.map((row) => ({ ...toLatest(row), organisationId: row.respondentKey }));
  }

  /** The round's assessments of one kind of respondent, in the order of their keys. */
  private latest(roundId: string, kind: RespondentKind, statuses?: AssessmentStatus[]): Promise<LatestRow[]> {
    const { column, present } = KEY_COLUMN[kind];
    const query = this.dataSource
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .leftJoin(AssessmentSubmission, 's', LATEST_SUBMISSION_OF_A)
      .select('a.id', 'id')
      .addSelect(column, 'respondentKey')
      .addSelect('a.status', 'status')
      .addSelect('a.late', 'late')
      .addSelect('s.number', 'number')
      .addSelect('s.document_version', 'version')
      .addSelect('s.document', 'document')
      .addSelect('s.submitted_at', 'submittedAt')
      .where('a.round_id = :roundId', { roundId })
      .andWhere(present)
      .orderBy(column, 'ASC');
    if (statuses) query.andWhere('a.status IN (:...statuses)', { statuses });
    return query.getRawMany<LatestRow>();
  }

  /** Where every municipality's assessment of a round stands; municipalities that have not started have none. */
  async standingsOfRound(roundId: string): Promise<AssessmentStanding[]> {
    const rows = await this.dataSource.getRepository(Assessment).find({
      where: { roundId, municipalityCode: Not(IsNull()) },
      select: { id: true, municipalityCode: true, status: true },
      order: { municipalityCode: 'ASC' },
    });
    return rows.map((r) => ({ id: r.id, municipalityCode: r.municipalityCode ?? '', status: r.status }));
  }

  /** The county's comment when it last returned the assessment, or null if it never has. */
  async lastReturnComment(assessmentId: string): Promise<string | null> {
    const event = await this.dataSource
      .getRepository(AssessmentEvent)
      .findOne({ where: { assessmentId, action: 'return' }, order: { id: 'DESC' } });
    return event?.comment ?? null;
  }

  /** Submitted versions with their round: the document, its version and number, when, and the round's id. */
  private submissions() {
    return this.dataSource
      .getRepository(AssessmentSubmission)
      .createQueryBuilder('s')
      .innerJoin(Assessment, 'a', 'a.id = s.assessment_id')
      .innerJoin(Round, 'r', 'r.id = a.round_id')
      .select('s.document', 'document')
      .addSelect('s.document_version', 'version')
      .addSelect('s.number', 'number')
      .addSelect('s.submitted_at', 'submittedAt')
      .addSelect('r.id', 'roundId');
  }

  /** A respondent's submitted version in the scope, the latest first; null when there is none. */
  async submissionOf(respondent: RespondentKey, scope: SubmissionScope): Promise<SubmittedVersion | null> {
    const query = this.submissions().where(...whereRespondent(respondent));
    if ('before' in scope)
      query.andWhere('r.county_code = :county AND r.period_start < :start', {
        county: scope.before.countyCode,
        start: scope.before.periodStart,
      });
    else {
      query.andWhere('r.id = :roundId', { roundId: scope.roundId });
      if (scope.number !== undefined) query.andWhere('s.number = :number', { number: scope.number });
    }
    const row = await query
      .orderBy('r.period_start', 'DESC')
      .addOrderBy('s.number', 'DESC')
      .limit(1)
      .getRawOne<SubmittedRow>();
    return row ? submittedVersionOf(row) : null;
  }

  /**
   * The latest submitted version of the municipality's assessment in each of the county's rounds, for the `limit`
   * latest rounds it submitted in, oldest round first.
   */
  async latestSubmissionsOf(
    municipalityCode: string,
    countyCode: string,
    limit: number,
  ): Promise<SubmittedVersion[]> {
    const rows = await this.submissions()
      .where('a.municipality_code = :code AND r.county_code = :county', {
        code: municipalityCode,
        county: countyCode,
      })
      .andWhere(
        's.number = (SELECT MAX(l.number) FROM assessment_submission l WHERE l.assessment_id = s.assessment_id)',
      )
      .orderBy('r.period_start', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit)
      .getRawMany<SubmittedRow>();
    return rows.reverse().map(submittedVersionOf);
  }

  /** The latest submission of a respondent's assessment in a round, or null. */
  async latestSubmission(roundId: string, respondent: RespondentKey): Promise<AssessmentSubmission | null> {
    const assessment = await this.dataSource
      .getRepository(Assessment)
      .findOne({ where: rowOf(roundId, respondent), select: { id: true } });
    if (!assessment) return null;
    return this.dataSource
      .getRepository(AssessmentSubmission)
      .findOne({ where: { assessmentId: assessment.id }, order: { number: 'DESC' } });
  }

  /** An assessment's transitions and submitted versions, oldest first. */
  async historyOf(
    assessmentId: string,
  ): Promise<{ events: AssessmentEvent[]; submissions: AssessmentSubmission[] }> {
    const [events, submissions] = await Promise.all([
      this.dataSource.getRepository(AssessmentEvent).find({ where: { assessmentId }, order: { id: 'ASC' } }),
      this.dataSource
        .getRepository(AssessmentSubmission)
        .find({ where: { assessmentId }, order: { number: 'ASC' } }),
    ]);
    return { events, submissions };
  }

  /**
   * How many municipalities' assessments of each round are in each status, and how many are late; every round asked
   * for is there. The organisations' are never counted with them.
   */
  async countsByRound(roundIds: string[]): Promise<Map<string, StatusCounts>> {
    const counts = new Map<string, StatusCounts>(roundIds.map((id) => [id, { late: 0 }]));
    if (roundIds.length === 0) return counts;
    const rows = await this.dataSource
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .select('a.round_id', 'roundId')
      .addSelect('a.status', 'status')
      .addSelect('a.late', 'late')
      .addSelect('COUNT(*)', 'n')
      .where('a.round_id IN (:...roundIds)', { roundIds })
      .andWhere('a.municipality_code IS NOT NULL')
      .groupBy('a.round_id')
      .addGroupBy('a.status')
      .addGroupBy('a.late')
      .getRawMany<{
        roundId: string;
        status: AssessmentStatus;
        late: boolean | number;
        n: string | number;
      }>();
    for (const row of rows) {
      const entry = counts.get(row.roundId)!;
      const n = Number(row.n);
      entry[row.status] = (entry[row.status] ?? 0) + n;
      if (row.late === true || Number(row.late) === 1) entry.late += n;
    }
    return counts;
  }

  /** The assessment of a respondent in a round, or null when it has not been started. */
  find(roundId: string, respondent: RespondentKey): Promise<Assessment | null> {
    return this.dataSource.getRepository(Assessment).findOneBy(rowOf(roundId, respondent));
  }

  /** The assessments of a round for the given municipalities or organisations, without their documents. */
  summariesOfRound(
    roundId: string,
    respondents: { municipalityCodes?: string[]; organisationIds?: string[] },
  ): Promise<Assessment[]> {
    const where = [
      { roundId, municipalityCode: In(respondents.municipalityCodes ?? []) },
      { roundId, organisationId: In(respondents.organisationIds ?? []) },
    ];
    return this.dataSource.getRepository(Assessment).find({
      where,
      select: {
        id: true,
        municipalityCode: true,
        organisationId: true,
        status: true,
        late: true,
        version: true,
        submittedAt: true,
        updatedAt: true,
      },
    });
  }

  /** Inserts a new assessment in the transaction; false when the municipality's assessment was created meanwhile. */
  async insertIfNew(manager: EntityManager, next: Assessment): Promise<boolean> {
    try {
      // A copy: PostgreSQL's RETURNING would write the stored columns back into the entity, JSON ones as text.
      await manager.insert(Assessment, { ...next });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /**
   * Writes the assessment only if nobody wrote in between: the stored version must still be `readVersion`. Null when
   * written, or the version stored now when someone was first.
   */
  async updateIfVersion(
    manager: EntityManager,
    readVersion: number,
    next: Assessment,
  ): Promise<number | null> {
    const result = await manager.update(
      Assessment,
      { id: next.id, version: readVersion },
      {
        status: next.status,
        version: next.version,
        document: next.document,
        sections: next.sections,
        late: next.late,
        submittedAt: next.submittedAt,
        updatedAt: next.updatedAt,
        updatedBy: next.updatedBy,
      },
    );
    if (result.affected === 1) return null;
    return (await manager.findOneBy(Assessment, { id: next.id }))?.version ?? readVersion;
  }

  /** Keeps the assessment as it now stands as its next submitted version, numbered after the ones before; its number. */
  async addSubmission(
    manager: EntityManager,
    assessment: Assessment,
    submission: { late: boolean; submittedAt: Date; submittedBy: string },
  ): Promise<number> {
    const number = (await manager.countBy(AssessmentSubmission, { assessmentId: assessment.id })) + 1;
    await manager.insert(AssessmentSubmission, {
      id: randomUUID(),
      assessmentId: assessment.id,
      number,
      documentVersion: assessment.version,
      document: assessment.document,
      ...submission,
    });
    return number;
  }

  /** Records a step of the assessment in its history. */
  async addEvent(manager: EntityManager, event: NewEvent): Promise<void> {
    await manager.insert(AssessmentEvent, { section: null, ...event });
  }

  /**
   * Records a save of a section, unless the same author saved the same section less than `within` ms before with only
   * saves since: the history, which is append-only, gets one line per author, section and sitting, not one per
   * autosave.
   */
  async addSectionSave(
    manager: EntityManager,
    event: NewEvent & { section: SectionKey },
    within: number,
  ): Promise<void> {
    const recent = await manager.find(AssessmentEvent, {
      where: { assessmentId: event.assessmentId },
      order: { id: 'DESC' },
      take: SECTION_KEYS.length * 4,
    });
    const lastStep = recent.findIndex((e) => e.action !== 'save' || e.fromStatus !== e.toStatus);
    const saves = lastStep === -1 ? recent : recent.slice(0, lastStep);
    const sitting = saves.some(
      (e) =>
        e.section === event.section &&
        e.actorId === event.actorId &&
        event.at.getTime() - e.at.getTime() < within,
    );
    if (!sitting) await manager.insert(AssessmentEvent, event);
  }
}
