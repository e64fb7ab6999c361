import { randomInt } from 'node:crypto';
import type { FieldError } from '../common/domain-error';

/** A text in both of the service's languages. */
export interface Words {
  sv: string;
  en: string;
}

/** A question on a forum's agenda: one of the seed questions, or a theme that municipalities asked for. */
export interface AgendaQuestion {
  id: string;
  text: Words;
  /** The municipalities whose assessments asked for this theme; empty for a seed question. */
  askedBy: string[];
}

/** The municipalities that present together in one group room. */
export interface ForumGroup {
  id: string;
  name: string;
  municipalityCodes: string[];
}

/** A municipality of the forum's county, as grouping reads it. */
export interface ForumMunicipality {
  code: string;
  name: string;
  mainGroup: string | null;
  mainGroupName: string | null;
}

/** A municipality's wish for the next forum, from the `forumThemes` of its latest assessment. */
export interface ThemeWish {
  municipalityCode: string;
  text: string;
}

/**
 * The questions the county boards ask at their dialogue forums (Kronoberg, September 2020, and the assessment's own
 * sections): what we saw, how we handled it, what changed, what we see ahead, how we plan to handle it.
 */
export const SEED_QUESTIONS: AgendaQuestion[] = [
  {
    id: 'seen',
    text: {
      sv: 'Vilka sociala risker och farhågor såg vi sedan förra forumet?',
      en: 'Which social risks and concerns did we see since the last forum?',
    },
    askedBy: [],
  },
  {
    id: 'handled',
    text: {
      sv: 'Hur hanterade vi dessa, och hur väl fungerade det?',
      en: 'How did we handle them, and how well did it work?',
    },
    askedBy: [],
  },
  {
    id: 'changed',
    text: { sv: 'Har det skett någon förändring?', en: 'Has anything changed?' },
    askedBy: [],
  },
  {
    id: 'ahead',
    text: { sv: 'Ser vi andra sociala risker framöver?', en: 'Do we see other social risks ahead?' },
    askedBy: [],
  },
  {
    id: 'plans',
    text: { sv: 'Hur planerar vi att hantera dessa?', en: 'How do we plan to handle them?' },
    askedBy: [],
  },
];

/** The most questions an agenda holds, and the longest question. */
export const MAX_QUESTIONS = 20;
export const MAX_QUESTION_LENGTH = 300;
/** The most groups a forum has; a county has at most 49 municipalities. */
export const MAX_GROUPS = 20;
export const MAX_GROUP_NAME = 80;

/** The same theme written by two municipalities: case, spacing and a closing full stop do not make it another. */
const themeKey = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+$/, '')
    .trim();

/**
 * The agenda proposed for a new forum: the seed questions, then each theme the municipalities asked for in their
 * assessments, once however many asked, the most asked first, up to the agenda's size. A theme is the municipality's
 * own words, so it stands in both languages as written.
 */
export function proposeAgenda(wishes: ThemeWish[]): AgendaQuestion[] {
  const themes = new Map<string, { text: string; askedBy: Set<string>; first: number }>();
  wishes.forEach((wish, i) => {
    for (const line of wish.text.split(/\r?\n/)) {
      const text = line.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_LENGTH);
      const key = themeKey(text);
      if (!key) continue;
      const theme = themes.get(key) ?? { text, askedBy: new Set<string>(), first: i };
      theme.askedBy.add(wish.municipalityCode);
      themes.set(key, theme);
    }
  });
  const asked = [...themes.values()]
    .sort((a, b) => b.askedBy.size - a.askedBy.size || a.first - b.first)
    .slice(0, MAX_QUESTIONS - SEED_QUESTIONS.length)
    .map((theme, i): AgendaQuestion => ({
      id: `theme-${i + 1}`,
      text: { sv: theme.text, en: theme.text },
      askedBy: [...theme.askedBy].sort(),
    }));
  return [...SEED_QUESTIONS, ...asked];
}

/** Without a main group, a municipality presents with the others that have none. */
const NO_MAIN_GROUP = { id: 'other', name: { sv: 'Övriga', en: 'Others' } };

/**
 * Groups by SKR main group (A large cities and their neighbours, B larger towns, C smaller towns and rural
 * municipalities), in the order of the main groups, each with its municipalities in name order; a main group with
 * no municipality in the county gives no group.
 */
export function groupsByMainGroup(
  municipalities: ForumMunicipality[],
  language: keyof Words = 'sv',
): ForumGroup[] {
  const groups = new Map<string, ForumGroup>();
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  for (const m of sorted) {
    const id = m.mainGroup ?? NO_MAIN_GROUP.id;
    const name = m.mainGroup
      ? `${m.mainGroup} ${m.mainGroupName ?? ''}`.trim()
      : NO_MAIN_GROUP.name[language];
    const group = groups.get(id) ?? { id, name, municipalityCodes: [] };
    group.municipalityCodes.push(m.code);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.id === NO_MAIN_GROUP.id ? 1 : b.id === NO_MAIN_GROUP.id ? -1 : a.id.localeCompare(b.id),
  );
}

/**
 * The previous forum's groups again ("samma gruppindelning som föregående forum"), for the municipalities the county
 * has now; one the previous forum did not place goes to the group of its main group there, or to a group of its own
 * main group when no such group exists.
 */
export function groupsFromPrevious(
  previous: ForumGroup[],
  municipalities: ForumMunicipality[],
  language: keyof Words = 'sv',
): ForumGroup[] {
  const known = new Set(municipalities.map((m) => m.code));
  const groups = previous.map((g) => ({
    ...g,
    municipalityCodes: g.municipalityCodes.filter((code) => known.has(code)),
  }));
  const placed = new Set(groups.flatMap((g) => g.municipalityCodes));
  const unplaced = municipalities.filter((m) => !placed.has(m.code));
  for (const extra of groupsByMainGroup(unplaced, language)) {
    const same = groups.find((g) => g.id === extra.id);
    if (same) same.municipalityCodes.push(...extra.municipalityCodes);
    else groups.push(extra);
  }
  return groups.filter((g) => g.municipalityCodes.length > 0);
}

/**
 * What is wrong with groups chosen by hand: each needs a name and a municipality of the county, and a municipality
 * presents in one group only. Paths name the group and the place in its list.
 */
export function groupErrors(groups: ForumGroup[], countyCodes: Set<string>): FieldError[] {
  const errors: FieldError[] = [];
  if (groups.length > MAX_GROUPS)
    errors.push({ path: 'groups', code: 'max_items', params: { max: MAX_GROUPS } });
  const seenIds = new Set<string>();
  const seenCodes = new Set<string>();
  groups.slice(0, MAX_GROUPS).forEach((group, i) => {
    const at = `groups[${i}]`;
    if (seenIds.has(group.id))
      errors.push({ path: `${at}.id`, code: 'duplicate_id', params: { id: group.id } });
    seenIds.add(group.id);
    if (!group.name.trim()) errors.push({ path: `${at}.name`, code: 'empty' });
    else if (group.name.length > MAX_GROUP_NAME)
      errors.push({ path: `${at}.name`, code: 'max_length', params: { max: MAX_GROUP_NAME } });
    if (group.municipalityCodes.length === 0)
      errors.push({ path: `${at}.municipalityCodes`, code: 'empty_list' });
    group.municipalityCodes.forEach((code, j) => {
      const path = `${at}.municipalityCodes[${j}]`;
      if (!countyCodes.has(code)) errors.push({ path, code: 'municipality_not_in_county' });
      else if (seenCodes.has(code)) errors.push({ path, code: 'duplicate_code_in_list', params: { code } });
      seenCodes.add(code);
    });
  });
  return errors;
}

/**
 * Join codes are read aloud and typed on a phone: six letters and digits without the ones that look alike (0 and O,
 * 1, I and L), about 887 million codes.
 */
export const JOIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(pick: (n: number) => number = randomInt): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_ALPHABET[pick(JOIN_ALPHABET.length)]).join('');
}

/**
 * A join code as typed: case, spaces and dashes do not matter ("abc-234" is "ABC234"). Null when it cannot be a code:
 * another length, or a character no code has.
 */
export function joinCodeOf(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_ALPHABET.includes(c)) ? code : null;
}
