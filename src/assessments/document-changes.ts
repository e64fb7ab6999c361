import type { AssessmentDocument, MeasureTaken, ObservedRisk, PlannedMeasure } from './assessment-document';

export const RISK_CHANGES = [
  'area',
  'level',
  'trend',
  'title',
  'likelihood',
  'consequence',
  'escalationStage',
] as const;
export type RiskChange = (typeof RISK_CHANGES)[number];

export interface DocumentChanges {
  risksAdded: ObservedRisk[];
  risksRemoved: ObservedRisk[];
  risksChanged: { before: ObservedRisk; after: ObservedRisk; changed: RiskChange[] }[];
  /** A hint, never a pairing: an added risk that may be a removed one, by the same area and a similar title. */
  possiblySame: { addedId: string; removedId: string }[];
  measuresAdded: MeasureTaken[];
  plannedMeasuresAdded: PlannedMeasure[];
}

const normal = (text: string) => text.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
const words = (text: string) =>
  new Set(
    normal(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

/** Whether two titles share at least half of their words (of three letters or more), or are the same. */
export function similarTitles(a: string, b: string): boolean {
  if (normal(a) === normal(b)) return true;
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  const all = new Set([...x, ...y]).size;
  return all > 0 && shared / all >= 0.5;
}

/**
 * Pairs the later document's risks with the earlier one's by id only: a risk keeps its id when a new draft is
 * proposed from the earlier assessment, and ids are never reused. Unpaired risks were added or removed.
 */
function pairRisks(
  before: ObservedRisk[],
  after: ObservedRisk[],
): [ObservedRisk | null, ObservedRisk | null][] {
  const earlier = new Map(before.map((r) => [r.id, r]));
  const later = new Set(after.map((r) => r.id));
  return [
    ...after.map((a): [ObservedRisk | null, ObservedRisk] => [earlier.get(a.id) ?? null, a]),
    ...before.filter((b) => !later.has(b.id)).map((b): [ObservedRisk, null] => [b, null]),
  ];
}

/** Each added risk with the first removed one of the same area and a similar title, each removed risk used once. */
function possiblySame(added: ObservedRisk[], removed: ObservedRisk[]): DocumentChanges['possiblySame'] {
  const left = new Set(removed);
  return added.flatMap((a) => {
    const match = [...left].find((r) => r.area === a.area && similarTitles(r.title, a.title));
    if (!match) return [];
    left.delete(match);
    return [{ addedId: a.id, removedId: match.id }];
  });
}

/** Measures the earlier document did not have, by id or by the same description. */
function added<M extends { id: string; description: string }>(before: M[], after: M[]): M[] {
  const ids = new Set(before.map((m) => m.id));
  const texts = new Set(before.map((m) => normal(m.description)));
  return after.filter((m) => !ids.has(m.id) && !texts.has(normal(m.description)));
}

/** What changed from one assessment document to a later one: risks added, removed or changed, and new measures. */
export function documentChanges(before: AssessmentDocument, after: AssessmentDocument): DocumentChanges {
  const changes: DocumentChanges = {
    risksAdded: [],
    risksRemoved: [],
    risksChanged: [],
    possiblySame: [],
    measuresAdded: added(before.measuresTaken, after.measuresTaken),
    plannedMeasuresAdded: added(before.plannedMeasures, after.plannedMeasures),
  };
  for (const [b, a] of pairRisks(before.observedRisks, after.observedRisks)) {
    if (!b && a) changes.risksAdded.push(a);
    else if (b && !a) changes.risksRemoved.push(b);
    else if (b && a) {
      const changed = RISK_CHANGES.filter((k) =>
        k === 'title' ? normal(a.title) !== normal(b.title) : (a[k] ?? null) !== (b[k] ?? null),
      );
      if (changed.length > 0) changes.risksChanged.push({ before: b, after: a, changed });
    }
  }
  changes.possiblySame = possiblySame(changes.risksAdded, changes.risksRemoved);
  return changes;
}
