import { Injectable } from '@nestjs/common';
import type { AssessmentDocument, PlannedMeasure } from '../../assessments/assessment-document';
import type { AssessmentView } from '../../assessments/assessment.view';
import { AssessmentReadsService } from '../../assessments/assessment-reads.service';
import { SectionSavesService } from '../../assessments/section-saves.service';
import { errorsOfSection, listOfSection, SECTION_FIELDS, SectionKey } from '../../assessments/sections';
import { ErrorCode, FieldError, notFound } from '../../common/domain-error';
import type { Translate } from '../../common/i18n';
import type { Actor } from '../../access/actor';
import type { RoundView } from '../../rounds/round.view';
import { RoundsService } from '../../rounds/rounds.service';
import { pageErrors } from '../forms/field-paths';
import { tryForm } from '../forms/form-posts';
import { emptyItem, FormAction, formToSection, parseAction } from './assessment-form';
import { assessmentPath, sectionPath } from './assessment-paths';

/** Another author's save of the section that came first: what they stored, for the author to merge with. */
export interface StoredMeanwhile {
  content: Partial<AssessmentDocument>;
  updatedAt: string | null;
  updatedBy: string;
}

/** The same, as the page shows it: the stored section within the rest of the assessment. */
export type ShownConflict = StoredMeanwhile & { document: AssessmentDocument };

export interface SectionPage {
  round: RoundView;
  assessment: AssessmentView;
  key: SectionKey;
  /** What the form shows: the stored section, or what was posted when it could not be saved. */
  values: Partial<AssessmentDocument>;
  /** The section's version the form was read at, sent back with its save. */
  version: number;
  /** The answer to "have you completed this section", when there is one. */
  completed: boolean | null;
  /** The previous round's planned measures, each with the index of its follow-up on the form. */
  followUps: { index: number; measure: PlannedMeasure }[];
  errors: ReturnType<typeof pageErrors>;
  conflict: ShownConflict | null;
  /** The item the last removal in this section took out, while it can be undone. */
  removed: { index: number; label: string } | null;
  base: string;
  action: string;
}

/** How a post of a section's form ended: saved (with what was asked besides), or shown again with why not. */
export type SectionOutcome =
  | { saved: AssessmentView; key: SectionKey; action: ReturnType<typeof parseAction>['kind']; focus: string }
  | { status: number; page: SectionPage };

/** A short name for a removed item, for the message that offers to undo its removal. */
function itemLabel(item: unknown, fallback: string): string {
  const { title, description } = (item ?? {}) as { title?: string; description?: string };
  const text = title || description || '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text || fallback;
}

/**
 * Where the page goes after a save: after an addition, the item added by the script or the empty one at the end of
 * the form without it; the list after a removal.
 */
function focusAfter(saved: AssessmentView, key: SectionKey, action: FormAction, scripted: boolean): string {
  const list = listOfSection(key);
  if (!list) return key;
  return action.kind === 'add' ? `${list}-${saved[list].length - (scripted ? 1 : 0)}` : list;
}

@Injectable()
export class SectionPagesService {
  constructor(
    private readonly reads: AssessmentReadsService,
    private readonly sections: SectionSavesService,
    private readonly rounds: RoundsService,
  ) {}

  /** The sections this municipality answers in this round: follow-ups only when there are plans to follow up. */
  async sectionKeys(actor: Actor, roundId: string, code: string): Promise<SectionKey[]> {
    const planned = await this.reads.plannedToFollowUp(actor, roundId, code);
    return (Object.keys(SECTION_FIELDS) as SectionKey[]).filter((k) => k !== 'followUps' || planned.length);
  }

  async page(
    actor: Actor,
    roundId: string,
    code: string,
    key: SectionKey,
    t: Translate,
    shown?: {
      values: Partial<AssessmentDocument>;
      version: number;
      errors: FieldError[];
      conflict?: StoredMeanwhile;
    },
    show: { removed?: boolean; missing?: boolean } = {},
  ): Promise<SectionPage> {
    const [round, assessment, planned] = await Promise.all([
      this.rounds.get(actor, roundId),
      this.reads.get(actor, roundId, code),
      this.reads.plannedToFollowUp(actor, roundId, code),
    ]);
    if (key === 'followUps' && planned.length === 0) throw notFound('not_found.section');
    const section = assessment.sections[key];
    // A section called complete that still misses something says what, as a failed submission would, when opened.
    const missing =
      shown || section.status !== 'needs_attention' || show.missing === false
        ? []
        : errorsOfSection(await this.reads.missingForSubmission(actor, roundId, code), key);
    const removed = section.removed && show.removed ? section.removed : null;
    return {
      round,
      assessment,
      key,
      values: shown?.values ?? assessment,
      version: shown?.version ?? section.version,
      completed: section.updatedBy ? section.completed : null,
      followUps: planned.map((measure, index) => ({ index, measure })),
      errors: pageErrors(shown?.errors ?? missing, t),
      conflict: shown?.conflict
        ? { ...shown.conflict, document: { ...assessment, ...shown.conflict.content } }
        : null,
      removed: removed && {
        index: removed.index,
        label: itemLabel(removed.item, t(`fields.${removed.list}`)),
      },
      base: assessmentPath(roundId, code),
      action: sectionPath(roundId, code, key),
    };
  }

  /**
   * Saves the section's form and does what the pressed button asked: add an item, remove one (which can be undone),
   * undo the last removal, or only save. A refused save shows the form again with what was typed.
   */
  async post(
    actor: Actor,
    roundId: string,
    code: string,
    key: SectionKey,
    body: Record<string, unknown>,
    t: Translate,
    scripted = false,
  ): Promise<SectionOutcome> {
    if (!(await this.sectionKeys(actor, roundId, code)).includes(key)) throw notFound('not_found.section');
    const action = parseAction(body.action);
    const posted = formToSection(key, body);
    const list = listOfSection(key);
    // Without the script the form always ends with an empty item to fill in, so adding only saves; the script adds one.
    if (action.kind === 'add' && list && scripted)
      posted[list] = [...((posted[list] as unknown[]) ?? []), emptyItem(list)];
    const version = Number.isInteger(posted.version) ? (posted.version as number) : 0;
    const again = async (status: number, errors: FieldError[], extra: Partial<SectionPage> = {}) => ({
      status,
      page: {
        ...(await this.page(actor, roundId, code, key, t, { values: posted, version, errors })),
        ...extra,
      },
    });
    return tryForm<SectionOutcome, SectionOutcome>(
      async () => {
        if (action.kind === 'undo') {
          const before = await this.reads.get(actor, roundId, code);
          const saved = await this.sections.undoRemoval(actor, roundId, code, key, version);
          const index = before.sections[key].removed?.index ?? 0;
          return { saved, key, action: action.kind, focus: `${list ?? key}-${index}` };
        }
        const saved = await this.sections.save(
          actor,
          roundId,
          code,
          key,
          posted,
          action.kind === 'remove' ? action.index : undefined,
        );
        return { saved, key, action: action.kind, focus: focusAfter(saved, key, action, scripted) };
      },
      async ({ status, code: error, errors, detail }) => {
        if (error !== ErrorCode.VersionConflict || !detail.stored) return again(status, errors);
        const stored = detail.stored as {
          version: number;
          content: Partial<AssessmentDocument>;
          by: { updatedAt: string | null; updatedBy: { name: string } | null };
        };
        // The merge view: what was typed stays in the form, at the stored version, with what is stored beside it.
        const page = await this.page(actor, roundId, code, key, t, {
          values: posted,
          version: stored.version,
          errors: [],
          conflict: {
            content: stored.content,
            updatedAt: stored.by.updatedAt,
            updatedBy: stored.by.updatedBy?.name ?? '',
          },
        });
        return { status, page };
      },
      [ErrorCode.VersionConflict],
    );
  }
}
