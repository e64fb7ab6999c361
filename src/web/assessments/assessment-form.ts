import { SECTION_FIELDS, SectionKey } from '../../assessments/sections';

/** What the pressed button asks for, besides saving what is on the section's form. */
export type FormAction =
  { kind: 'save' } | { kind: 'add' } | { kind: 'remove'; index: number } | { kind: 'undo' };

const ITEM_LISTS = new Set(['observedRisks', 'measuresTaken', 'plannedMeasures', 'risksAhead', 'followUps']);
const MULTI_VALUED = new Set(['affectedGroups', 'riskIds', 'actors', 'perspectives', 'protectedValues']);
const REFUSED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_INDEX = 999;

type Plain = Record<string, unknown>;

export function parseAction(value: unknown): FormAction {
  if (value === 'add') return { kind: 'add' };
  if (value === 'undo') return { kind: 'undo' };
  const remove = typeof value === 'string' ? /^remove-(\d{1,3})$/.exec(value) : null;
  if (remove) return { kind: 'remove', index: Number(remove[1]) };
  return { kind: 'save' };
}

/** `observedRisks[2].level` → ['observedRisks', 2, 'level']; null for anything that is not a field path. */
function segmentsOf(name: string): (string | number)[] | null {
  if (!/^[A-Za-z]+(\[\d{1,3}\]|\.[A-Za-z]+)*$/.test(name)) return null;
  const segments = [...name.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((m) =>
    m[1] !== undefined ? m[1] : Number(m[2]),
  );
  return segments.some((s) => typeof s === 'string' && REFUSED_NAMES.has(s)) ? null : segments;
}

function toList(value: unknown): string[] {
  return [value].flat().filter((v): v is string => typeof v === 'string' && v !== '');
}

/**
 * The posted form as a document body: field names are the document's paths (`observedRisks[0].title`), lists of
 * checkboxes become arrays, items keep their order. Names that are not paths are left out; unknown paths stay in, so
 * that validation names them.
 */
function formToDocument(body: Plain): Plain {
  const doc: Plain = {};
  for (const [name, raw] of Object.entries(body)) {
    if (name === '_csrf' || name === 'action') continue;
    const segments = segmentsOf(name);
    if (!segments) continue;
    const last = segments[segments.length - 1]!;
    const value: unknown = MULTI_VALUED.has(String(last))
      ? toList(raw)
      : Array.isArray(raw)
        ? (raw as unknown[])[raw.length - 1]
        : raw;
    // A new item has no id yet: the server gives it one.
    if (last === 'id' && value === '') continue;
    let node: Plain = doc;
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) {
        node[segment] = value;
        return;
      }
      if (typeof segment === 'number' && segment > MAX_INDEX) return;
      const child = node[segment];
      node[segment] = child !== null && typeof child === 'object' && !Array.isArray(child) ? child : {};
      node = node[segment] as Plain;
    });
  }
  for (const list of ITEM_LISTS) {
    const items = doc[list];
    if (items && typeof items === 'object') {
      doc[list] = Object.keys(items)
        .map(Number)
        .sort((a, b) => a - b)
        .map((i) => (items as Plain)[i])
        .filter((item) => !isBlankNewItem(item));
    }
  }
  return doc;
}

/** The empty item a form without scripts offers at the end of a list, left as it was: no id and nothing filled in. */
function isBlankNewItem(item: unknown): boolean {
  if (item === null || typeof item !== 'object' || 'id' in item || 'plannedMeasureId' in item) return false;
  return Object.values(item).every((value) => value === '' || (Array.isArray(value) && value.length === 0));
}

/**
 * The posted form of one section as the body of its save: the section's fields, its `version`, and `completed` from
 * the "have you completed this section" question (left out when it is not answered). Fields of other sections are
 * left in, so that validation refuses them.
 */
export function formToSection(key: SectionKey, body: Plain): Plain {
  const doc = formToDocument(body);
  const section: Plain = { ...doc, version: Number(doc.version) };
  delete section.completed;
  if (doc.completed === 'yes' || doc.completed === 'no') section.completed = doc.completed === 'yes';
  const fields = SECTION_FIELDS[key] as readonly string[];
  if (fields.includes('noRisksObserved')) section.noRisksObserved = doc.noRisksObserved === 'true';
  if (fields.includes('forumThemes') && typeof doc.forumThemes === 'string') {
    section.forumThemes = doc.forumThemes
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  return section;
}

/** A new, empty item of a section's list, as a save's body takes it: the server gives it its id. */
export function emptyItem(list: string): Plain {
  switch (list) {
    case 'observedRisks':
      return { title: '', description: '', affectedGroups: [] };
    case 'measuresTaken':
      return { description: '', riskIds: [], actors: [], perspectives: [] };
    case 'plannedMeasures':
      return { description: '', riskIds: [], responsible: '', period: '' };
    default:
      return { description: '' };
  }
}
