import type { AgendaQuestion, ForumGroup } from './forum-rules';
import type { Forum, Grouping } from './forum.entity';

/** A forum as its county's staff read it. */
export interface ForumView {
  id: string;
  countyCode: string;
  roundId: string | null;
  title: string;
  startsAt: string;
  agenda: AgendaQuestion[];
  grouping: Grouping;
  groups: ForumGroup[];
  joinCode: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toForumView(forum: Forum): ForumView {
  return {
    id: forum.id,
    countyCode: forum.countyCode,
    roundId: forum.roundId,
    title: forum.title,
    startsAt: forum.startsAt.toISOString(),
    agenda: forum.agenda,
    grouping: forum.grouping,
    groups: forum.groups,
    joinCode: forum.joinCode,
    version: forum.version,
    createdAt: forum.createdAt.toISOString(),
    updatedAt: forum.updatedAt.toISOString(),
  };
}
