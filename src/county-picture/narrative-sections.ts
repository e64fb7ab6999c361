import type { Taxonomy } from '../taxonomy/taxonomy';

/** The report's sections that carry an analyst's text; each risk area has its own, `riskArea.<code>`. */
export const NARRATIVE_SECTIONS = [
  'summary',
  'response',
  'riskAreas',
  'heatmap',
  'riskMatrix',
  'measures',
  'plannedMeasures',
  'followUps',
  'risksAhead',
  'forumThemes',
] as const;

/** The national report's sections that carry the admins' text; each risk area has its own, `riskArea.<code>`. */
export const NATIONAL_NARRATIVE_SECTIONS = ['summary', 'comparison', 'response', 'riskAreas'] as const;

export function isNarrativeSection(
  section: string,
  taxonomy: Taxonomy,
  sections: readonly string[] = NARRATIVE_SECTIONS,
): boolean {
  if (sections.includes(section)) return true;
  const area = /^riskArea\.([a-z0-9_]+)$/.exec(section)?.[1];
  return area !== undefined && taxonomy.riskAreas.some((a) => a.code === area);
}
