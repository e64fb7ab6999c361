import type { FieldError } from '../common/domain-error';
import type { AssessmentDocument } from './assessment-document';

/** The assessment's sections, in the order the form asks them; each is saved on its own, with its own version. */
export const SECTION_KEYS = [
  'contact',
  'observedRisks',
  'measuresTaken',
  'plannedMeasures',
  'followUps',
  'risksAhead',
  'support',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The document's fields each section holds. */
export const SECTION_FIELDS = {
  contact: ['contact', 'summary', 'changesSinceLastRound'],
  observedRisks: ['noRisksObserved', 'observedRisks'],
  measuresTaken: ['measuresTaken'],
  plannedMeasures: ['plannedMeasures'],
  followUps: ['followUps'],
  risksAhead: ['risksAhead'],
  support: ['supportWanted', 'forumThemes'],
} as const satisfies Record<SectionKey, readonly (keyof AssessmentDocument)[]>;

/** The sections that hold a list of items, and the list. */
export const SECTION_LISTS = {
  observedRisks: 'observedRisks',
  measuresTaken: 'measuresTaken',
  plannedMeasures: 'plannedMeasures',
  risksAhead: 'risksAhead',
} as const satisfies Partial<Record<SectionKey, keyof AssessmentDocument>>;
export type ItemList = (typeof SECTION_LISTS)[keyof typeof SECTION_LISTS];
export type Item = AssessmentDocument[ItemList][number];

export const listOfSection = (key: SectionKey): ItemList | null =>
  (SECTION_LISTS as Partial<Record<SectionKey, ItemList>>)[key] ?? null;

/** An item removed by the last removal in its section, kept so that the removal can be undone. */
export interface RemovedItem {
  list: ItemList;
  index: number;
  item: Item;
  /** For a risk: the measures and plans that linked to it. */
  linkedFrom: string[];
}

/** Who changed a section last, when, at which of its versions, and whether its author called it complete. */
export interface SectionMeta {
  version: number;
  updatedAt: string;
  updatedBy: string;
  completed: boolean;
  removed?: RemovedItem;
}

export type SectionsMeta = Partial<Record<SectionKey, SectionMeta>>;

/**
 * Where a section stands: never saved; saved but not called complete; complete; or called complete while something
 * submitting needs is missing.
 */
export const SECTION_STATUSES = ['not_started', 'in_progress', 'complete', 'needs_attention'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const isSectionKey = (value: string): value is SectionKey =>
  (SECTION_KEYS as readonly string[]).includes(value);

const SECTION_OF_FIELD = new Map<string, SectionKey>(
  SECTION_KEYS.flatMap((key) => SECTION_FIELDS[key].map((field) => [field, key] as [string, SectionKey])),
);

/** The section a field path belongs to: `observedRisks[2].level` and `noRisksObserved` to `observedRisks`. */
export function sectionOfPath(path: string): SectionKey | null {
  const field = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  return SECTION_OF_FIELD.get(field) ?? null;
}

/** The section's part of a document. */
export function sectionOf(document: AssessmentDocument, key: SectionKey): Partial<AssessmentDocument> {
  return Object.fromEntries(SECTION_FIELDS[key].map((field) => [field, document[field]]));
}

/** The document with one section taken from `from`. */
export function withSection(
  document: AssessmentDocument,
  key: SectionKey,
  from: AssessmentDocument,
): AssessmentDocument {
  return { ...document, ...sectionOf(from, key) };
}

/** The sections whose content differs between two documents. */
export function changedSections(before: AssessmentDocument, after: AssessmentDocument): SectionKey[] {
  return SECTION_KEYS.filter(
    (key) => JSON.stringify(sectionOf(before, key)) !== JSON.stringify(sectionOf(after, key)),
  );
}

/**
 * Measures and plans link only to risks the document has: links to a risk that is gone (removed in the risks' section,
 * perhaps by another author meanwhile) are left out.
 */
export function withoutDanglingLinks(document: AssessmentDocument): AssessmentDocument {
  const risks = new Set(document.observedRisks.map((r) => r.id));
  const linked = <T extends { riskIds: string[] }>(m: T): T => ({
    ...m,
    riskIds: m.riskIds.filter((id) => risks.has(id)),
  });
  return {
    ...document,
    measuresTaken: document.measuresTaken.map(linked),
    plannedMeasures: document.plannedMeasures.map(linked),
  };
}

/** The document without the item at `index` of `list`, and the item as it was, to put back on undo. */
export function withoutItem(
  document: AssessmentDocument,
  list: ItemList,
  index: number,
): { document: AssessmentDocument; removed: RemovedItem | null } {
  const items = document[list] as Item[];
  const item = items[index];
  if (!item) return { document, removed: null };
  const riskId = list === 'observedRisks' ? (item as { id: string }).id : null;
  const linkedFrom = riskId
    ? [...document.measuresTaken, ...document.plannedMeasures]
        .filter((m) => m.riskIds.includes(riskId))
        .map((m) => m.id)
    : [];
  const kept = { ...document, [list]: items.filter((_, i) => i !== index) };
  return { document: withoutDanglingLinks(kept), removed: { list, index, item, linkedFrom } };
}

/** The document with a removed item back where it was, a risk linked again from the measures and plans still there. */
export function withItemBack(document: AssessmentDocument, removed: RemovedItem): AssessmentDocument {
  const items = [...(document[removed.list] as Item[])];
  items.splice(Math.min(removed.index, items.length), 0, removed.item);
  const back = { ...document, [removed.list]: items };
  if (removed.list !== 'observedRisks') return back;
  const riskId = (removed.item as { id: string }).id;
  const relink = <T extends { id: string; riskIds: string[] }>(m: T): T =>
    removed.linkedFrom.includes(m.id) && !m.riskIds.includes(riskId)
      ? { ...m, riskIds: [...m.riskIds, riskId] }
      : m;
  return {
    ...back,
    measuresTaken: back.measuresTaken.map(relink),
    plannedMeasures: back.plannedMeasures.map(relink),
  };
}

/** The errors that belong to a section, by their paths. */
export function errorsOfSection(errors: FieldError[], key: SectionKey): FieldError[] {
  return errors.filter((e) => sectionOfPath(e.path) === key);
}

export function sectionStatus(meta: SectionMeta | undefined, missing: number): SectionStatus {
  if (!meta) return 'not_started';
  if (!meta.completed) return 'in_progress';
  return missing > 0 ? 'needs_attention' : 'complete';
}

/**
 * The sections' records after a write: each section in `changed` moves one version on and is marked as changed by
 * the author now; `completed` says whether it is complete (kept as it was when undefined). A removal (`removed.item`)
 * or its undoing (null) replaces what the section keeps for undo; other writes keep it.
 */
export function touchedSections(
  meta: SectionsMeta,
  changed: readonly SectionKey[],
  by: { actorId: string; at: Date },
  completed: (key: SectionKey) => boolean | undefined,
  removed?: { key: SectionKey; item: RemovedItem | null },
): SectionsMeta {
  const next: SectionsMeta = { ...meta };
  for (const key of changed) {
    const before = meta[key];
    const kept = removed?.key === key ? (removed.item ?? undefined) : before?.removed;
    next[key] = {
      version: (before?.version ?? 0) + 1,
      updatedAt: by.at.toISOString(),
      updatedBy: by.actorId,
      completed: completed(key) ?? before?.completed ?? false,
      ...(kept ? { removed: kept } : {}),
    };
  }
  return next;
}
