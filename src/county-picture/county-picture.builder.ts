import type { AssessmentDocument } from '../assessments/assessment-document';
import { counts } from '../assessments/counted';
import { organisationFigures } from './organisation-figures';
import { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import type {
  CountyPicture,
  FollowUpItem,
  HeatmapRow,
  Include,
  MeasureFigures,
  MunicipalityRow,
  PlannedFigures,
  ResponseGroup,
  RiskAheadFigures,
  SourceRef,
} from './county-picture.model';
import {
  type AssessmentInput,
  type Counted,
  groupsOf,
  type PictureInput,
  risksIn,
  share,
  SUBMITTED,
  tally,
  unique,
} from './picture-input';
import { areaFigures, highlights, NEW_RISK, percentagePoints } from './risk-area-figures';
import { leadRisk } from '../assessments/figures/area-figures';
import { escalationFigures, riskMatrixFigures } from './rsa-figures';

export { NEW_RISK, percentagePoints, share };
export type { AssessmentInput, PictureInput };

function countedOf(assessments: AssessmentInput[], include: Include): Counted[] {
  return assessments
    .filter((a) => a.latest !== null && counts(a.status, include))
    .map((a) => ({
      code: a.municipalityCode,
      document: (a.latest as NonNullable<AssessmentInput['latest']>).document,
    }))
    .sort((x, y) => x.code.localeCompare(y.code));
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
      caseNumber: round.caseNumber,
      contact: round.contact,
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
    highlights: highlights(
      riskAreas,
      counted,
      taxonomy.levels.map((l) => l.code),
    ),
    trends: input.trends,
    forums: input.forums,
    riskMatrix: riskMatrixFigures(taxonomy, input.round.rsa, counted),
    escalation: escalationFigures(taxonomy, input.round.rsa, counted),
    organisations: organisationFigures(input.organisations, input.include),
  };
}
