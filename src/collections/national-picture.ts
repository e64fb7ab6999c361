import { buildCountyPicture, PictureInput } from '../county-picture/county-picture.builder';
import type { CountyPicture, Response, RiskAreaFigures } from '../county-picture/county-picture.model';
import { snapshotHashOf } from '../county-picture/snapshot-hash';
import type { Completeness } from '../reports/report-rules';
import { Taxonomy, TAXONOMY_LISTS } from '../taxonomy/taxonomy';
import { nationalTrends } from './national-trends';

export interface CollectionInfo {
  id: string;
  title: string;
  createdAt: string;
}

/** One county of a national picture: its own county picture's figures, exactly as the county sees them. */
export interface CountyEntry {
  countyCode: string;
  countyName: string;
  round: CountyPicture['round'];
  snapshotHash: string;
  response: Pick<Response, 'expected' | 'submitted' | 'approved' | 'late' | 'counted'>;
  riskAreas: RiskAreaFigures[];
}

/**
 * The national picture: the county picture's model over the municipalities of every county in the collection (so the
 * same dashboard, PDF and workbook draw it, with its figures per municipality group), and each county's own figures.
 */
export type NationalPicture = CountyPicture & {
  collection: CollectionInfo;
  counties: CountyEntry[];
  snapshotHash: string;
};

/** Every list's entries from all taxonomies, each code once, in the order first met. */
export function unionTaxonomy(taxonomies: Taxonomy[]): Taxonomy {
  const union = structuredClone(taxonomies[0]!);
  for (const other of taxonomies.slice(1))
    for (const list of TAXONOMY_LISTS)
      for (const item of other[list])
        if (!union[list].some((known) => known.code === item.code)) union[list].push(structuredClone(item));
  return union;
}

const unique = (values: string[]) => [...new Set(values)];
const earliest = (values: string[]) => [...values].sort()[0] ?? '';
const latest = (values: string[]) => [...values].sort().at(-1) ?? '';

/**
 * The inputs of several counties' pictures as the input of one picture, with the admins' own texts (`narratives`).
 * The comparison with previous rounds, and each point over time, is kept only where every county has one, so that a
 * national change is never made of some counties' figures alone.
 */
export function mergeInputs(
  collection: CollectionInfo,
  inputs: PictureInput[],
  narratives: Record<string, string> = {},
): PictureInput {
  const rounds = inputs.map((i) => i.round);
  const previous = inputs.map((i) => i.previous);
  const complete = previous.every((p) => p !== null);
  return {
    round: {
      id: collection.id,
      title: unique(rounds.map((r) => r.title)).join(' / '),
      countyCode: '',
      countyName: collection.title,
      periodStart: earliest(rounds.map((r) => r.periodStart)),
      periodEnd: latest(rounds.map((r) => r.periodEnd)),
      deadline: latest(rounds.map((r) => r.deadline)),
      status: rounds.every((r) => r.status === 'closed') ? 'closed' : 'open',
      caseNumber: null,
      contact: { name: null, email: null, phone: null },
      taxonomy: unionTaxonomy(rounds.map((r) => r.taxonomy)),
      // Scored where any county's round scored; on the union of the counties' scales, which stay five levels while
      // the counties keep the default ones.
      rsa: {
        scoring: rounds.some((r) => r.rsa.scoring),
        escalationAreas: unique(rounds.flatMap((r) => r.rsa.escalationAreas)),
      },
    },
    include: inputs[0]?.include ?? 'approved',
    municipalities: inputs.flatMap((i) => i.municipalities).sort((a, b) => a.code.localeCompare(b.code)),
    assessments: inputs.flatMap((i) => i.assessments),
    previous:
      complete && previous.length > 0
        ? {
            round: {
              id: `${collection.id}:previous`,
              title: unique(previous.map((p) => p.round.title)).join(' / '),
              periodStart: earliest(previous.map((p) => p.round.periodStart)),
              periodEnd: latest(previous.map((p) => p.round.periodEnd)),
              taxonomy: unionTaxonomy(previous.map((p) => p.round.taxonomy)),
            },
            figures: previous.flatMap((p) => p.figures),
          }
        : null,
    narratives,
    trends: nationalTrends(
      collection.id,
      inputs.map((i) => i.trends),
    ),
    // The forums are each county's: its chapter gives them.
    forums: [],
    organisations: inputs.flatMap((i) => i.organisations),
  };
}

/** A county's own picture, reduced to what the national picture shows of it. */
export function countyEntryOf(picture: CountyPicture, snapshotHash: string): CountyEntry {
  const { expected, submitted, approved, late, counted } = picture.response;
  return {
    countyCode: picture.round.countyCode,
    countyName: picture.round.countyName,
    round: picture.round,
    snapshotHash,
    response: { expected, submitted, approved, late, counted },
    riskAreas: picture.riskAreas,
  };
}

/** The national picture of the collection from the inputs of its counties' pictures, in county code order. */
export function buildNationalPicture(
  collection: CollectionInfo,
  inputs: PictureInput[],
  narratives: Record<string, string> = {},
): { national: NationalPicture; counties: CountyPicture[] } {
  const ordered = [...inputs].sort((a, b) => a.round.countyCode.localeCompare(b.round.countyCode));
  const counties = ordered.map((input) => buildCountyPicture(input));
  const merged = mergeInputs(collection, ordered, narratives);
  return {
    national: {
      ...buildCountyPicture(merged),
      collection,
      counties: counties.map((picture, i) => countyEntryOf(picture, snapshotHashOf(ordered[i]!))),
      snapshotHash: snapshotHashOf(merged),
    },
    counties,
  };
}

/** How complete a final national report would be: the counties' rounds still open, and the assessments waiting. */
export function nationalCompleteness(national: Pick<NationalPicture, 'counties' | 'response'>): Completeness {
  return {
    openRounds: national.counties.filter((c) => c.round.status === 'open').length,
    awaitingReview: national.response.statuses.filter((s) => s.status === 'submitted').length,
    approved: national.response.approved,
    expected: national.response.expected,
  };
}
