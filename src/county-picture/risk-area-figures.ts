/** Each risk area of the picture: its figures, the comparison with the previous round, and the highlights. */
import type { ObservedRisk } from '../assessments/assessment-document';
import { leadRisk } from '../assessments/figures/area-figures';
import type { GroupShare, Highlights, PreviousAreaFigures, RiskAreaFigures } from './county-picture.model';
import { type Counted, groupsOf, type PictureInput, risksIn, share, tally, unique } from './picture-input';

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

export function areaFigures(area: string, input: PictureInput, counted: Counted[]): RiskAreaFigures {
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

const LARGEST_CHANGES = 5;
/** The trend code of a risk reported for the first time. */
export const NEW_RISK = 'ny';

const MOST_REPORTED = 3;
/** The top of the level scale that counts as high: "hög" and "mycket hög" in the default scale. */
const HIGH_LEVELS = 2;

/**
 * What the report's summary computes from the figures: the most reported areas, the largest changes in percentage
 * points, the areas where municipalities report high levels, and the new risks.
 */
export function highlights(riskAreas: RiskAreaFigures[], counted: Counted[], levels: string[]): Highlights {
  const high = levels.slice(-HIGH_LEVELS);
  const byShare = (x: { share: number | null; area: string }, y: { share: number | null; area: string }) =>
    (y.share ?? 0) - (x.share ?? 0) ||
    riskAreas.findIndex((a) => a.area === x.area) - riskAreas.findIndex((a) => a.area === y.area);
  return {
    mostReported: riskAreas
      .filter((a) => a.municipalityCount > 0)
      .map((a) => ({ area: a.area, municipalityCount: a.municipalityCount, share: a.share }))
      .sort(byShare)
      .slice(0, MOST_REPORTED),
    highLevels: riskAreas
      .map((a) => {
        const from = a.levels.filter((l) => high.includes(l.code)).flatMap((l) => l.from);
        return {
          area: a.area,
          municipalityCount: from.length,
          share: counted.length === 0 ? null : Math.round((from.length / counted.length) * 10_000) / 10_000,
          levels: high,
        };
      })
      .filter((a) => a.municipalityCount > 0)
      .sort(byShare),
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
