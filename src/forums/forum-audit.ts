import type { Actor } from '../access/actor';
import type { AuditEntry } from '../audit/audit.service';

/** An audit entry about a forum: by the actor, of the forum's county, with what it was about. */
export function forumAuditEntry(
  actor: Actor,
  forum: { id: string; countyCode: string },
  action: string,
  detail?: Record<string, string>,
): AuditEntry {
  return {
    actorId: actor.id,
    action,
    subjectType: 'forum',
    subjectId: forum.id,
    countyCode: forum.countyCode,
    ...(detail ? { detail } : {}),
  };
}
