import { Injectable } from '@nestjs/common';
import type { AssessmentDocument, PlannedMeasure } from '../../assessments/assessment-document';
import type { AssessmentView } from '../../assessments/assessment.view';
import { AssessmentReadsService, type ChangesView } from '../../assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../assessments/assessment-workflow.service';
import { AssessmentWorkbookService } from '../../assessment-workbook/assessment-workbook.service';
import { normalizeDocument } from '../../assessments/document-rules';
import { AssessmentDocumentDto } from '../../assessments/dto/assessment-document.dto';
import { DomainError, ErrorCode, FieldError } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import type { RoundView } from '../../rounds/round.view';
import { RoundsService } from '../../rounds/rounds.service';
import type { Actor } from '../../access/actor';
import { pageErrors, workbookErrors } from '../forms/field-paths';
import type { Translate } from '../../common/i18n';
import { tryForm } from '../forms/form-posts';
import { applyAction, formToDocument, parseAction } from './assessment-form';

/** The values a form shows: the stored document, or what was posted when it could not be saved. */
export type FormValues = Partial<AssessmentDocument> & { version: number };

export interface AssessmentPage {
  round: RoundView;
  assessment: AssessmentView;
  values: FormValues;
  /** The previous round's planned measures, each with the index of its follow-up on the form. */
  followUps: { index: number; measure: PlannedMeasure }[];
  errors: ReturnType<typeof pageErrors>;
  editable: boolean;
  base: string;
}

export type PostOutcome = { redirect: string } | { status: number; page: AssessmentPage };

export const assessmentPath = (roundId: string, code: string) =>
  `/rounds/${encodeURIComponent(roundId)}/assessments/${encodeURIComponent(code)}`;

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
  ) {}

  async page(
    actor: Actor,
    roundId: string,
    code: string,
    t: Translate,
    shown?: { values: FormValues; errors: FieldError[] },
    prefill = true,
  ): Promise<AssessmentPage> {
    const [round, assessment, planned] = await Promise.all([
      this.rounds.get(actor, roundId),
      this.reads.get(actor, roundId, code, prefill),
      this.reads.plannedToFollowUp(actor, roundId, code),
    ]);
    const values: FormValues = shown?.values ?? { ...assessment };
    return {
      round,
      assessment,
      values,
      followUps: planned.map((measure, index) => ({ index, measure })),
      errors: pageErrors(shown?.errors ?? [], t),
      editable: assessment.allowedActions.includes('save'),
      base: assessmentPath(roundId, code),
    };
  }

  /** Saves what the form holds, then does what the pressed button asked (add, remove, go on to submitting). */
  async post(
    actor: Actor,
    roundId: string,
    code: string,
    body: Record<string, unknown>,
    t: Translate,
  ): Promise<PostOutcome> {
    const base = assessmentPath(roundId, code);
    const action = parseAction(body.action);
    const posted = formToDocument(body);
    const again = async (status: number, errors: FieldError[], version?: number) => ({
      status,
      page: await this.page(actor, roundId, code, t, {
        values: { ...(posted as FormValues), version: version ?? (posted.version as number) },
        errors,
      }),
    });
    const dto = await tryForm(
      () => validateAs(AssessmentDocumentDto, posted),
      (refused) => again(refused.status, refused.errors),
    );
    if (!(dto instanceof AssessmentDocumentDto)) return dto;
    const document = applyAction(normalizeDocument(dto), action);
    const refused = await tryForm(
      async () =>
        void (await this.workflow.save(actor, roundId, code, { ...document, version: dto.version })),
      async ({ status, code: error, errors }) => {
        if (error !== ErrorCode.VersionConflict) return again(status, errors);
        const current = await this.reads.get(actor, roundId, code);
        return again(status, [{ path: 'version', code: 'saved_meanwhile' }], current.version);
      },
      [ErrorCode.VersionConflict],
    );
    if (refused) return refused;
    switch (action.kind) {
      case 'submit':
        return { redirect: `${base}/submit` };
      case 'add':
        return { redirect: `${base}?notice=item-added#${action.list}-${document[action.list].length - 1}` };
      case 'remove':
        return { redirect: `${base}?notice=item-removed#${action.list}` };
      case 'save':
        return { redirect: `${base}?notice=saved` };
    }
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
        const page = await this.page(actor, roundId, code, t);
        const shown: FieldError[] =
          error === ErrorCode.VersionConflict ? [{ path: 'workbook', code: 'workbook.stale' }] : errors;
        return { status, page: { ...page, errors: workbookErrors(shown, t) } };
      },
      [ErrorCode.VersionConflict],
    );
  }

  /** The read-only assessment with its history; county staff also get the return and approve forms. */
  async readOnly(actor: Actor, roundId: string, code: string, t: Translate, errors: FieldError[] = []) {
    const page = await this.page(actor, roundId, code, t, undefined);
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

  /** The confirmation before submitting, or the form with what is missing. */
  async confirmation(
    actor: Actor,
    roundId: string,
    code: string,
    t: Translate,
  ): Promise<{ status: number; view: string; page: AssessmentPage }> {
    const page = await this.page(actor, roundId, code, t);
    if (!page.assessment.allowedActions.includes('submit'))
      return { status: 200, view: 'assessments/view', page };
    const missing = await this.reads.missingForSubmission(actor, roundId, code);
    if (missing.length === 0) return { status: 200, view: 'assessments/confirm', page };
    return {
      status: 422,
      view: 'assessments/form',
      page: await this.page(actor, roundId, code, t, { values: page.values, errors: missing }),
    };
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
      async ({ status, code: error, errors }) => {
        if (error === ErrorCode.VersionConflict) return { redirect: `${base}?notice=changed-meanwhile` };
        const current = await this.page(actor, roundId, code, t);
        return { status, page: await this.page(actor, roundId, code, t, { values: current.values, errors }) };
      },
      [ErrorCode.VersionConflict],
    );
  }
}
