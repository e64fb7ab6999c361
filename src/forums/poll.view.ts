import type { ForumAnswer } from './forum-answer.entity';
import type { ForumPoll, PollState } from './forum-poll.entity';
import { Answer, Poll, PollKind, PollOption, Tally, tally, TextAnswer } from './poll-rules';

/** A poll with its results, as the facilitator, the presenter view and the API read it. */
export interface PollView {
  id: string;
  position: number;
  kind: PollKind;
  question: string;
  options: PollOption[];
  steps: number;
  maxChoices: number;
  state: PollState;
  openedAt: string | null;
  closedAt: string | null;
  results: Tally;
  /** Open text only: every answer with whether the facilitator hid it, for the facilitator to hide or show again. */
  texts?: TextAnswer[];
}

/** The open poll as a participant's phone shows it: the question, and the participant's own answer if any. */
export interface OpenPollView {
  id: string;
  kind: PollKind;
  question: string;
  options: PollOption[];
  steps: number;
  maxChoices: number;
  answer: Answer | null;
}

export const pollOfRow = (row: ForumPoll): Poll => ({
  kind: row.kind,
  options: row.options,
  steps: row.steps,
  maxChoices: row.maxChoices,
});

const textsOf = (answers: ForumAnswer[]): TextAnswer[] =>
  answers.flatMap((a) =>
    a.value.kind === 'openText' ? [{ id: a.id, text: a.value.text, hidden: a.hidden }] : [],
  );

export function toPollView(row: ForumPoll, answers: ForumAnswer[], moderating = false): PollView {
  const texts = textsOf(answers);
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    question: row.question,
    options: row.options,
    steps: row.steps,
    maxChoices: row.maxChoices,
    state: row.state,
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    results: tally(
      pollOfRow(row),
      answers.map((a) => a.value),
      texts,
    ),
    ...(moderating && row.kind === 'openText' ? { texts } : {}),
  };
}

export function toOpenPollView(row: ForumPoll, answer: ForumAnswer | null): OpenPollView {
  return {
    id: row.id,
    kind: row.kind,
    question: row.question,
    options: row.options,
    steps: row.steps,
    maxChoices: row.maxChoices,
    answer: answer?.value ?? null,
  };
}
