import type { AssessmentDocument, ObservedRisk } from '../assessments/assessment-document';
import type { AssessmentStatus } from '../assessments/workflow';
import { counts, countedStatuses } from '../assessments/counted';
import { leadRisk } from '../assessments/figures/area-figures';
import type { CountedFigures } from '../assessments/figures/figures.repository';
import { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import type { Trends } from '../trends/trends.model';
import type {
  CountyPicture,
  FollowUpItem,
  GroupShare,
  HeatmapRow,
  Highlights,
  Include,
  MeasureFigures,
  MunicipalityRow,
  PlannedFigures,
  PreviousAreaFigures,
  ResponseGroup,
  RiskAreaFigures,
  RiskAheadFigures,
  SourceRef,
  Tally,
} from './county-picture.model';

export interface AssessmentInput {
  municipalityCode: string;
  assessmentId: string;
  status: AssessmentStatus;
  late: boolean;
  /** The latest submitted version, if the assessment was ever submitted. */
  latest: { number: number; version: number; document: AssessmentDocument; submittedAt: string } | null;
}

export interface PictureInput {
  round: CountyPicture['round'] & { taxonomy: Taxonomy };
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
}

interface Counted {
  code: string;
  document: AssessmentDocument;
}

const SUBMITTED: readonly AssessmentStatus[] = ['submitted', 'approved'];

export { counts, countedStatuses };

/** A fraction to four decimals; null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Counts every code of a taxonomy list, in the list's order, including the ones nobody chose. */
function tally(
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

function unique(codes: string[]): string[] {
  return [...new Set(codes)].sort();
}

function countedOf(assessments: AssessmentInput[], include: Include): Counted[] {
  return assessments
    .filter((a) => a.latest !== null && counts(a.status, include))
    .map((a) => ({
      code: a.municipalityCode,
      document: (a.latest as NonNullable<AssessmentInput['latest']>).document,
    }))
    .sort((x, y) => x.code.localeCompare(y.code));
}

function risksIn(counted: Counted, area: string): ObservedRisk[] {
  return counted.document.observedRisks.filter((r) => r.area === area);
}

function responseGroup(
  group: string,
  name: string,
  members: MunicipalityRow[],
  statusOf: Map<string, AssessmentInput>,
): ResponseGroup {
  const rows = members.map((m) => statusOf.get(m.code));
  const submitted = rows.filter((a) => a && SUBMITTED.includes(a.status));
  return {
    group,
    name,
    expected: members.length,
    submitted: submitted.length,
    approved: rows.filter((a) => a?.status === 'approved').length,
    late: submitted.filter((a) => a?.late).length,
    missing: members
      .filter((m) => !SUBMITTED.includes(statusOf.get(m.code)?.status ?? 'not_started'))
      .map((m) => m.code),
  };
}

function groupsOf(
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

/** A change of share in percentage points, two decimals; null when either share is. */
export function percentagePoints(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : Math.round((now - before) * 10_000) / 100;
}

/** The area now against the previous round: its figures then, the change of share and the like-for-like panel. */
function comparison(
  area: string,
  input: PictureInput,
  counted: Counted[],
  reporting: Counted[],
): Pick<RiskAreaFigures, 'previous' | 'change'> {
  const before = input.previous;
  if (!before || !before.round.taxonomy.riskAreas.some((a) => a.code === area))
    return { previous: null, change: null };
  const reportedBefore = before.figures.flatMap((f) => {
    const figure = f.areas.find((a) => a.area === area);
    return figure ? [{ code: f.municipalityCode, level: figure.level }] : [];
  });
  const previous: PreviousAreaFigures = {
    municipalityCount: reportedBefore.length,
    counted: before.figures.length,
    share: share(reportedBefore.length, before.figures.length),
    from: reportedBefore.map((r) => r.code),
    levels: tally(
      before.round.taxonomy,
      'levels',
      reportedBefore.map((r) => ({ code: r.level, from: r.code })),
    ),
  };
  const countedBefore = new Set(before.figures.map((f) => f.municipalityCode));
  const both = new Set(counted.filter((c) => countedBefore.has(c.code)).map((c) => c.code));
  return {
    previous,
    change: {
      municipalityCount: reporting.length - reportedBefore.length,
      shareDelta: percentagePoints(share(reporting.length, counted.length), previous.share),
      panel: {
        municipalities: both.size,
        reportingNow: reporting.filter((c) => both.has(c.code)).length,
        reportingBefore: reportedBefore.filter((r) => both.has(r.code)).length,
      },
    },
  };
}

function areaFigures(area: string, input: PictureInput, counted: Counted[]): RiskAreaFigures {
  const { taxonomy } = input.round;
  const reporting = counted.filter((c) => risksIn(c, area).length > 0);
  const leads = reporting.map((c) => ({
    code: c.code,
    lead: leadRisk(risksIn(c, area), taxonomy) as ObservedRisk,
  }));
  const municipalityCount = reporting.length;
  const areaShare = share(municipalityCount, counted.length);
  const byMainGroup: GroupShare[] = groupsOf(input.municipalities, 'mainGroup').map(([group, , members]) => {
    const codes = new Set(members.map((m) => m.code));
    const countedHere = counted.filter((c) => codes.has(c.code));
    const reportingHere = reporting.filter((c) => codes.has(c.code)).map((c) => c.code);
    return {
      group,
      expected: members.length,
      counted: countedHere.length,
      reporting: reportingHere.length,
      share: share(reportingHere.length, countedHere.length),
      from: reportingHere,
    };
  });
  const { previous, change } = comparison(area, input, counted, reporting);
  return {
    area,
    municipalityCount,
    share: areaShare,
    from: reporting.map((c) => c.code),
    levels: tally(
      taxonomy,
      'levels',
      leads.map((l) => ({ code: l.lead.level, from: l.code })),
    ),
    trends: tally(
      taxonomy,
      'trends',
      leads.map((l) => ({ code: l.lead.trend, from: l.code })),
    ),
    extents: tally(
      taxonomy,
      'extents',
      leads.map((l) => ({ code: l.lead.extent, from: l.code })),
    ),
    affectedGroups: tally(
      taxonomy,
      'affectedGroups',
      reporting.flatMap((c) =>
        unique(risksIn(c, area).flatMap((r) => r.affectedGroups)).map((code) => ({ code, from: c.code })),
      ),
    ),
    byMainGroup,
    previous,
    change,
    descriptions: reporting.flatMap((c) =>
      risksIn(c, area).map((r) => ({
        municipalityCode: c.code,
        riskId: r.id,
        title: r.title,
        description: r.description,
        level: r.level,
        trend: r.trend,
        extent: r.extent,
        location: r.location,
      })),
    ),
  };
}

/** The areas a measure belongs to: those of the risks it addresses, or none. */
function areasAddressed(document: AssessmentDocument, riskIds: string[]): (string | null)[] {
  const areas = unique(
    document.observedRisks
      .filter((r) => riskIds.includes(r.id) && r.area !== null)
      .map((r) => r.area as string),
  );
  return areas.length > 0 ? areas : [null];
}

/**
 * The measures of every counted document grouped by the areas they address (a measure addressing two areas is in
 * both, one addressing none is under `null`), in the order of the municipalities and of their documents.
 */
function measuresByArea<M extends { riskIds: string[] }>(
  taxonomy: Taxonomy,
  counted: Counted[],
  pick: (document: AssessmentDocument) => M[],
): [string | null, { code: string; measure: M }[]][] {
  const byArea = new Map<string | null, { code: string; measure: M }[]>(
    [...taxonomy.riskAreas.map((a) => a.code), null].map((area) => [area, []]),
  );
  for (const c of counted)
    for (const measure of pick(c.document))
      for (const area of areasAddressed(c.document, measure.riskIds))
        byArea.get(area)?.push({ code: c.code, measure });
  return [...byArea];
}

function measureFigures(taxonomy: Taxonomy, counted: Counted[]): MeasureFigures[] {
  return measuresByArea(taxonomy, counted, (d) => d.measuresTaken).map(([area, entries]) => {
    const per = (list: TaxonomyList, pick: (m: (typeof entries)[number]['measure']) => (string | null)[]) =>
      tally(
        taxonomy,
        list,
        entries.flatMap((e) => pick(e.measure).map((code) => ({ code, from: e.code }))),
      );
    return {
      area,
      count: entries.length,
      from: unique(entries.map((e) => e.code)),
      actors: per('actors', (m) => m.actors),
      perspectives: per('perspectives', (m) => m.perspectives),
      effects: per('effects', (m) => [m.effect]),
      items: entries.map((e) => ({
        municipalityCode: e.code,
        description: e.measure.description,
        actors: e.measure.actors,
        perspectives: e.measure.perspectives,
        effect: e.measure.effect,
      })),
    };
  });
}

function plannedFigures(taxonomy: Taxonomy, counted: Counted[]): PlannedFigures[] {
  return measuresByArea(taxonomy, counted, (d) => d.plannedMeasures).map(([area, entries]) => {
    return {
      area,
      count: entries.length,
      from: unique(entries.map((e) => e.code)),
      items: entries.map((e) => ({
        municipalityCode: e.code,
        description: e.measure.description,
        responsible: e.measure.responsible,
        period: e.measure.period,
      })),
    };
  });
}

function followUps(
  taxonomy: Taxonomy,
  counted: Counted[],
  previous: PictureInput['previous'],
): CountyPicture['followUps'] {
  const plansOf = new Map((previous?.figures ?? []).map((f) => [f.municipalityCode, f.plans]));
  const items: FollowUpItem[] = counted.flatMap((c) =>
    c.document.followUps.map((f) => ({
      municipalityCode: c.code,
      plannedMeasureId: f.plannedMeasureId,
      description: plansOf.get(c.code)?.find((p) => p.id === f.plannedMeasureId)?.description ?? '',
      status: f.status,
      comment: f.comment,
    })),
  );
  return {
    statuses: tally(
      taxonomy,
      'followUpStatuses',
      items.map((i) => ({ code: i.status, from: i.municipalityCode })),
    ),
    items,
  };
}

function risksAhead(taxonomy: Taxonomy, counted: Counted[]): RiskAheadFigures[] {
  return taxonomy.riskAreas.map(({ code: area }) => {
    const entries = counted.flatMap((c) =>
      c.document.risksAhead.filter((r) => r.area === area).map((r) => ({ code: c.code, risk: r })),
    );
    return {
      area,
      count: unique(entries.map((e) => e.code)).length,
      from: unique(entries.map((e) => e.code)),
      likelihoods: tally(
        taxonomy,
        'likelihoods',
        entries.map((e) => ({ code: e.risk.likelihood, from: e.code })),
      ),
      items: entries.map((e) => ({
        municipalityCode: e.code,
        description: e.risk.description,
        likelihood: e.risk.likelihood,
      })),
    };
  });
}

function heatmapRows(input: PictureInput, counted: Counted[]): HeatmapRow[] {
  const { taxonomy } = input.round;
  const byCode = new Map(counted.map((c) => [c.code, c]));
  return input.municipalities.map((m) => {
    const c = byCode.get(m.code);
    return {
      municipalityCode: m.code,
      name: m.name,
      mainGroup: m.mainGroup,
      counted: c !== undefined,
      cells: taxonomy.riskAreas.map(({ code: area }) => {
        const risks = c ? risksIn(c, area) : [];
        const lead = leadRisk(risks, taxonomy);
        return { area, level: lead?.level ?? null, trend: lead?.trend ?? null, risks: risks.length };
      }),
    };
  });
}

const LARGEST_CHANGES = 5;
/** The trend code of a risk reported for the first time. */
export const NEW_RISK = 'ny';

function highlights(riskAreas: RiskAreaFigures[], counted: Counted[]): Highlights {
  return {
    largestChanges: riskAreas
      .flatMap((a) =>
        a.change?.shareDelta
          ? [
              {
                area: a.area,
                share: a.share,
                previousShare: a.previous?.share ?? null,
                shareDelta: a.change.shareDelta,
              },
            ]
          : [],
      )
      .sort((x, y) => Math.abs(y.shareDelta) - Math.abs(x.shareDelta))
      .slice(0, LARGEST_CHANGES),
    newRisks: counted.flatMap((c) =>
      c.document.observedRisks
        .filter((r) => r.trend === NEW_RISK)
        .map((r) => ({
          municipalityCode: c.code,
          riskId: r.id,
          area: r.area,
          title: r.title,
          level: r.level,
        })),
    ),
  };
}

/** Builds the county picture of one round from its assessments, its municipalities and the previous round. */
export function buildCountyPicture(input: PictureInput): CountyPicture {
  const { taxonomy } = input.round;
  const municipalities = [...input.municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const previous = input.previous && {
    ...input.previous,
    figures: [...input.previous.figures].sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode)),
  };
  const ordered = { ...input, municipalities, previous };
  const statusOf = new Map(input.assessments.map((a) => [a.municipalityCode, a]));
  const counted = countedOf(input.assessments, input.include);
  const sources: SourceRef[] = input.assessments
    .filter((a) => a.latest !== null && counts(a.status, input.include))
    .map((a) => {
      const latest = a.latest as NonNullable<AssessmentInput['latest']>;
      return {
        municipalityCode: a.municipalityCode,
        assessmentId: a.assessmentId,
        submission: latest.number,
        version: latest.version,
        status: a.status,
        submittedAt: latest.submittedAt,
      };
    })
    .sort((x, y) => x.municipalityCode.localeCompare(y.municipalityCode));
  const all = responseGroup('', '', municipalities, statusOf);
  const riskAreas = taxonomy.riskAreas.map(({ code }) => areaFigures(code, ordered, counted));
  const { round } = input;
  const text = (pick: (d: AssessmentDocument) => string | string[]) =>
    counted.flatMap((c) => {
      const value = pick(c.document);
      return (Array.isArray(value) ? value : [value])
        .filter((t) => t !== '')
        .map((t) => ({ municipalityCode: c.code, text: t }));
    });
  return {
    round: {
      id: round.id,
      title: round.title,
      countyCode: round.countyCode,
      countyName: round.countyName,
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      deadline: round.deadline,
      status: round.status,
    },
    include: input.include,
    previousRound: input.previous
      ? {
          id: input.previous.round.id,
          title: input.previous.round.title,
          periodStart: input.previous.round.periodStart,
          periodEnd: input.previous.round.periodEnd,
        }
      : null,
    taxonomy,
    municipalities,
    sources,
    response: {
      expected: all.expected,
      submitted: all.submitted,
      approved: all.approved,
      late: all.late,
      missing: all.missing,
      returned: municipalities.filter((m) => statusOf.get(m.code)?.status === 'returned').map((m) => m.code),
      lateMunicipalities: municipalities
        .filter((m) => {
          const a = statusOf.get(m.code);
          return a !== undefined && SUBMITTED.includes(a.status) && a.late;
        })
        .map((m) => m.code),
      counted: counted.length,
      byMainGroup: groupsOf(municipalities, 'mainGroup').map(([g, n, members]) =>
        responseGroup(g, n, members, statusOf),
      ),
      byGroup: groupsOf(municipalities, 'groupCode').map(([g, n, members]) =>
        responseGroup(g, n, members, statusOf),
      ),
      statuses: municipalities.map((m) => {
        const a = statusOf.get(m.code);
        return {
          municipalityCode: m.code,
          status: a?.status ?? 'not_started',
          late: a?.late ?? false,
          submittedAt: a?.latest?.submittedAt ?? null,
        };
      }),
    },
    riskAreas,
    heatmap: { areas: taxonomy.riskAreas.map((a) => a.code), rows: heatmapRows(ordered, counted) },
    measures: measureFigures(taxonomy, counted),
    plannedMeasures: plannedFigures(taxonomy, counted),
    followUps: followUps(taxonomy, counted, previous),
    risksAhead: risksAhead(taxonomy, counted),
    forumThemes: text((d) => d.forumThemes),
    supportWanted: text((d) => d.supportWanted),
    appendix: counted.map((c) => ({
      municipalityCode: c.code,
      summary: c.document.summary,
      changesSinceLastRound: c.document.changesSinceLastRound,
      contactName: c.document.contact.name,
      noRisksObserved: c.document.noRisksObserved,
    })),
    items: {
      observedRisks: counted.flatMap((c) =>
        c.document.observedRisks.map((r) => ({ municipalityCode: c.code, ...r })),
      ),
      measuresTaken: counted.flatMap((c) =>
        c.document.measuresTaken.map((m) => ({ municipalityCode: c.code, ...m })),
      ),
      plannedMeasures: counted.flatMap((c) =>
        c.document.plannedMeasures.map((m) => ({ municipalityCode: c.code, ...m })),
      ),
      risksAhead: counted.flatMap((c) =>
        c.document.risksAhead.map((r) => ({ municipalityCode: c.code, ...r })),
      ),
    },
    narratives: { ...input.narratives },
    highlights: highlights(riskAreas, counted),
    trends: input.trends,
  };
}
