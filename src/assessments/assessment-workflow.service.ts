import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { stockholmDate } from '../common/dates';
import { DomainError, ErrorCode, invalid } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { taxonomyOf } from '../rounds/round-rules';
import type { Actor } from '../access/actor';
import type { AssessmentDocument } from './assessment-document';
import { AssessmentLocator, Located } from './assessment-locator';
import { Assessment } from './assessment.entity';
import { AssessmentRepository } from './assessment.repository';
import { reviewed, savedDraft, savedSection, submitted } from './assessment-steps';
import { emptyDocument } from './assessment-document';
import { SECTION_DTOS } from './dto/section.dto';
import { changedSections, SectionKey, sectionOf, withoutDanglingLinks, withSection } from './sections';
import { AssessmentView, DraftCheckView } from './assessment.view';
import { checkAgainstTaxonomy, checkCompleteness, normalizeDocument } from './document-rules';
import { figuresOf } from './figures/area-figures';
import { FiguresRepository } from './figures/figures.repository';
import { allKnown, itemIdsOf, withIdentities } from './item-identities';
import { AssessmentDocumentDto } from './dto/assessment-document.dto';
import { AssessmentAction, AssessmentStatus, decideTransition, isLate } from './workflow';
import { refusalError, sectionConflict, versionConflict } from './workflow-errors';
import { validateAs } from '../common/validation';

/** How often a section save is tried again when other sections were saved between its read and its write. */
const SECTION_SAVE_ATTEMPTS = 8;
/** Saves of one section by one author within this time of each other are one line of the history. */
const SAVE_SITTING_MS = 30 * 60_000;

/** Whether a save of a section saved before would change nothing: the same content and the same completion. */
function sameSection(
  row: Assessment,
  document: AssessmentDocument,
  key: SectionKey,
  completed: boolean | undefined,
): boolean {
  const meta = row.sections[key];
  if (!meta) return false;
  const same = JSON.stringify(sectionOf(row.document, key)) === JSON.stringify(sectionOf(document, key));
  return same && (completed === undefined || completed === meta.completed);
}

/** The assessment's workflow: save and check a draft, submit it, return or approve it; each step guarded by version. */
@Injectable()
export class AssessmentWorkflowService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    private readonly locator: AssessmentLocator,
    private readonly rows: AssessmentRepository,
    private readonly figures: FiguresRepository,
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
      { roundId: located.round.id, municipalityCode: located.municipality.code },
      document,
      { actorId: actor.id, at: this.clock.now() },
    );
    await this.transactions.run(async (manager) => {
      if (row) await this.updateGuarded(manager, row, next);
      else if (!(await this.rows.insertIfNew(manager, next))) throw versionConflict(1);
      const changed = changedSections(row?.document ?? emptyDocument(), next.document);
      await this.record(manager, { actor, located, next, action: 'save', from }, null, changed);
    });
    return this.locator.view(located, next);
  }

  /**
   * Saves one section, provided `body.version` is the version of that section now stored: saves of other sections made
   * since it was read are kept, a stale save of the same section answers 409 with what is stored. The first save of a
   * new assessment keeps the proposal in the other sections.
   */
  async saveSection(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    key: SectionKey,
    body: unknown,
  ): Promise<AssessmentView> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    this.requireTransition(located, (await this.locator.find(located))?.status ?? 'not_started', 'save');
    const dto = await validateAs(SECTION_DTOS[key], body);
    const part = normalizeDocument(dto);
    for (let attempt = 1; ; attempt += 1) {
      const row = await this.locator.find(located);
      const from = row?.status ?? 'not_started';
      this.requireTransition(located, from, 'save');
      const meta = row?.sections[key];
      if (row && dto.version !== (meta?.version ?? 0)) throw await this.sectionConflict(located, row, key);
      if (!row && dto.version !== 0) throw versionConflict(0);
      const base = row?.document ?? (await this.locator.proposal(located))?.document ?? emptyDocument();
      const merged = withoutDanglingLinks(withSection(base, key, part));
      const errors = checkAgainstTaxonomy(merged, taxonomyOf(located.round));
      if (errors.length > 0) throw invalid(errors);
      const document = withIdentities(merged, await this.knownIds(located, base, merged));
      if (row && sameSection(row, document, key, dto.completed)) return this.locator.view(located, row);
      const next = savedSection(
        row,
        { roundId: located.round.id, municipalityCode: located.municipality.code },
        { document, key, completed: dto.completed },
        { actorId: actor.id, at: this.clock.now() },
      );
      const written = await this.transactions.run(async (manager) => {
        const stored = row
          ? (await this.rows.updateIfVersion(manager, row.version, next)) === null
          : await this.rows.insertIfNew(manager, next);
        if (stored) await this.record(manager, { actor, located, next, action: 'save', from }, null, [key]);
        return stored;
      });
      if (written) return this.locator.view(located, next);
      // Another section was saved in between: read again and save this one on top, a few times at most.
      if (attempt === SECTION_SAVE_ATTEMPTS) throw versionConflict(next.version - 1);
    }
  }

  /** Refuses, as a save would, anyone who may not save the assessment now. */
  async requireSavable(actor: Actor, roundId: string, municipalityCode: string): Promise<void> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    this.requireTransition(located, (await this.locator.find(located))?.status ?? 'not_started', 'save');
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
    const { document } = await this.draft(actor, roundId, municipalityCode, dto);
    return { missingForSubmission: checkCompleteness(document) };
  }

  async submit(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    version?: number,
  ): Promise<AssessmentView> {
    const { located, current } = await this.current(actor, roundId, municipalityCode, 'submit', version);
    const missing = checkCompleteness(current.document);
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
      const figures = figuresOf(next.document, taxonomyOf(located.round));
      await this.figures.replace(manager, next, located.round.countyCode, number, figures);
      await this.record(manager, { actor, located, next, action: 'submit', from: current.status });
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
      await this.record(manager, { actor, located, next, action, from: current.status }, comment);
    });
    return this.locator.view(located, next);
  }

  /** The 409 of a stale section save, with the section as stored and who saved it. */
  private async sectionConflict(located: Located, row: Assessment, key: SectionKey): Promise<DomainError> {
    const { sections } = await this.locator.view(located, row);
    const { version, updatedAt, updatedBy } = sections[key];
    return sectionConflict({
      section: key,
      version,
      content: sectionOf(row.document, key),
      by: { updatedAt, updatedBy },
    });
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
    this.requireTransition(located, row?.status ?? 'not_started', 'save');
    const document = normalizeDocument(dto);
    const errors = checkAgainstTaxonomy(document, taxonomyOf(located.round));
    if (errors.length > 0) throw invalid(errors);
    this.requireVersion(row, dto.version);
    const known = await this.knownIds(located, row?.document ?? null, document);
    return { located, row, document: withIdentities(document, known) };
  }

  /**
   * The item ids the server gave that the draft may keep: the stored draft's, and those of the submission a new draft
   * is proposed from (read only when the draft carries ids the stored one does not have).
   */
  private async knownIds(
    located: Located,
    stored: AssessmentDocument | null,
    document: AssessmentDocument,
  ): Promise<Set<string>> {
    const known = new Set(stored ? itemIdsOf(stored) : []);
    if (allKnown(document, known)) return known;
    const proposedFrom = await this.locator.submissionAt(located, 'before');
    for (const id of proposedFrom ? itemIdsOf(proposedFrom.document) : []) known.add(id);
    return known;
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
    const to = this.requireTransition(located, row?.status ?? 'not_started', action);
    const current = row as Assessment;
    if (version !== undefined) this.requireVersion(current, version);
    return { located, current, to };
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
    if (!decision.allowed) throw refusalError(decision.refusal, action, status);
    return decision.to;
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

  /** The step in the assessment's history (unless it only saved a draft again) and in the audit log. */
  private async record(
    manager: EntityManager,
    step: {
      actor: Actor;
      located: Located;
      next: Assessment;
      action: AssessmentAction;
      from: AssessmentStatus;
    },
    comment: string | null = null,
    sections: readonly SectionKey[] = [],
  ): Promise<void> {
    const { actor, located, next, action, from } = step;
    // The round's counts follow every change of status of an assessment that has figures.
    if (from !== next.status && next.submittedAt !== null)
      await this.figures.recount(manager, located.round.id, located.round.countyCode);
    const event = {
      assessmentId: next.id,
      action,
      fromStatus: from,
      toStatus: next.status,
      documentVersion: next.version,
      actorId: actor.id,
      comment,
      at: next.updatedAt,
    };
    if (from !== next.status || action !== 'save')
      await this.rows.addEvent(manager, { ...event, section: sections.length === 1 ? sections[0] : null });
    else
      for (const section of sections)
        await this.rows.addSectionSave(manager, { ...event, section }, SAVE_SITTING_MS);
    await this.audit.record(
      {
        actorId: actor.id,
        action: `assessment.${action}`,
        subjectType: 'assessment',
        subjectId: next.id,
        countyCode: located.round.countyCode,
        detail: { municipalityCode: located.municipality.code, version: next.version, status: next.status },
      },
      manager,
    );
  }
}
