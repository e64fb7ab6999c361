import { respondentColumns } from './respondent';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { stockholmDate } from '../common/dates';
import { DomainError, ErrorCode, invalid } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { rsaQuestionsOf, taxonomyOf } from '../rounds/round-rules';
import type { Actor } from '../access/actor';
import type { AssessmentDocument } from './assessment-document';
import { AssessmentLocator, Located } from './assessment-locator';
import { Assessment } from './assessment.entity';
import { AssessmentRepository } from './assessment.repository';
import { reviewed, savedDraft, submitted } from './assessment-steps';
import { AssessmentRecorder } from './assessment-recorder';
import { emptyDocument } from './assessment-document';
import { changedSections } from './sections';
import { AssessmentView, DraftCheckView } from './assessment.view';
import { checkAgainstTaxonomy, checkCompleteness, normalizeDocument } from './document-rules';
import { figuresOf } from './figures/area-figures';
import { FiguresRepository } from './figures/figures.repository';
import { withIdentities } from './item-identities';
import { AssessmentDocumentDto } from './dto/assessment-document.dto';
import { AssessmentAction, AssessmentStatus, isLate } from './workflow';
import { requireTransition, versionConflict } from './workflow-errors';

/** The assessment's workflow: save and check a draft, submit it, return or approve it; each step guarded by version. */
@Injectable()
export class AssessmentWorkflowService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    private readonly locator: AssessmentLocator,
    private readonly rows: AssessmentRepository,
    private readonly figures: FiguresRepository,
    private readonly recorder: AssessmentRecorder,
  ) {}

  /** Saves the whole draft, provided `dto.version` is the version now stored. */
  async save(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    dto: AssessmentDocumentDto,
  ): Promise<AssessmentView> {
    const { located, row, document } = await this.draft(actor, roundId, municipalityCode, dto);
    const from = row?.status ?? 'not_started';
    const next = savedDraft(
      row,
      { roundId: located.round.id, ...respondentColumns(located.respondent) },
      document,
      { actorId: actor.id, at: this.clock.now() },
      rsaQuestionsOf(located.round),
    );
    await this.transactions.run(async (manager) => {
      if (row) await this.updateGuarded(manager, row, next);
      else if (!(await this.rows.insertIfNew(manager, next))) throw versionConflict(1);
      const changed = changedSections(row?.document ?? emptyDocument(), next.document);
      await this.recorder.record(manager, { actor, located, next, action: 'save', from }, null, changed);
    });
    return this.locator.view(located, next);
  }

  /** Refuses, as a save would, anyone who may not save the assessment now. */
  requireSavable(actor: Actor, roundId: string, municipalityCode: string): Promise<void> {
    return this.requireAllowed(actor, roundId, municipalityCode, 'save');
  }

  /** Refuses, as the step would, anyone who may not take it now: what a confirmation checks before asking. */
  async requireAllowed(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    action: AssessmentAction,
  ): Promise<void> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    requireTransition(located, (await this.locator.find(located))?.status ?? 'not_started', action);
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
    const { located, document } = await this.draft(actor, roundId, municipalityCode, dto);
    return { missingForSubmission: checkCompleteness(document, rsaQuestionsOf(located.round)) };
  }

  async submit(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    version?: number,
  ): Promise<AssessmentView> {
    const { located, current } = await this.current(actor, roundId, municipalityCode, 'submit', version);
    const missing = checkCompleteness(current.document, rsaQuestionsOf(located.round));
    if (missing.length > 0) {
      throw new DomainError(ErrorCode.Incomplete, 'incomplete', missing);
    }
    const now = this.clock.now();
    const firstSubmission = current.submittedAt === null;
    const lateNow = isLate(located.round.deadline, stockholmDate(now));
    if (firstSubmission && lateNow && !located.round.acceptLate) {
      throw new DomainError(ErrorCode.DeadlinePassed, {
        code: 'assessment.deadline_passed',
        params: { deadline: located.round.deadline },
      });
    }
    const next = submitted(current, lateNow, { actorId: actor.id, at: now });
    await this.transactions.run(async (manager) => {
      await this.updateGuarded(manager, current, next);
      const number = await this.rows.addSubmission(manager, next, {
        late: lateNow,
        submittedAt: now,
        submittedBy: actor.id,
      });
      // The figures read model counts the municipalities; an organisation's answers are read from its submissions.
      if (next.municipalityCode !== null) {
        const figures = figuresOf(next.document, taxonomyOf(located.round));
        const of = { ...next, municipalityCode: next.municipalityCode };
        await this.figures.replace(manager, of, located.round.countyCode, number, figures);
      }
      await this.recorder.record(manager, { actor, located, next, action: 'submit', from: current.status });
    });
    return this.locator.view(located, next);
  }

  async returnToMunicipality(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    comment: string,
  ): Promise<AssessmentView> {
    if (comment.trim() === '') throw invalid([{ path: 'comment', code: 'empty' }]);
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

  private async review(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    action: 'return' | 'approve',
    comment: string | null,
    version?: number,
  ): Promise<AssessmentView> {
    const { located, current, to } = await this.current(actor, roundId, municipalityCode, action, version);
    const by = { actorId: actor.id, at: this.clock.now() };
    const next = reviewed(current, to as 'returned' | 'approved', by);
    await this.transactions.run(async (manager) => {
      await this.updateGuarded(manager, current, next);
      await this.recorder.record(manager, { actor, located, next, action, from: current.status }, comment);
    });
    return this.locator.view(located, next);
  }

  /** A draft as a save would take it: access, workflow, fields, the round's taxonomy and the version, in that order. */
  private async draft(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    dto: AssessmentDocumentDto,
  ): Promise<{ located: Located; row: Assessment | null; document: AssessmentDocument }> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    const row = await this.locator.find(located);
    requireTransition(located, row?.status ?? 'not_started', 'save');
    const document = normalizeDocument(dto);
    const errors = checkAgainstTaxonomy(document, taxonomyOf(located.round), rsaQuestionsOf(located.round));
    if (errors.length > 0) throw invalid(errors);
    this.requireVersion(row, dto.version);
    const known = await this.locator.knownIds(located, row?.document ?? null, document);
    return { located, row, document: withIdentities(document, known) };
  }

  /** The stored assessment that `action` may be taken on, at `version` when one is given. */
  private async current(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    action: AssessmentAction,
    version: number | undefined,
  ): Promise<{ located: Located; current: Assessment; to: AssessmentStatus }> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    const row = await this.locator.find(located);
    const to = requireTransition(located, row?.status ?? 'not_started', action);
    const current = row as Assessment;
    if (version !== undefined) this.requireVersion(current, version);
    return { located, current, to };
  }

  private requireVersion(row: Assessment | null, version: number): void {
    const current = row?.version ?? 0;
    if (version !== current) throw versionConflict(current);
  }

  /** Writes only if nobody wrote in between: the stored version must still be the one that was read. */
  private async updateGuarded(manager: EntityManager, current: Assessment, next: Assessment): Promise<void> {
    const stored = await this.rows.updateIfVersion(manager, current.version, next);
    if (stored !== null) throw versionConflict(stored);
  }
}
