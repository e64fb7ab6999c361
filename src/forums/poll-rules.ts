import type { FieldError } from '../common/domain-error';

/** What Mentimeter does for the county boards: a word cloud, a choice, a scale, open text and a ranking. */
export const POLL_KINDS = ['wordCloud', 'choice', 'scale', 'openText', 'ranking'] as const;
export type PollKind = (typeof POLL_KINDS)[number];

export interface PollOption {
  id: string;
  label: string;
}

export interface Poll {
  kind: PollKind;
  /** For a choice and a ranking. */
  options: PollOption[];
  /** For a scale: its steps, 1 to `steps`. */
  steps: number;
  /** For a choice: how many options one may pick. */
  maxChoices: number;
}

/** One participant's answer: words, picked or ranked option ids, a step on the scale, or a text. */
export type Answer =
  | { kind: 'wordCloud'; words: string[] }
  | { kind: 'choice'; optionIds: string[] }
  | { kind: 'scale'; value: number }
  | { kind: 'openText'; text: string }
  | { kind: 'ranking'; optionIds: string[] };

/** Bounds of one answer: a phone's worth, and what a presenter view can show. */
export const MAX_WORDS = 3;
export const MAX_WORD_LENGTH = 25;
export const MAX_TEXT_LENGTH = 500;
export const MAX_OPTIONS = 10;
export const MAX_STEPS = 10;

export const MAX_OPTION_LABEL = 120;
export const MAX_POLLS = 50;

/** A poll as the facilitator writes it: the kind, and the options' labels, the steps or the choices it needs. */
export interface PollDefinition {
  kind: PollKind;
  options: string[];
  steps?: number;
  maxChoices?: number;
}

const hasOptions = (kind: PollKind) => kind === 'choice' || kind === 'ranking';

/** What is wrong with a poll's definition, by field: a choice or ranking has 2 to 10 distinct options, a scale 2 to 10 steps. */
export function pollErrors(definition: PollDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const labels = definition.options.map((label) => label.trim());
  if (hasOptions(definition.kind)) {
    if (labels.length < 2) errors.push({ path: 'options', code: 'min_items', params: { min: 2 } });
    if (labels.length > MAX_OPTIONS)
      errors.push({ path: 'options', code: 'max_items', params: { max: MAX_OPTIONS } });
    const seen = new Set<string>();
    labels.forEach((label, i) => {
      const key = label.toLocaleLowerCase('sv');
      if (!label) errors.push({ path: `options[${i}]`, code: 'empty' });
      else if (label.length > MAX_OPTION_LABEL)
        errors.push({ path: `options[${i}]`, code: 'max_length', params: { max: MAX_OPTION_LABEL } });
      else if (seen.has(key))
        errors.push({ path: `options[${i}]`, code: 'duplicate_code_in_list', params: { code: label } });
      seen.add(key);
    });
  } else if (labels.length > 0) errors.push({ path: 'options', code: 'not_for_kind' });
  if (definition.kind === 'scale') {
    const steps = definition.steps;
    if (steps === undefined) errors.push({ path: 'steps', code: 'required' });
    else if (steps < 2) errors.push({ path: 'steps', code: 'min', params: { min: 2 } });
    else if (steps > MAX_STEPS) errors.push({ path: 'steps', code: 'max', params: { max: MAX_STEPS } });
  } else if (definition.steps !== undefined) errors.push({ path: 'steps', code: 'not_for_kind' });
  if (definition.kind === 'choice') {
    const most = definition.maxChoices ?? 1;
    if (most < 1) errors.push({ path: 'maxChoices', code: 'min', params: { min: 1 } });
    else if (labels.length >= 2 && most > labels.length)
      errors.push({ path: 'maxChoices', code: 'max', params: { max: labels.length } });
  } else if (definition.maxChoices !== undefined) errors.push({ path: 'maxChoices', code: 'not_for_kind' });
  return errors;
}

/** The poll a valid definition makes: options get the ids a, b, c …; a scale without options, a choice of one by default. */
export function pollOf(definition: PollDefinition): Poll {
  const options = hasOptions(definition.kind)
    ? definition.options.map((label, i) => ({ id: String.fromCharCode(97 + i), label: label.trim() }))
    : [];
  return {
    kind: definition.kind,
    options,
    steps: definition.kind === 'scale' ? definition.steps! : 0,
    maxChoices: definition.kind === 'choice' ? (definition.maxChoices ?? 1) : 0,
  };
}

const ids = (poll: Poll) => new Set(poll.options.map((o) => o.id));

function idErrors(poll: Poll, optionIds: string[]): FieldError[] {
  const known = ids(poll);
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  optionIds.forEach((id, i) => {
    if (!known.has(id)) errors.push({ path: `optionIds[${i}]`, code: 'invalid_id' });
    else if (seen.has(id)) errors.push({ path: `optionIds[${i}]`, code: 'duplicate_id', params: { id } });
    seen.add(id);
  });
  return errors;
}

/** What is wrong with an answer to the poll, by field; empty when it can be counted. */
export function answerErrors(poll: Poll, answer: Answer): FieldError[] {
  if (answer.kind !== poll.kind) return [{ path: 'kind', code: 'not_one_of', params: { values: poll.kind } }];
  switch (answer.kind) {
    case 'wordCloud': {
      const words = answer.words.map((w) => w.trim()).filter(Boolean);
      if (words.length === 0) return [{ path: 'words', code: 'empty_list' }];
      if (answer.words.length > MAX_WORDS)
        return [{ path: 'words', code: 'max_items', params: { max: MAX_WORDS } }];
      return answer.words.flatMap((w, i) =>
        w.trim().length > MAX_WORD_LENGTH
          ? [{ path: `words[${i}]`, code: 'max_length' as const, params: { max: MAX_WORD_LENGTH } }]
          : [],
      );
    }
    case 'choice':
      if (answer.optionIds.length === 0) return [{ path: 'optionIds', code: 'empty_list' }];
      if (answer.optionIds.length > poll.maxChoices)
        return [{ path: 'optionIds', code: 'max_choices', params: { max: poll.maxChoices } }];
      return idErrors(poll, answer.optionIds);
    case 'scale':
      if (!Number.isInteger(answer.value)) return [{ path: 'value', code: 'not_integer' }];
      if (answer.value < 1) return [{ path: 'value', code: 'min', params: { min: 1 } }];
      if (answer.value > poll.steps) return [{ path: 'value', code: 'max', params: { max: poll.steps } }];
      return [];
    case 'openText': {
      const text = answer.text.trim();
      if (!text) return [{ path: 'text', code: 'empty' }];
      return text.length > MAX_TEXT_LENGTH
        ? [{ path: 'text', code: 'max_length', params: { max: MAX_TEXT_LENGTH } }]
        : [];
    }
    case 'ranking': {
      const errors = idErrors(poll, answer.optionIds);
      if (errors.length > 0) return errors;
      return answer.optionIds.length === poll.options.length
        ? []
        : [{ path: 'optionIds', code: 'ranking_incomplete', params: { count: poll.options.length } }];
    }
  }
}

/** A word of a cloud as it is counted: "Trygghet", "trygghet " and "TRYGGHET" are one word. */
export const wordKey = (word: string) =>
  word.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** An open-text answer as the presenter view shows it: hidden ones are left out, the others in the order given. */
export interface TextAnswer {
  id: string;
  text: string;
  hidden: boolean;
}

/** A poll's results, as the presenter view, its table and the report show them. */
export type Tally =
  | { kind: 'wordCloud'; answers: number; words: { word: string; count: number }[] }
  | { kind: 'choice' | 'ranking'; answers: number; options: { id: string; label: string; count: number }[] }
  | { kind: 'scale'; answers: number; steps: number[]; mean: number | null }
  | { kind: 'openText'; answers: number; texts: { id: string; text: string }[] };

/**
 * Counts a poll's answers. A word cloud counts each participant's word once, most frequent first (ties
 * alphabetically, shown as first written); a choice counts picks; a ranking gives an option n − place points
 * (Borda), most points first; a scale gives the answers per step and their mean; open text lists the answers not
 * hidden. `answers` is how many answered, for every kind.
 */
export function tally(poll: Poll, answers: Answer[], texts: TextAnswer[] = []): Tally {
  switch (poll.kind) {
    case 'wordCloud': {
      const counts = new Map<string, { word: string; count: number }>();
      for (const answer of answers) {
        if (answer.kind !== 'wordCloud') continue;
        for (const key of new Set(answer.words.map(wordKey).filter(Boolean))) {
          const entry = counts.get(key) ?? {
            word: answer.words.find((w) => wordKey(w) === key)!.trim(),
            count: 0,
          };
          entry.count += 1;
          counts.set(key, entry);
        }
      }
      const words = [...counts.entries()]
        .sort(([ka, a], [kb, b]) => b.count - a.count || ka.localeCompare(kb, 'sv'))
        .map(([, entry]) => entry);
      return { kind: 'wordCloud', answers: answers.length, words };
    }
    case 'choice':
    case 'ranking': {
      const points = new Map(poll.options.map((o) => [o.id, 0]));
      const n = poll.options.length;
      for (const answer of answers) {
        if (answer.kind !== poll.kind) continue;
        answer.optionIds.forEach((id, place) =>
          points.set(id, (points.get(id) ?? 0) + (poll.kind === 'ranking' ? n - place - 1 : 1)),
        );
      }
      const options = poll.options.map((o) => ({ ...o, count: points.get(o.id) ?? 0 }));
      if (poll.kind === 'ranking') options.sort((a, b) => b.count - a.count);
      return { kind: poll.kind, answers: answers.length, options };
    }
    case 'scale': {
      const steps = Array.from({ length: poll.steps }, () => 0);
      let sum = 0;
      for (const answer of answers) {
        if (answer.kind !== 'scale') continue;
        steps[answer.value - 1]! += 1;
        sum += answer.value;
      }
      const mean = answers.length === 0 ? null : Math.round((sum / answers.length) * 10) / 10;
      return { kind: 'scale', answers: answers.length, steps, mean };
    }
    case 'openText':
      return {
        kind: 'openText',
        answers: texts.length,
        texts: texts.filter((t) => !t.hidden).map(({ id, text }) => ({ id, text })),
      };
  }
}

/** One line of a poll's results as every view draws it: a word, an option or a step, its count and its part. */
export interface ResultRow {
  label: string;
  count: number;
  /** The count against the largest count of the poll, 0 to 1: a bar's length, a word's size. */
  relative: number;
  /** For a choice and a scale: the share of those who answered that gave this, 0 to 1; null for words and rankings. */
  share: number | null;
}

/**
 * A poll's results as rows: the words of a cloud (most frequent first), the options of a choice with the share that
 * picked each, a ranking's options by points, a scale's steps from 1 up; open text has no rows, its texts are listed.
 */
export function resultRows(poll: { results: Tally }): ResultRow[] {
  const results = poll.results;
  const rows: { label: string; count: number }[] =
    results.kind === 'wordCloud'
      ? results.words.map((w) => ({ label: w.word, count: w.count }))
      : results.kind === 'choice' || results.kind === 'ranking'
        ? results.options.map((o) => ({ label: o.label, count: o.count }))
        : results.kind === 'scale'
          ? results.steps.map((count, i) => ({ label: String(i + 1), count }))
          : [];
  const most = Math.max(1, ...rows.map((r) => r.count));
  const shared = results.kind === 'choice' || results.kind === 'scale';
  return rows.map((r) => ({
    ...r,
    relative: r.count / most,
    share: shared && results.answers > 0 ? r.count / results.answers : null,
  }));
}
