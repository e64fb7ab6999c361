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
  /** RSA scoring: how likely a risk is, five levels, lowest first. */
  rsaLikelihoods: TaxonomyItem[];
  /** RSA scoring: how severe its consequences are, five levels, lowest first. */
  rsaConsequences: TaxonomyItem[];
  /** RSA scoring: what is deemed worth protecting (skyddsvärden) that a risk threatens. */
  protectedValues: TaxonomyItem[];
  /** The steps by which social unrest escalates, earliest first. */
  escalationStages: TaxonomyItem[];
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
  'rsaLikelihoods',
  'rsaConsequences',
  'protectedValues',
  'escalationStages',
];

/** The lists of RSA scoring: a taxonomy frozen before rounds could ask for it has none of them. */
export const RSA_LISTS = [
  'rsaLikelihoods',
  'rsaConsequences',
  'protectedValues',
  'escalationStages',
] as const;

/** The number of levels of each RSA scale: a risk matrix is five by five. */
export const RSA_SCALE_LEVELS = 5;

/** A stored taxonomy with every list: those it was frozen without are empty. */
export function completeTaxonomy(stored: Partial<Taxonomy>): Taxonomy {
  const complete = {} as Taxonomy;
  for (const list of TAXONOMY_LISTS) complete[list] = stored[list] ?? [];
  return complete;
}

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

/** A code's level on a five-level RSA scale, 1 for the lowest; null when not given, off the scale, or the scale is not of five. */
export function rsaLevelOf(
  taxonomy: Taxonomy,
  list: 'rsaLikelihoods' | 'rsaConsequences',
  code: string | null,
): number | null {
  if (code === null || taxonomy[list].length !== RSA_SCALE_LEVELS) return null;
  const rank = rankOf(taxonomy, list, code);
  return rank < 0 ? null : rank + 1;
}
