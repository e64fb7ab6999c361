import { Injectable } from '@nestjs/common';
import type { PlannedMeasure } from '../../assessments/assessment-document';
import type { AssessmentView } from '../../assessments/assessment.view';
import { AssessmentReadsService, type ChangesView } from '../../assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../assessments/assessment-workflow.service';
import { AssessmentWorkbookService } from '../../assessment-workbook/assessment-workbook.service';
import { DomainError, ErrorCode, FieldError } from '../../common/domain-error';
import type { RoundView } from '../../rounds/round.view';
import { RoundsService } from '../../rounds/rounds.service';
import type { Actor } from '../../access/actor';
import { fieldIdOf, pageErrors, workbookErrors } from '../forms/field-paths';
import { AssessmentDocumentDto } from '../../assessments/dto/assessment-document.dto';
import { SectionKey, sectionOfPath, SectionStatus } from '../../assessments/sections';
import type { Translate } from '../../common/i18n';
import { tryForm } from '../forms/form-posts';
import { assessmentPath, sectionPath } from './assessment-paths';
import { SectionPagesService } from './section-pages.service';

export interface AssessmentPage {
  round: RoundView;
  assessment: AssessmentView;
  /** The previous round's planned measures, each with the index of its follow-up on the form. */
  followUps: { index: number; measure: PlannedMeasure }[];
  errors: ReturnType<typeof pageErrors>;
  editable: boolean;
  base: string;
}

export type PostOutcome = { redirect: string } | { status: number; page: AssessmentPage };

export interface TaskListPage extends AssessmentPage {
  tasks: {
    key: SectionKey;
    href: string;
    status: SectionStatus;
    updatedAt: string | null;
    updatedBy: string | null;
  }[];
  /** How many sections are complete. */
  complete: number;
  /** How many things submitting needs are missing, over every section. */
  missing: number;
}

export { assessmentPath };

/** Each added risk with the title of the removed one it may be, as the page shows the hint. */
function withHints(changes: ChangesView) {
  const removed = new Map(changes.risksRemoved.map((r) => [r.id, r.title]));
  const hint = new Map(changes.possiblySame.map((h) => [h.addedId, removed.get(h.removedId) ?? null]));
  return {
    ...changes,
    risksAdded: changes.risksAdded.map((r) => ({ ...r, possiblySameAs: hint.get(r.id) ?? null })),
  };
}

@Injectable()
export class AssessmentPagesService {
  constructor(
    private readonly reads: AssessmentReadsService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly rounds: RoundsService,
    private readonly workbooks: AssessmentWorkbookService,
    private readonly sectionPages: SectionPagesService,
  ) {}

  async page(
    actor: Actor,
    roundId: string,
    code: string,
    t: Translate,
    errors: FieldError[] = [],
  ): Promise<AssessmentPage> {
    const [round, assessment, planned] = await Promise.all([
      this.rounds.get(actor, roundId),
      this.reads.get(actor, roundId, code),
      this.reads.plannedToFollowUp(actor, roundId, code),
    ]);
    return {
      round,
      assessment,
      followUps: planned.map((measure, index) => ({ index, measure })),
      errors: pageErrors(errors, t),
      editable: assessment.allowedActions.includes('save'),
      base: assessmentPath(roundId, code),
    };
  }

  /** The task list: each section with its status and last author, then the step that submits. */
  async tasks(actor: Actor, roundId: string, code: string, t: Translate): Promise<TaskListPage> {
    const [page, keys] = await Promise.all([
      this.page(actor, roundId, code, t),
      this.sectionPages.sectionKeys(actor, roundId, code),
    ]);
    const tasks = keys.map((key) => {
      const section = page.assessment.sections[key];
      return {
        key,
        href: sectionPath(roundId, code, key),
        status: section.status,
        updatedAt: section.updatedAt,
        updatedBy: section.updatedBy?.name ?? null,
      };
    });
    const missing = tasks.reduce((n, task) => n + page.assessment.sections[task.key].missing, 0);
    return { ...page, tasks, complete: tasks.filter((task) => task.status === 'complete').length, missing };
  }

  /** Saves an uploaded workbook as the draft, or shows the form with the file's errors by sheet and cell. */
  async uploadWorkbook(
    actor: Actor,
    roundId: string,
    code: string,
    file: Buffer | undefined,
    t: Translate,
  ): Promise<PostOutcome> {
    return tryForm(
      async () => {
        await this.workbooks.upload(actor, roundId, code, file);
        return { redirect: `${assessmentPath(roundId, code)}?notice=workbook-saved` };
      },
      async ({ status, code: error, errors }) => {
        const page = await this.tasks(actor, roundId, code, t);
        const shown: FieldError[] =
          error === ErrorCode.VersionConflict ? [{ path: 'workbook', code: 'workbook.stale' }] : errors;
        return { status, page: { ...page, errors: workbookErrors(shown, t) } };
      },
      [ErrorCode.VersionConflict],
    );
  }

  /** The read-only assessment with its history; county staff also get the return and approve forms. */
  async readOnly(actor: Actor, roundId: string, code: string, t: Translate, errors: FieldError[] = []) {
    const page = await this.page(actor, roundId, code, t);
    const history = await this.reads.history(actor, roundId, code);
    // What changed since the municipality's previous submitted assessment, when both exist.
    const changes = await this.reads.changes(actor, roundId, code, {}).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NotFound) return null;
      throw error;
    });
    return { ...page, errors: pageErrors(errors, t), history, changes: changes && withHints(changes) };
  }

  /** Returns the assessment with the county's comment, or shows the comment's error. */
  async returnWithComment(
    actor: Actor,
    roundId: string,
    code: string,
    comment: string,
    t: Translate,
  ): Promise<
    { redirect: string } | { status: number; page: Awaited<ReturnType<AssessmentPagesService['readOnly']>> }
  > {
    return tryForm(
      async () => {
        await this.workflow.returnToMunicipality(actor, roundId, code, comment);
        return { redirect: `${assessmentPath(roundId, code)}?notice=returned` };
      },
      async ({ status, errors }) => ({ status, page: await this.readOnly(actor, roundId, code, t, errors) }),
    );
  }

  /**
   * The answers to check before submitting, section by section with a link to change each; what is still missing,
   * linked to its field on its section's page.
   */
  async confirmation(
    actor: Actor,
    roundId: string,
    code: string,
    t: Translate,
    refused: FieldError[] | null = null,
  ): Promise<{ status: number; view: string; page: AssessmentPage & { sectionKeys: SectionKey[] } }> {
    const [page, sectionKeys] = await Promise.all([
      this.page(actor, roundId, code, t),
      this.sectionPages.sectionKeys(actor, roundId, code),
    ]);
    if (!page.assessment.allowedActions.includes('submit'))
      return { status: 200, view: 'assessments/view', page: { ...page, sectionKeys } };
    const missing = refused ?? (await this.reads.missingForSubmission(actor, roundId, code));
    const errors = pageErrors(missing, t);
    errors.summary = missing.map((error, i) => ({
      ...errors.summary[i]!,
      href: `${sectionPath(roundId, code, sectionOfPath(error.path) ?? 'contact')}#${fieldIdOf(error.path)}`,
    }));
    return {
      status: refused ? 422 : 200,
      view: 'assessments/confirm',
      page: { ...page, errors, sectionKeys },
    };
  }

  /** Starts the assessment empty rather than from the proposal made of the last round's. */
  async startEmpty(actor: Actor, roundId: string, code: string): Promise<string> {
    await this.workflow.save(
      actor,
      roundId,
      code,
      Object.assign(new AssessmentDocumentDto(), { version: 0 }),
    );
    return `${assessmentPath(roundId, code)}?notice=started-empty`;
  }

  async submit(
    actor: Actor,
    roundId: string,
    code: string,
    version: number,
    t: Translate,
  ): Promise<PostOutcome> {
    const base = assessmentPath(roundId, code);
    return tryForm(
      async () => {
        await this.workflow.submit(actor, roundId, code, version);
        return { redirect: `${base}?notice=submitted` };
      },
      async ({ code: error, errors }) => {
        if (error === ErrorCode.VersionConflict) return { redirect: `${base}?notice=changed-meanwhile` };
        const { status, page } = await this.confirmation(actor, roundId, code, t, errors);
        return { status, page };
      },
      [ErrorCode.VersionConflict],
    );
  }
}
