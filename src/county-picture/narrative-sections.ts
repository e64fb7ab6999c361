import type { Taxonomy } from '../taxonomy/taxonomy';

/** The report's sections that carry an analyst's text; each risk area has its own, `riskArea.<code>`. */
export const NARRATIVE_SECTIONS = [
  'summary',
  'response',
  'riskAreas',
  'heatmap',
  'measures',
  'plannedMeasures',
  'followUps',
  'risksAhead',
  'forumThemes',
] as const;

export function isNarrativeSection(section: string, taxonomy: Taxonomy): boolean {
  if ((NARRATIVE_SECTIONS as readonly string[]).includes(section)) return true;
  const area = /^riskArea\.([a-z0-9_]+)$/.exec(section)?.[1];
  return area !== undefined && taxonomy.riskAreas.some((a) => a.code === area);
}
