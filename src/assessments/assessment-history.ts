import type { Role } from '../access/actor';
import type { User } from '../users/user.entity';
import type { AssessmentDocument } from './assessment-document';
import type { AssessmentEvent } from './assessment-event.entity';
import type { AssessmentSubmission } from './assessment-submission.entity';
import type { SectionKey } from './sections';
import type { AssessmentAction, AssessmentStatus } from './workflow';

export interface HistoryActor {
  id: string;
  name: string;
  role: Role | null;
}

export interface AssessmentHistory {
  events: {
    at: string;
    action: AssessmentAction;
    fromStatus: AssessmentStatus;
    toStatus: AssessmentStatus;
    version: number;
    comment: string | null;
    section: SectionKey | null;
    actor: HistoryActor;
  }[];
  submissions: {
    number: number;
    version: number;
    submittedAt: string;
    late: boolean;
    submittedBy: HistoryActor;
    document: AssessmentDocument;
  }[];
}

export function toHistory(
  events: AssessmentEvent[],
  submissions: AssessmentSubmission[],
  users: User[],
): AssessmentHistory {
  const byId = new Map(users.map((u) => [u.id, u]));
  const actor = (id: string): HistoryActor => {
    const user = byId.get(id);
    return { id, name: user?.name ?? '(okänd)', role: user?.role ?? null };
  };
  return {
    events: events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      version: e.documentVersion,
      comment: e.comment,
      section: e.section,
      actor: actor(e.actorId),
    })),
    submissions: submissions.map((s) => ({
      number: s.number,
      version: s.documentVersion,
      submittedAt: s.submittedAt.toISOString(),
      late: s.late,
      submittedBy: actor(s.submittedBy),
      document: s.document,
    })),
  };
}
