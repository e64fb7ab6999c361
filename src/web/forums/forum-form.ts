import { textOf } from '../forms/form-posts';
import type { Answer } from '../../forums/poll-rules';

/** The county boards meet in Swedish time: a time typed on a page is Stockholm's. */
const TIME_ZONE = 'Europe/Stockholm';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
const localFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Stockholm's offset from UTC at a moment, in minutes (60 in winter, 120 in summer). */
function offsetAt(utcMs: number): number {
  const name =
    offsetFormat.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date and time typed in a page's `datetime-local` field (`2026-12-10T09:00`), as the moment it is in Stockholm,
 * with its offset (`2026-12-10T09:00:00+01:00`). Anything else is passed on as typed, for the API's validation to
 * refuse by field.
 */
export function stockholmInstant(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return local;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // The offset of the moment the wall-clock time is, found from the offset of the same time read as UTC.
  const offset = offsetAt(asUtc - offsetAt(asUtc) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A moment as a `datetime-local` field shows it: Stockholm's wall-clock time. */
export function stockholmLocal(instant: string): string {
  return localFormat.format(new Date(instant)).replace(' ', 'T');
}

/** A posted field as a list: one value, several with the same name, or none. */
function listOf(body: Record<string, unknown>, name: string): string[] {
  const value = body[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** A posted whole number as a number; anything else as typed, for the API's validation to refuse by field. */
function numberOf(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  return /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : text;
}

/**
 * The poll the facilitator's form writes: the kind, the question, the options one per line (blank lines left out),
 * the steps of a scale and how many a choice takes. Only what the kind uses is passed on.
 */
export function pollFromForm(body: Record<string, unknown>): Record<string, unknown> {
  const kind = textOf(body, 'kind');
  const options = textOf(body, 'options')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    kind,
    question: textOf(body, 'question'),
    ...(kind === 'choice' || kind === 'ranking' ? { options } : {}),
    ...(kind === 'scale' ? { steps: numberOf(textOf(body, 'steps')) ?? 5 } : {}),
    ...(kind === 'choice' ? { maxChoices: numberOf(textOf(body, 'maxChoices')) ?? 1 } : {}),
  };
}

/**
 * A participant's answer as the phone's form posts it, in the API's shape: up to three words in fields of one name,
 * the options ticked, a ranking as each option's place (`place.<id>`, ordered by place; a place left empty ranks
 * nothing), a step of the scale, or a text.
 */
export function answerFromForm(kind: string, body: Record<string, unknown>): Record<string, unknown> {
  switch (kind) {
    case 'wordCloud':
      return {
        words: listOf(body, 'words')
          .map((w) => w.trim())
          .filter(Boolean),
      };
    case 'choice':
      return { optionIds: listOf(body, 'optionIds') };
    case 'ranking': {
      const places = Object.entries(body)
        .filter(([name, value]) => name.startsWith('place.') && typeof value === 'string' && value !== '')
        .map(([name, value]) => ({ id: name.slice('place.'.length), place: Number(value) }))
        .sort((a, b) => a.place - b.place);
      return { optionIds: places.map((p) => p.id) };
    }
    case 'scale': {
      const value = numberOf(textOf(body, 'value'));
      return value === undefined ? {} : { value };
    }
    default:
      return { text: textOf(body, 'text') };
  }
}

/** What the phone's answer form shows in its fields. */
export interface AnswerValues {
  words: string[];
  optionIds: string[];
  /** A ranking's place of each option, by option id. */
  places: Record<string, string>;
  value: string;
  text: string;
}

/**
 * The answer form's values: what was just posted when it was refused (so nothing typed is lost), else the answer
 * the participant gave before, else empty.
 */
export function answerValues(answer: Answer | null, posted: Record<string, unknown> | null): AnswerValues {
  if (posted) {
    const places = Object.fromEntries(
      Object.entries(posted)
        .filter(([name, value]) => name.startsWith('place.') && typeof value === 'string')
        .map(([name, value]) => [name.slice('place.'.length), value as string]),
    );
    return {
      words: listOf(posted, 'words'),
      optionIds: listOf(posted, 'optionIds'),
      places,
      value: textOf(posted, 'value'),
      text: textOf(posted, 'text'),
    };
  }
  return {
    words: answer?.kind === 'wordCloud' ? answer.words : [],
    optionIds: answer?.kind === 'choice' ? answer.optionIds : [],
    places:
      answer?.kind === 'ranking'
        ? Object.fromEntries(answer.optionIds.map((id, i) => [id, String(i + 1)]))
        : {},
    value: answer?.kind === 'scale' ? String(answer.value) : '',
    text: answer?.kind === 'openText' ? answer.text : '',
  };
}
