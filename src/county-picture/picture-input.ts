/** What the county picture is built from, and the counting helpers its parts share. */
import type { AssessmentDocument, ObservedRisk } from '../assessments/assessment-document';
import type { AssessmentStatus } from '../assessments/workflow';
import { share, SUBMITTED } from '../assessments/counted';
import type { CountedFigures } from '../assessments/figures/figures.repository';
import { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import type { ForumResult } from '../forums/forum-results';
import type { Trends } from '../trends/trends.model';
import type { RsaQuestions } from '../rounds/round-rules';
import type { Organisation } from '../geography/organisation.entity';
import type { CountyPicture, Include, MunicipalityRow, Tally } from './county-picture.model';

export interface AssessmentInput {
  municipalityCode: string;
  assessmentId: string;
  status: AssessmentStatus;
  late: boolean;
  /** The latest submitted version, if the assessment was ever submitted. */
  latest: { number: number; version: number; document: AssessmentDocument; submittedAt: string } | null;
}

/** An organisation the round asked (or that answered it), with its assessment of the round if it has one. */
export interface OrganisationInput {
  organisation: Pick<Organisation, 'id' | 'name' | 'kind' | 'countyCode'>;
  assessment: Omit<AssessmentInput, 'municipalityCode'> | null;
}

export interface PictureInput {
  /** The round, with the lists it froze and what it asked for the municipalities' RSA. */
  round: CountyPicture['round'] & { taxonomy: Taxonomy; rsa: RsaQuestions };
  include: Include;
  municipalities: MunicipalityRow[];
  assessments: AssessmentInput[];
  /** The previous round, with the figures of the assessments it counted (by the same `include`). */
  previous: {
    round: { id: string; title: string; periodStart: string; periodEnd: string; taxonomy: Taxonomy };
    figures: CountedFigures[];
  } | null;
  narratives: Record<string, string>;
  /** The county's trends up to this round, from the figures read model; null for a national picture. */
  trends: Trends | null;
  /** What the county's dialogue forums of the round gave; none for a national picture. */
  forums: ForumResult[];
  /** The organisations the round asked, or that answered it, with their assessments; never among `assessments`. */
  organisations: OrganisationInput[];
}

/** A counted assessment: its municipality and the document of its latest submission. */
export interface Counted {
  code: string;
  document: AssessmentDocument;
}

export { share, SUBMITTED };

/** Counts every code of a taxonomy list, in the list's order, including the ones nobody chose. */
export function tally(
  taxonomy: Taxonomy,
  list: TaxonomyList,
  entries: { code: string | null; from: string }[],
): Tally[] {
  const hits = new Map<string | null, { count: number; from: Set<string> }>();
  for (const e of entries) {
    const hit = hits.get(e.code) ?? { count: 0, from: new Set<string>() };
    hit.count += 1;
    hit.from.add(e.from);
    hits.set(e.code, hit);
  }
  return taxonomy[list].map(({ code }) => {
    const hit = hits.get(code);
    return { code, count: hit?.count ?? 0, from: hit ? [...hit.from].sort() : [] };
  });
}

export function unique(codes: string[]): string[] {
  return [...new Set(codes)].sort();
}

export function risksIn(counted: Counted, area: string): ObservedRisk[] {
  return counted.document.observedRisks.filter((r) => r.area === area);
}

export function groupsOf(
  municipalities: MunicipalityRow[],
  key: 'mainGroup' | 'groupCode',
): [string, string, MunicipalityRow[]][] {
  const groups = new Map<string, [string, MunicipalityRow[]]>();
  for (const m of municipalities) {
    const group = m[key];
    if (!group) continue;
    const name = (key === 'mainGroup' ? m.mainGroupName : m.groupName) ?? group;
    const entry = groups.get(group) ?? [name, []];
    entry[1].push(m);
    groups.set(group, entry);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, [name, members]]) => [group, name, members]);
}
