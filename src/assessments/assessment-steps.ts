import type { RespondentColumns } from './respondent';
import { randomUUID } from 'node:crypto';
import { AssessmentDocument, emptyDocument } from './assessment-document';
import type { Assessment } from './assessment.entity';
import type { RsaQuestions } from '../rounds/round-rules';
import { checkCompleteness } from './document-rules';
import { changedSections, errorsOfSection, RemovedItem, SectionKey, touchedSections } from './sections';

/** Who takes a step and when. */
export interface StepBy {
  actorId: string;
  at: Date;
}

function draftOf(
  row: Assessment | null,
  of: { roundId: string } & RespondentColumns,
  touched: Pick<Assessment, 'document' | 'sections'>,
  by: StepBy,
): Assessment {
  const changes = { ...touched, status: 'draft' as const, updatedAt: by.at, updatedBy: by.actorId };
  if (row) return { ...row, ...changes, version: row.version + 1 };
  return { id: randomUUID(), ...of, ...changes, version: 1, late: false, submittedAt: null };
}

/**
 * The assessment after a save of the whole document: a new draft at version 1, or the stored one as a draft one
 * version on. Every section whose content changed moves one version on, complete when it misses nothing.
 */
export function savedDraft(
  row: Assessment | null,
  of: { roundId: string } & RespondentColumns,
  document: AssessmentDocument,
  by: StepBy,
  rsa: RsaQuestions,
): Assessment {
  const missing = checkCompleteness(document, rsa);
  const sections = touchedSections(
    row?.sections ?? {},
    changedSections(row?.document ?? emptyDocument(), document),
    by,
    (key) => errorsOfSection(missing, key).length === 0,
  );
  return draftOf(row, of, { document, sections }, by);
}

/**
 * The assessment after a save of one section: the section moves one version on, marked complete or not as its author
 * says (or as it was); the document's other sections are as stored.
 */
export function savedSection(
  row: Assessment | null,
  of: { roundId: string } & RespondentColumns,
  saved: {
    document: AssessmentDocument;
    key: SectionKey;
    completed: boolean | undefined;
    /** An item the save removed (kept for undo), or null when it undid the last removal. */
    removed?: RemovedItem | null;
  },
  by: StepBy,
): Assessment {
  const removed = saved.removed === undefined ? undefined : { key: saved.key, item: saved.removed };
  const sections = touchedSections(row?.sections ?? {}, [saved.key], by, () => saved.completed, removed);
  return draftOf(row, of, { document: saved.document, sections }, by);
}

/** The assessment after a submission: lateness is fixed by the first submission, later ones keep it. */
export function submitted(current: Assessment, lateNow: boolean, by: StepBy): Assessment {
  return {
    ...current,
    status: 'submitted',
    version: current.version + 1,
    late: current.submittedAt === null ? lateNow : current.late,
    submittedAt: by.at,
    updatedAt: by.at,
    updatedBy: by.actorId,
  };
}

/** The assessment after the county returned or approved it. */
export function reviewed(current: Assessment, to: 'returned' | 'approved', by: StepBy): Assessment {
  return { ...current, status: to, version: current.version + 1, updatedAt: by.at, updatedBy: by.actorId };
}
