import { randomUUID } from 'node:crypto';
import type { AssessmentDocument } from './assessment-document';
import type { Assessment } from './assessment.entity';

/** Who takes a step and when. */
export interface StepBy {
  actorId: string;
  at: Date;
}

/** The assessment after a save: a new draft at version 1, or the stored one as a draft one version on. */
export function savedDraft(
  row: Assessment | null,
  of: { roundId: string; municipalityCode: string },
  document: AssessmentDocument,
  by: StepBy,
): Assessment {
  const touched = { status: 'draft' as const, document, updatedAt: by.at, updatedBy: by.actorId };
  if (row) return { ...row, ...touched, version: row.version + 1 };
  return { id: randomUUID(), ...of, ...touched, version: 1, late: false, submittedAt: null };
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
