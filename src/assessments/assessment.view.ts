import type { FieldError } from '../common/domain-error';
import type { AssessmentDocument } from './assessment-document';
import { emptyDocument } from './assessment-document';
import type { Assessment } from './assessment.entity';
import type { RsaQuestions } from '../rounds/round-rules';
import { checkCompleteness } from './document-rules';
import {
  errorsOfSection,
  RemovedItem,
  SECTION_KEYS,
  SectionKey,
  SectionStatus,
  sectionStatus,
} from './sections';
import type { AssessmentAction, AssessmentStatus } from './workflow';
import type { OrganisationKind } from '../geography/organisation.entity';
import type { Respondent, RespondentKind } from './respondent';

/** Who answers, as the reader sees it: the municipality's code or the organisation's id, and its name. */
export interface RespondentView {
  kind: RespondentKind;
  key: string;
  name: string;
}

/** One section as the reader sees it: its version (send it back with a save of the section) and who changed it last. */
export interface SectionView {
  version: number;
  status: SectionStatus;
  completed: boolean;
  /** How many things submitting needs are missing in it. */
  missing: number;
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
  /** The item the last removal in the section took out, which undoing it puts back. */
  removed: RemovedItem | null;
}

export interface AssessmentView extends AssessmentDocument {
  roundId: string;
  respondent: RespondentView;
  /** Null when an organisation answers. */
  municipalityCode: string | null;
  municipalityName: string | null;
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
  sections: Record<SectionKey, SectionView>;
}

/** A draft checked without saving: it would save; this is what submitting it would still miss. */
export interface DraftCheckView {
  missingForSubmission: FieldError[];
}

/** Where an organisation's assessment stands in a round the organisation is asked in. */
export interface OrganisationStatusView {
  organisationId: string;
  organisationName: string;
  kind: OrganisationKind;
  status: AssessmentStatus;
  late: boolean;
  version: number;
  submittedAt: string | null;
  updatedAt: string | null;
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
  context: { roundId: string; respondent: Pick<Respondent, 'kind' | 'key' | 'name'>; rsa: RsaQuestions },
  row: Assessment | null,
  extra: {
    returnComment: string | null;
    allowedActions: AssessmentAction[];
    proposal?: { document: AssessmentDocument; from: { roundId: string; version: number } } | null;
    /** The names of the sections' last authors, by user id. */
    names?: ReadonlyMap<string, string>;
  },
): AssessmentView {
  const document = row?.document ?? extra.proposal?.document ?? emptyDocument();
  const missing = checkCompleteness(document, context.rsa);
  const sectionView = (key: SectionKey): SectionView => {
    const meta = row?.sections[key];
    const count = errorsOfSection(missing, key).length;
    return {
      version: meta?.version ?? 0,
      status: sectionStatus(meta, count),
      completed: meta?.completed ?? false,
      missing: count,
      updatedAt: meta?.updatedAt ?? null,
      updatedBy: meta ? { id: meta.updatedBy, name: extra.names?.get(meta.updatedBy) ?? '' } : null,
      removed: meta?.removed ?? null,
    };
  };
  return {
    roundId: context.roundId,
    respondent: { kind: context.respondent.kind, key: context.respondent.key, name: context.respondent.name },
    municipalityCode: context.respondent.kind === 'municipality' ? context.respondent.key : null,
    municipalityName: context.respondent.kind === 'municipality' ? context.respondent.name : null,
    status: row?.status ?? 'not_started',
    version: row?.version ?? 0,
    late: row?.late ?? false,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    returnComment: extra.returnComment,
    allowedActions: extra.allowedActions,
    prefilledFrom: row ? null : (extra.proposal?.from ?? null),
    ...document,
    sections: Object.fromEntries(SECTION_KEYS.map((key) => [key, sectionView(key)])) as Record<
      SectionKey,
      SectionView
    >,
  };
}
