import type { FieldError } from '../common/domain-error';
import type { AssessmentDocument } from './assessment-document';
import { emptyDocument } from './assessment-document';
import type { Assessment } from './assessment.entity';
import type { AssessmentAction, AssessmentStatus } from './workflow';

export interface AssessmentView extends AssessmentDocument {
  roundId: string;
  municipalityCode: string;
  municipalityName: string;
  status: AssessmentStatus;
  version: number;
  late: boolean;
  submittedAt: string | null;
  updatedAt: string | null;
  /** The county's comment when the assessment was returned. */
  returnComment: string | null;
  /** What the reader may do with it now. */
  allowedActions: AssessmentAction[];
  /**
   * Set while the assessment is not started and the document shown is a proposal made of the municipality's last
   * submitted assessment: its round and version. Saving the proposal makes it the draft.
   */
  prefilledFrom: { roundId: string; version: number } | null;
}

/** A draft checked without saving: it would save; this is what submitting it would still miss. */
export interface DraftCheckView {
  missingForSubmission: FieldError[];
}

export interface AssessmentStatusView {
  municipalityCode: string;
  municipalityName: string;
  groupCode: string | null;
  mainGroup: string | null;
  status: AssessmentStatus;
  late: boolean;
  version: number;
  submittedAt: string | null;
  updatedAt: string | null;
}

export function toAssessmentView(
  context: { roundId: string; municipality: { code: string; name: string } },
  row: Assessment | null,
  extra: {
    returnComment: string | null;
    allowedActions: AssessmentAction[];
    proposal?: { document: AssessmentDocument; from: { roundId: string; version: number } } | null;
  },
): AssessmentView {
  return {
    roundId: context.roundId,
    municipalityCode: context.municipality.code,
    municipalityName: context.municipality.name,
    status: row?.status ?? 'not_started',
    version: row?.version ?? 0,
    late: row?.late ?? false,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    returnComment: extra.returnComment,
    allowedActions: extra.allowedActions,
    prefilledFrom: row ? null : (extra.proposal?.from ?? null),
    ...(row?.document ?? extra.proposal?.document ?? emptyDocument()),
  };
}
