import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canReadMunicipality, standingOf } from '../auth/access-policy';
import { Clock } from '../common/clock';
import { stockholmDate } from '../common/dates';
import { DomainError, ErrorCode, forbidden, invalid, notFound } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { Municipality } from '../geography/municipality.entity';
import { Round } from '../rounds/round.entity';
import { taxonomyOf } from '../rounds/round.view';
import { RoundsService } from '../rounds/rounds.service';
import { User } from '../users/user.entity';
import type { Actor } from '../users/role';
import type { AssessmentDocument, PlannedMeasure } from './assessment-document';
import { AssessmentHistory, toHistory } from './assessment-history';
import { Assessment } from './assessment.entity';
import { AssessmentRepository, StatusCounts, SubmittedVersion } from './assessment.repository';
import { AssessmentStatusView, AssessmentView, DraftCheckView, toAssessmentView } from './assessment.view';
import { checkAgainstTaxonomy, checkCompleteness, normalizeDocument } from './document-rules';
import { AssessmentDocumentDto } from './dto/assessment-document.dto';
import { prefillFrom } from './prefill';
import { documentChanges, DocumentChanges } from './document-changes';
import {
  allowedActions,
  AssessmentAction,
  AssessmentStatus,
  decideTransition,
  isLate,
  Standing,
} from './workflow';

/** Assessments per status in one round (statuses without any are left out), and how many were late. */

interface Located {
  round: Round;
  municipality: Municipality;
  standing: Standing;
}

const REFUSAL_STATUS_TEXT: Record<AssessmentStatus, string> = {
  not_started: 'inte påbörjad',
  draft: 'ett utkast',
  submitted: 'inskickad och låst',
  returned: 'återsänd',
  approved: 'godkänd och låst',
};

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    private readonly rows: AssessmentRepository,
  ) {}

  /** Every municipality of the round's county with its status; a reporter sees only their own. */
  async listForRound(actor: Actor, roundId: string): Promise<AssessmentStatusView[]> {
    const round = await this.rounds.findVisible(actor, roundId);
    const all = await this.geography.municipalitiesOfCounty(round.countyCode);
    const visible = all.filter((m) => canReadMunicipality(actor, m));
    const rows = await this.rows.summariesOfRound(
      round.id,
      visible.map((m) => m.code),
    );
    const byCode = new Map(rows.map((r) => [r.municipalityCode, r]));
    return visible.map((m) => {
      const row = byCode.get(m.code);
      return {
        municipalityCode: m.code,
        municipalityName: m.name,
        groupCode: m.group?.code ?? null,
        mainGroup: m.group?.mainGroup ?? null,
        status: row?.status ?? 'not_started',
        late: row?.late ?? false,
        version: row?.version ?? 0,
        submittedAt: row?.submittedAt?.toISOString() ?? null,
        updatedAt: row?.updatedAt.toISOString() ?? null,
      };
    });
  }

  /**
   * The assessment; while it is not started and `prefill` holds, with the proposal made of the municipality's last
   * submitted assessment (marked `prefilledFrom`), for those who may save it.
   */
  async get(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    prefill = true,
  ): Promise<AssessmentView> {
    const located = await this.locate(actor, roundId, municipalityCode);
    const row = await this.find(located);
    const canSave = allowedActions('not_started', located.standing, located.round.status).includes('save');
    const proposal = !row && prefill && canSave ? await this.proposal(located) : null;
    return this.view(located, row, proposal);
  }

  /** The latest submission of the municipality in an earlier round of the county, made into a new draft's proposal. */
  private async proposal(
    located: Located,
  ): Promise<{ document: AssessmentDocument; from: { roundId: string; version: number } } | null> {
    const last = await this.submissionAt(located, 'before');
    if (!last) return null;
    const previous = await this.rounds.findPrevious(located.round);
    const document = prefillFrom(last.document, taxonomyOf(located.round), {
      followUpPlans: previous?.id === last.roundId,
    });
    return { document, from: { roundId: last.roundId, version: last.version } };
  }

  /**
   * A submitted version of the municipality's assessment: in this round (the latest, or number `number`), or the
   * latest one of an earlier round of the county (`before`).
   */
  private submissionAt(
    located: Located,
    which: 'before' | 'latest' | number,
  ): Promise<SubmittedVersion | null> {
    const { round, municipality } = located;
    return this.rows.submissionOf(
      municipality.code,
      which === 'before'
        ? { before: { countyCode: round.countyCode, periodStart: round.periodStart } }
        : { roundId: round.id, number: which === 'latest' ? undefined : which },
    );
  }

  /**
   * What changed in the municipality's assessment: from its latest submission in an earlier round to its latest in
   * this one, or between two submitted versions of this round.
   */
  async changes(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    versions: { from?: number; to?: number },
  ): Promise<ChangesView> {
    const located = await this.locate(actor, roundId, municipalityCode);
    if ((versions.from === undefined) !== (versions.to === undefined))
      throw invalid([
        {
          path: versions.from === undefined ? 'from' : 'to',
          message: 'ange både from och to, eller ingen av dem',
        },
      ]);
    const to = await this.submissionAt(located, versions.to ?? 'latest');
    if (!to)
      throw notFound(
        versions.to === undefined ? 'En inskickad version i omgången' : `Inlämning ${versions.to}`,
      );
    const from = await this.submissionAt(located, versions.from ?? 'before');
    if (!from)
      throw notFound(
        versions.from === undefined ? 'En tidigare inskickad bedömning' : `Inlämning ${versions.from}`,
      );
    const side = (v: SubmittedVersion) => ({
      roundId: v.roundId,
      submission: v.number,
      submittedAt: v.submittedAt,
    });
    return { from: side(from), to: side(to), ...documentChanges(from.document, to.document) };
  }

  /** Saves the whole draft, provided `dto.version` is the version now stored. */
  async save(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    dto: AssessmentDocumentDto,
  ): Promise<AssessmentView> {
    const located = await this.locate(actor, roundId, municipalityCode);
    const row = await this.find(located);
    const from = row?.status ?? 'not_started';
    const to = this.requireTransition(located, from, 'save');
    const document = normalizeDocument(dto);
    const errors = checkAgainstTaxonomy(document, taxonomyOf(located.round));
    if (errors.length > 0) throw invalid(errors);
    this.requireVersion(row, dto.version);
    const now = this.clock.now();
    const saved = await this.transactions.run(async (manager) => {
      let next: Assessment;
      if (!row) {
        next = manager.create(Assessment, {
          id: randomUUID(),
          roundId: located.round.id,
          municipalityCode: located.municipality.code,
          status: 'draft',
          version: 1,
          document,
          late: false,
          submittedAt: null,
          updatedAt: now,
          updatedBy: actor.id,
        });
        await this.insertGuarded(manager, next);
      } else {
        next = {
          ...row,
          status: 'draft',
          version: row.version + 1,
          document,
          updatedAt: now,
          updatedBy: actor.id,
        };
        await this.updateGuarded(manager, row, next);
      }
      if (from !== to) await this.recordEvent(manager, actor, next, 'save', from, null);
      await this.audit.record(this.auditEntry(actor, located, next, 'assessment.save'), manager);
      return next;
    });
    return this.view(located, saved);
  }

  /** Refuses, as a save would, anyone who may not save the assessment now. */
  async requireSavable(actor: Actor, roundId: string, municipalityCode: string): Promise<void> {
    const located = await this.locate(actor, roundId, municipalityCode);
    this.requireTransition(located, (await this.find(located))?.status ?? 'not_started', 'save');
  }

  /**
   * Everything a save checks (access, workflow, fields, taxonomy, version), without writing: the field errors as a 400
   * like a save, or what submitting would still miss.
   */
  async check(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    dto: AssessmentDocumentDto,
  ): Promise<DraftCheckView> {
    const located = await this.locate(actor, roundId, municipalityCode);
    const row = await this.find(located);
    this.requireTransition(located, row?.status ?? 'not_started', 'save');
    const document = normalizeDocument(dto);
    const errors = checkAgainstTaxonomy(document, taxonomyOf(located.round));
    if (errors.length > 0) throw invalid(errors);
    this.requireVersion(row, dto.version);
    return { missingForSubmission: checkCompleteness(document) };
  }

  async submit(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    version?: number,
  ): Promise<AssessmentView> {
    const located = await this.locate(actor, roundId, municipalityCode);
    const row = await this.find(located);
    this.requireTransition(located, row?.status ?? 'not_started', 'submit');
    const current = row as Assessment;
    if (version !== undefined) this.requireVersion(current, version);
    const missing = checkCompleteness(current.document);
    if (missing.length > 0) {
      throw new DomainError(
        ErrorCode.Incomplete,
        'Bedömningen är inte komplett och kan inte skickas in',
        missing,
      );
    }
    const now = this.clock.now();
    const firstSubmission = current.submittedAt === null;
    const lateNow = isLate(located.round.deadline, stockholmDate(now));
    if (firstSubmission && lateNow && !located.round.acceptLate) {
      throw new DomainError(
        ErrorCode.DeadlinePassed,
        `Sista dag för inlämning var ${located.round.deadline}`,
      );
    }
    const next: Assessment = {
      ...current,
      status: 'submitted',
      version: current.version + 1,
      late: firstSubmission ? lateNow : current.late,
      submittedAt: now,
      updatedAt: now,
      updatedBy: actor.id,
    };
    await this.transactions.run(async (manager) => {
      await this.updateGuarded(manager, current, next);
      await this.rows.addSubmission(manager, next, {
        late: lateNow,
        submittedAt: now,
        submittedBy: actor.id,
      });
      await this.recordEvent(manager, actor, next, 'submit', current.status, null);
      await this.audit.record(this.auditEntry(actor, located, next, 'assessment.submit'), manager);
    });
    return this.view(located, next);
  }

  async returnToMunicipality(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    comment: string,
  ): Promise<AssessmentView> {
    if (comment.trim() === '') throw invalid([{ path: 'comment', message: 'får inte vara tomt' }]);
    return this.review(actor, roundId, municipalityCode, 'return', comment.trim());
  }

  approve(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    version?: number,
  ): Promise<AssessmentView> {
    return this.review(actor, roundId, municipalityCode, 'approve', null, version);
  }

  async history(actor: Actor, roundId: string, municipalityCode: string): Promise<AssessmentHistory> {
    const located = await this.locate(actor, roundId, municipalityCode);
    const row = await this.find(located);
    if (!row) return { events: [], submissions: [] };
    const { events, submissions } = await this.rows.historyOf(row.id);
    const userIds = [...new Set([...events.map((e) => e.actorId), ...submissions.map((s) => s.submittedBy)])];
    const users = await this.dataSource.getRepository(User).find({ where: { id: In(userIds) } });
    return toHistory(events, submissions, users);
  }

  /**
   * How many assessments of each round are in each status, and how many are late. Callers pass only rounds the actor
   * may see (from RoundsService.list), so this reads no access rules itself.
   */
  countsByRound(roundIds: string[]): Promise<Map<string, StatusCounts>> {
    return this.rows.countsByRound(roundIds);
  }

  /** The planned measures of the municipality's last submission in the county's previous round: to be followed up. */
  async plannedToFollowUp(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
  ): Promise<PlannedMeasure[]> {
    const located = await this.locate(actor, roundId, municipalityCode);
    const previous = await this.rounds.findPrevious(located.round);
    if (!previous) return [];
    const latest = await this.rows.latestSubmission(previous.id, located.municipality.code);
    return latest?.document.plannedMeasures ?? [];
  }

  private async review(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    action: 'return' | 'approve',
    comment: string | null,
    version?: number,
  ): Promise<AssessmentView> {
    const located = await this.locate(actor, roundId, municipalityCode);
    const row = await this.find(located);
    const to = this.requireTransition(located, row?.status ?? 'not_started', action) as Assessment['status'];
    const current = row as Assessment;
    if (version !== undefined) this.requireVersion(current, version);
    const now = this.clock.now();
    const next: Assessment = {
      ...current,
      status: to,
      version: current.version + 1,
      updatedAt: now,
      updatedBy: actor.id,
    };
    await this.transactions.run(async (manager) => {
      await this.updateGuarded(manager, current, next);
      await this.recordEvent(manager, actor, next, action, current.status, comment);
      await this.audit.record(this.auditEntry(actor, located, next, `assessment.${action}`), manager);
    });
    return this.view(located, next);
  }

  /** The round and municipality, if the actor may read them: 404 outside the actor's county, 403 inside it. */
  private async locate(actor: Actor, roundId: string, municipalityCode: string): Promise<Located> {
    const round = await this.rounds.findVisible(actor, roundId);
    const municipality = await this.geography.findMunicipality(municipalityCode);
    if (!municipality || municipality.countyCode !== round.countyCode)
      throw notFound('Kommunen i omgångens län');
    if (!canReadMunicipality(actor, municipality))
      throw forbidden('Du har inte behörighet till den kommunens bedömning');
    return { round, municipality, standing: standingOf(actor, municipality) };
  }

  private find(located: Located): Promise<Assessment | null> {
    return this.rows.find(located.round.id, located.municipality.code);
  }

  private requireTransition(
    located: Located,
    status: AssessmentStatus,
    action: AssessmentAction,
  ): AssessmentStatus {
    const decision = decideTransition({
      status,
      action,
      standing: located.standing,
      round: located.round.status,
    });
    if (decision.allowed) return decision.to;
    switch (decision.refusal) {
      case 'not_permitted':
        throw forbidden(
          action === 'save' || action === 'submit'
            ? 'Bara kommunens egna rapportörer kan ändra och skicka in bedömningen'
            : 'Bara länsstyrelsens handläggare kan granska bedömningen',
        );
      case 'round_not_open':
        throw new DomainError(ErrorCode.RoundNotOpen, 'Omgången är inte öppnad än');
      case 'round_closed':
        throw new DomainError(ErrorCode.RoundNotOpen, 'Omgången är stängd');
      case 'wrong_status':
        throw new DomainError(
          ErrorCode.InvalidTransition,
          `Bedömningen är ${REFUSAL_STATUS_TEXT[status]}`,
          [],
          {
            status,
          },
        );
    }
  }

  private requireVersion(row: Assessment | null, version: number): void {
    const current = row?.version ?? 0;
    if (version !== current) throw this.conflict(current);
  }

  private conflict(currentVersion: number): DomainError {
    return new DomainError(
      ErrorCode.VersionConflict,
      'Bedömningen har ändrats sedan du läste den. Läs in den igen och gör om ändringen.',
      [{ path: 'version', message: `är inte längre aktuell (nu ${currentVersion})` }],
      { currentVersion },
    );
  }

  private async insertGuarded(manager: EntityManager, next: Assessment): Promise<void> {
    if (!(await this.rows.insertIfNew(manager, next))) throw this.conflict(1);
  }

  /** Writes only if nobody wrote in between: the stored version must still be the one that was read. */
  private async updateGuarded(manager: EntityManager, current: Assessment, next: Assessment): Promise<void> {
    const stored = await this.rows.updateIfVersion(manager, current.version, next);
    if (stored !== null) throw this.conflict(stored);
  }

  private async recordEvent(
    manager: EntityManager,
    actor: Actor,
    next: Assessment,
    action: AssessmentAction,
    from: AssessmentStatus,
    comment: string | null,
  ): Promise<void> {
    await this.rows.addEvent(manager, {
      assessmentId: next.id,
      action,
      fromStatus: from,
      toStatus: next.status,
      documentVersion: next.version,
      actorId: actor.id,
      comment,
      at: next.updatedAt,
    });
  }

  private auditEntry(actor: Actor, located: Located, next: Assessment, action: string) {
    return {
      actorId: actor.id,
      action,
      subjectType: 'assessment',
      subjectId: next.id,
      countyCode: located.round.countyCode,
      detail: { municipalityCode: located.municipality.code, version: next.version, status: next.status },
    };
  }

  private async view(
    located: Located,
    row: Assessment | null,
    proposal: Parameters<typeof toAssessmentView>[2]['proposal'] = null,
  ): Promise<AssessmentView> {
    let returnComment: string | null = null;
    if (row?.status === 'returned' || (row?.status === 'draft' && row.submittedAt !== null)) {
      returnComment = await this.rows.lastReturnComment(row.id);
    }
    return toAssessmentView({ roundId: located.round.id, municipality: located.municipality }, row, {
      returnComment,
      allowedActions: allowedActions(row?.status ?? 'not_started', located.standing, located.round.status),
      proposal,
    });
  }
}

export interface ChangesView extends DocumentChanges {
  from: { roundId: string; submission: number; submittedAt: string };
  to: { roundId: string; submission: number; submittedAt: string };
}
