import type { User } from '../users/user.entity';
import type { AuditEvent } from '../audit/audit-event.entity';

export interface AuditEventView {
  id: number;
  at: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  subjectType: string | null;
  subjectId: string | null;
  /** What the entry is about, named: a user, a round's title, an invitation, an assessment's municipality. */
  subjectLabel: string | null;
  countyCode: string | null;
  detail: Record<string, string | number | boolean | null> | null;
}

export function toAuditEventView(
  event: AuditEvent,
  users: User[],
  subjectLabel: string | null = null,
): AuditEventView {
  const user = event.actorId ? users.find((u) => u.id === event.actorId) : undefined;
  return {
    id: event.id,
    at: event.at.toISOString(),
    action: event.action,
    actor: event.actorId ? { id: event.actorId, name: user?.name ?? '', email: user?.email ?? '' } : null,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    subjectLabel,
    countyCode: event.countyCode,
    detail: event.detail,
  };
}
