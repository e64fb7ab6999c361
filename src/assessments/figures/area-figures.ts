import { rankOf, Taxonomy } from '../../taxonomy/taxonomy';
import type { AssessmentDocument, ObservedRisk } from '../assessment-document';

/** A submitted assessment's figures in one risk area it reports: what the county picture and the trends count. */
export interface AreaFigure {
  area: string;
  /** Of the area's risk that stands for the municipality: the one with the highest level. */
  level: string | null;
  trend: string | null;
  extent: string | null;
  risks: number;
  /** Every group any of the area's risks affects, once each, sorted. */
  affectedGroups: string[];
  /** Measures taken and planned that address one of the area's risks. */
  measures: number;
  planned: number;
}

/** A submission's figures: one entry per reported area, and its plans to be followed up in the next round. */
export interface SubmissionFigures {
  areas: AreaFigure[];
  plans: { id: string; description: string }[];
}

/** The municipality's risk that stands for it in an area: the highest level, the first one on a tie. */
export function leadRisk(risks: ObservedRisk[], taxonomy: Taxonomy): ObservedRisk | undefined {
  let lead: ObservedRisk | undefined;
  for (const risk of risks) {
    if (!lead || rankOf(taxonomy, 'levels', risk.level ?? '') > rankOf(taxonomy, 'levels', lead.level ?? ''))
      lead = risk;
  }
  return lead;
}

/** The figures of a submitted document, coded against its round's taxonomy; areas in the taxonomy's order. */
export function figuresOf(document: AssessmentDocument, taxonomy: Taxonomy): SubmissionFigures {
  const addressing = (riskIds: string[], ids: Set<string>) => riskIds.some((id) => ids.has(id));
  const areas = taxonomy.riskAreas.flatMap(({ code: area }): AreaFigure[] => {
    const risks = document.observedRisks.filter((r) => r.area === area);
    const lead = leadRisk(risks, taxonomy);
    if (!lead) return [];
    const ids = new Set(risks.map((r) => r.id));
    return [
      {
        area,
        level: lead.level,
        trend: lead.trend,
        extent: lead.extent,
        risks: risks.length,
        affectedGroups: [...new Set(risks.flatMap((r) => r.affectedGroups))].sort(),
        measures: document.measuresTaken.filter((m) => addressing(m.riskIds, ids)).length,
        planned: document.plannedMeasures.filter((m) => addressing(m.riskIds, ids)).length,
      },
    ];
  });
  return { areas, plans: document.plannedMeasures.map((p) => ({ id: p.id, description: p.description })) };
}

/** A round's counts in one status and area (`''`: the round as a whole). */
export interface RoundCount {
  status: string;
  area: string;
  municipalities: number;
  levels: Record<string, number>;
  trends: Record<string, number>;
}

/** The round's counts from its assessments' statuses and their area figures. */
export function roundCounts(
  assessments: { status: string }[],
  areas: { status: string; area: string; level: string | null; trend: string | null }[],
): RoundCount[] {
  const counts = new Map<string, RoundCount>();
  const entry = (status: string, area: string) => {
    const key = `${status}|${area}`;
    const found = counts.get(key) ?? { status, area, municipalities: 0, levels: {}, trends: {} };
    counts.set(key, found);
    return found;
  };
  for (const a of assessments) entry(a.status, '').municipalities += 1;
  for (const a of areas) {
    const count = entry(a.status, a.area);
    count.municipalities += 1;
    if (a.level !== null) count.levels[a.level] = (count.levels[a.level] ?? 0) + 1;
    if (a.trend !== null) count.trends[a.trend] = (count.trends[a.trend] ?? 0) + 1;
  }
  return [...counts.values()].sort(
    (x, y) => x.status.localeCompare(y.status) || x.area.localeCompare(y.area),
  );
}
