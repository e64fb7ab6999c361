import { randomUUID } from 'node:crypto';
import type { AssessmentDocument } from './assessment-document';

/** The form of the ids the server gives observed risks, measures taken and planned measures. */
export const ITEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The ids of a document's risks, measures and plans. */
export function itemIdsOf(document: AssessmentDocument): string[] {
  return [
    ...document.observedRisks.map((r) => r.id),
    ...document.measuresTaken.map((m) => m.id),
    ...document.plannedMeasures.map((p) => p.id),
  ];
}

/**
 * The document with server-given identities: a risk, measure or plan keeps its id only if the server gave it (it is
 * in `known`: the stored draft's ids and those of the submission it was proposed from). Any other id names the item
 * within this request only and is replaced by a new UUID, and the measures and plans that link to such a risk follow.
 */
export function withIdentities(
  document: AssessmentDocument,
  known: ReadonlySet<string>,
  fresh: () => string = randomUUID,
): AssessmentDocument {
  const risks = new Map<string, string>();
  const identity = (id: string, renamed?: Map<string, string>) => {
    if (known.has(id)) return id;
    const next = fresh();
    renamed?.set(id, next);
    return next;
  };
  const observedRisks = document.observedRisks.map((r) => ({ ...r, id: identity(r.id, risks) }));
  const linked = (riskIds: string[]) => riskIds.map((id) => risks.get(id) ?? id);
  return {
    ...document,
    observedRisks,
    measuresTaken: document.measuresTaken.map((m) => ({
      ...m,
      id: identity(m.id),
      riskIds: linked(m.riskIds),
    })),
    plannedMeasures: document.plannedMeasures.map((p) => ({
      ...p,
      id: identity(p.id),
      riskIds: linked(p.riskIds),
    })),
  };
}

/** Whether every item of the document already has an id the server knows. */
export function allKnown(document: AssessmentDocument, known: ReadonlySet<string>): boolean {
  return itemIdsOf(document).every((id) => known.has(id));
}
