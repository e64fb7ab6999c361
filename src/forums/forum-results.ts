import type { AgendaQuestion, ForumGroup } from './forum-rules';
import { PollKind, ResultRow, resultRows } from './poll-rules';
import type { PollView } from './poll.view';
import { SUMMARY } from './text-rules';

/** A poll's results as the county picture and the forum's report give them. */
export interface PollResult {
  id: string;
  question: string;
  kind: PollKind;
  answers: number;
  /** Words, options or steps with their counts; none for open text. */
  rows: ResultRow[];
  /** A scale's mean; null for other kinds or no answers. */
  mean: number | null;
  /** Open text: the answers the facilitator did not hide. */
  texts: string[];
}

/** What a dialogue forum gave: its themes, its polls' results and its group rooms' notes, each traced to the forum. */
export interface ForumResult {
  id: string;
  title: string;
  startsAt: string;
  roundId: string | null;
  /** Themes the municipalities asked for in their assessments, with who asked. */
  themes: { text: string; askedBy: string[] }[];
  /** The questions asked, in the agenda's order. */
  questions: string[];
  /** Polls that were opened, in their order. */
  polls: PollResult[];
  /** A note on each municipality's presentation, with its group; only what was written. */
  notes: { municipalityCode: string; groupName: string; text: string }[];
  /** Each group's summary, where one was written. */
  summaries: { groupName: string; text: string }[];
}

/** What a forum's result is built from: the forum, its polls with their results, and its group notes. */
export interface ForumResultInput {
  forum: {
    id: string;
    title: string;
    startsAt: string;
    roundId: string | null;
    agenda: AgendaQuestion[];
    groups: ForumGroup[];
  };
  polls: PollView[];
  notes: { scope: string; section: string; text: string }[];
}

/**
 * A forum's result: the themes asked for (those with askers), the agenda's questions, the polls that were opened
 * (a poll never opened has no result), and the notes written, in the groups' order and each group's municipalities'
 * order, with each group's summary. Empty notes are left out.
 */
export function forumResultOf(input: ForumResultInput): ForumResult {
  const { forum } = input;
  const noteOf = (scope: string, section: string) =>
    input.notes.find((n) => n.scope === scope && n.section === section)?.text.trim() ?? '';
  return {
    id: forum.id,
    title: forum.title,
    startsAt: forum.startsAt,
    roundId: forum.roundId,
    themes: forum.agenda
      .filter((q) => q.askedBy.length > 0)
      .map((q) => ({ text: q.text.sv, askedBy: q.askedBy })),
    questions: forum.agenda.map((q) => q.text.sv),
    polls: input.polls
      .filter((p) => p.state !== 'draft')
      .map((p) => ({
        id: p.id,
        question: p.question,
        kind: p.kind,
        answers: p.results.answers,
        rows: resultRows(p),
        mean: p.results.kind === 'scale' ? p.results.mean : null,
        texts: p.results.kind === 'openText' ? p.results.texts.map((t) => t.text) : [],
      })),
    notes: forum.groups.flatMap((g) =>
      g.municipalityCodes
        .map((code) => ({ municipalityCode: code, groupName: g.name, text: noteOf(g.id, code) }))
        .filter((n) => n.text !== ''),
    ),
    summaries: forum.groups
      .map((g) => ({ groupName: g.name, text: noteOf(g.id, SUMMARY) }))
      .filter((s) => s.text !== ''),
  };
}
