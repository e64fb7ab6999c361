export interface Label {
  sv: string;
  en: string;
}

export interface TaxonomyItem {
  code: string;
  label: Label;
}

/** Every list a round's assessments are coded against. Scales are ordered lowest first. */
export interface Taxonomy {
  riskAreas: TaxonomyItem[];
  affectedGroups: TaxonomyItem[];
  actors: TaxonomyItem[];
  perspectives: TaxonomyItem[];
  levels: TaxonomyItem[];
  trends: TaxonomyItem[];
  extents: TaxonomyItem[];
  effects: TaxonomyItem[];
  likelihoods: TaxonomyItem[];
  eventLinks: TaxonomyItem[];
  followUpStatuses: TaxonomyItem[];
}

export type TaxonomyList = keyof Taxonomy;
export type TaxonomyOverride = Partial<Taxonomy>;

export const TAXONOMY_LISTS: readonly TaxonomyList[] = [
  'riskAreas',
  'affectedGroups',
  'actors',
  'perspectives',
  'levels',
  'trends',
  'extents',
  'effects',
  'likelihoods',
  'eventLinks',
  'followUpStatuses',
];

/** The defaults with a round's own lists in place of the default ones. */
export function resolveTaxonomy(defaults: Taxonomy, override: TaxonomyOverride | null): Taxonomy {
  const resolved = { ...defaults };
  for (const list of TAXONOMY_LISTS) {
    const own = override?.[list];
    if (own) resolved[list] = own;
  }
  return structuredClone(resolved);
}

export function hasCode(taxonomy: Taxonomy, list: TaxonomyList, code: string): boolean {
  return taxonomy[list].some((item) => item.code === code);
}

/** Position on an ordered scale, 0 for the lowest; -1 when the code is not on it. */
export function rankOf(taxonomy: Taxonomy, list: TaxonomyList, code: string): number {
  return taxonomy[list].findIndex((item) => item.code === code);
}
