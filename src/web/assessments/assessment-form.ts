import type { AssessmentDocument } from '../../assessments/assessment-document';

/** What the pressed button asks for, besides saving what is on the form. */
export type FormAction =
  | { kind: 'save' }
  | { kind: 'submit' }
  | { kind: 'add'; list: RepeatableList }
  | { kind: 'remove'; list: RepeatableList; index: number };

export const REPEATABLE_LISTS = ['observedRisks', 'measuresTaken', 'plannedMeasures', 'risksAhead'] as const;
export type RepeatableList = (typeof REPEATABLE_LISTS)[number];

const ITEM_LISTS = new Set<string>([...REPEATABLE_LISTS, 'followUps']);
const MULTI_VALUED = new Set(['affectedGroups', 'riskIds', 'actors', 'perspectives']);
const REFUSED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_INDEX = 999;

type Plain = Record<string, unknown>;

export function parseAction(value: unknown): FormAction {
  if (value === 'submit') return { kind: 'submit' };
  const match = typeof value === 'string' ? /^(add|remove)-([A-Za-z]+)(?:-(\d+))?$/.exec(value) : null;
  const list = match?.[2] as RepeatableList | undefined;
  if (match && list && (REPEATABLE_LISTS as readonly string[]).includes(list)) {
    if (match[1] === 'add') return { kind: 'add', list };
    if (match[3] !== undefined) return { kind: 'remove', list, index: Number(match[3]) };
  }
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
 * The posted form as the API's document body: field names are the document's paths (`observedRisks[0].title`), lists
 * of checkboxes become arrays, items keep their order. Names that are not paths are left out; unknown paths stay in, so
 * that validation names them.
 */
export function formToDocument(body: Plain): Plain {
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
        .map((i) => (items as Plain)[i]);
    }
  }
  doc.version = Number(doc.version);
  doc.noRisksObserved = doc.noRisksObserved === 'true';
  if (typeof doc.forumThemes === 'string') {
    doc.forumThemes = doc.forumThemes
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  return doc;
}

function emptyItem(list: RepeatableList): AssessmentDocument[RepeatableList][number] {
  switch (list) {
    case 'observedRisks':
      return {
        id: '',
        area: null,
        title: '',
        description: '',
        level: null,
        trend: null,
        extent: null,
        affectedGroups: [],
        location: '',
        eventLink: null,
        basis: '',
      };
    case 'measuresTaken':
      return { id: '', description: '', riskIds: [], actors: [], perspectives: [], effect: null };
    case 'plannedMeasures':
      return { id: '', description: '', riskIds: [], responsible: '', period: '' };
    case 'risksAhead':
      return { area: null, description: '', likelihood: null };
  }
}

/** Adds an empty item or removes one; a removed risk is also unlinked from the measures that named it. */
export function applyAction(doc: AssessmentDocument, action: FormAction): AssessmentDocument {
  if (action.kind === 'add') {
    return { ...doc, [action.list]: [...doc[action.list], emptyItem(action.list)] };
  }
  if (action.kind !== 'remove') return doc;
  const kept = (doc[action.list] as unknown[]).filter((_, i) => i !== action.index);
  const next = { ...doc, [action.list]: kept };
  if (action.list === 'observedRisks') {
    const removed = doc.observedRisks[action.index]?.id;
    const unlink = <T extends { riskIds: string[] }>(m: T): T => ({
      ...m,
      riskIds: m.riskIds.filter((id) => id !== removed),
    });
    next.measuresTaken = doc.measuresTaken.map(unlink);
    next.plannedMeasures = doc.plannedMeasures.map(unlink);
  }
  return next;
}
