import type { AssessmentDocument, MeasureTaken, ObservedRisk, PlannedMeasure } from './assessment-document';

export type RiskChange = 'area' | 'level' | 'trend' | 'title';

export interface DocumentChanges {
  risksAdded: ObservedRisk[];
  risksRemoved: ObservedRisk[];
  risksChanged: { before: ObservedRisk; after: ObservedRisk; changed: RiskChange[] }[];
  measuresAdded: MeasureTaken[];
  plannedMeasuresAdded: PlannedMeasure[];
}

const normal = (text: string) => text.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
const riskKey = (r: ObservedRisk) => `${r.area ?? ''}|${normal(r.title)}`;

/**
 * Pairs the later document's risks with the earlier one's: by id first (a draft made from the earlier assessment keeps
 * its risks' ids), then by area and title. Unpaired risks were added or removed.
 */
function pairRisks(
  before: ObservedRisk[],
  after: ObservedRisk[],
): [ObservedRisk | null, ObservedRisk | null][] {
  const left = new Set(before);
  const pairs: [ObservedRisk | null, ObservedRisk | null][] = [];
  const take = (match: (b: ObservedRisk) => boolean) => {
    const found = [...left].find(match);
    if (found) left.delete(found);
    return found ?? null;
  };
  const unpaired: ObservedRisk[] = [];
  for (const a of after) {
    const b = take((x) => x.id === a.id);
    if (b) pairs.push([b, a]);
    else unpaired.push(a);
  }
  for (const a of unpaired) pairs.push([take((x) => riskKey(x) === riskKey(a)), a]);
  for (const b of left) pairs.push([b, null]);
  return pairs;
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
    measuresAdded: added(before.measuresTaken, after.measuresTaken),
    plannedMeasuresAdded: added(before.plannedMeasures, after.plannedMeasures),
  };
  for (const [b, a] of pairRisks(before.observedRisks, after.observedRisks)) {
    if (!b && a) changes.risksAdded.push(a);
    else if (b && !a) changes.risksRemoved.push(b);
    else if (b && a) {
      const changed = (['area', 'level', 'trend', 'title'] as const).filter((k) =>
        k === 'title' ? normal(a.title) !== normal(b.title) : a[k] !== b[k],
      );
      if (changed.length > 0) changes.risksChanged.push({ before: b, after: a, changed });
    }
  }
  return changes;
}
