import type { CountyPicture } from '../../county-picture/county-picture.model';
import { areaInWords, formatPoints } from '../../reports/change-words';
import { shareLineSvg, stackedSharesSvg } from '../../reports/charts';
import { overviewSeries } from '../../reports/report-charts';
import { fill, formatShare, ReportTexts, wordingFor } from '../../reports/report-texts';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The chart as an image for assistive technology: its text alternative is the figure's data in words. */
export function labelledSvg(svg: string, alt: string): string {
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(alt)}" focusable="false" `);
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * What the dashboard opens with: the response, every risk area in one chart (its levels stacked, last round's share
 * marked) with the table of its figures, the largest changes in percentage points and the risks new this round.
 */
export function glanceOf(picture: CountyPicture, texts: ReportTexts) {
  const { codeLabel, nameOf } = wordingFor(picture, texts);
  const { response, taxonomy } = picture;
  const words = texts.glance;
  const hasPrevious = picture.riskAreas.some((a) => a.previous !== null);
  const alt = `${fill(words.overviewAlt, { previous: hasPrevious ? words.overviewPrevious : '' })} ${words.tableBelow}`;
  return {
    response: fill(words.response, {
      answered: response.submitted,
      expected: response.expected,
      late: response.late,
      missing: response.missing.length,
    }),
    overview: {
      caption: words.overviewCaption,
      alt,
      chart: labelledSvg(
        stackedSharesSvg(overviewSeries(picture, texts), {
          fontFamily: 'Arial, sans-serif',
          width: 640,
          fontSize: 11,
        }),
        alt,
      ),
      levels: taxonomy.levels.map((l) => l.label[texts.language]),
      rows: picture.riskAreas.map((a) => ({
        code: a.area,
        label: codeLabel('riskAreas', a.area),
        count: a.municipalityCount,
        share: formatShare(a.share, texts),
        previous: a.previous ? formatShare(a.previous.share, texts) : '–',
        change: a.change?.shareDelta === null || !a.change ? '–' : formatPoints(a.change.shareDelta, texts),
        levels: taxonomy.levels.map((l) => a.levels.find((x) => x.code === l.code)?.count ?? 0),
      })),
    },
    largestChanges: picture.highlights.largestChanges.map((c) => {
      const area = picture.riskAreas.find((a) => a.area === c.area)!;
      return {
        code: c.area,
        label: codeLabel('riskAreas', c.area),
        words: areaInWords(area, response.counted, texts),
      };
    }),
    newRisks: picture.highlights.newRisks.map((r) => ({
      ...r,
      municipality: nameOf(r.municipalityCode),
      areaLabel: codeLabel('riskAreas', r.area),
      levelLabel: codeLabel('levels', r.level),
    })),
    words,
    hasPrevious,
  };
}

/** Each risk area's share over the county's rounds: a line chart with its text alternative and the table of it. */
export function areaTrendsOf(picture: CountyPicture, texts: ReportTexts) {
  const { codeLabel } = wordingFor(picture, texts);
  const trends = picture.trends;
  if (!trends) return new Map<string, never>();
  const title = new Map(trends.rounds.map((r) => [r.id, r.title]));
  const answered = new Map(trends.rounds.map((r) => [r.id, r.answered]));
  const start = new Map(trends.rounds.map((r) => [r.id, r.periodStart]));
  return new Map(
    trends.riskAreas.map((area) => {
      const label = codeLabel('riskAreas', area.area);
      const rows = area.points.map((p) => ({
        roundId: p.roundId,
        round: title.get(p.roundId) ?? p.roundId,
        /** The month the round's period starts, as the chart's axis names it: short, in any language. */
        period: (start.get(p.roundId) ?? '').slice(0, 7),
        municipalityCount: p.municipalityCount,
        answered: answered.get(p.roundId) ?? 0,
        share: formatShare(p.share, texts),
      }));
      const alt = fill(texts.glance.trendAlt, {
        area: label,
        values: rows.map((r) => `${r.round} ${r.share}`).join(', '),
      });
      const chart =
        rows.length < 2
          ? null
          : labelledSvg(
              shareLineSvg(
                { categories: rows.map((r) => r.period), values: area.points.map((p) => percent(p.share)) },
                { fontFamily: 'Arial, sans-serif', width: 460, fontSize: 11 },
              ),
              alt,
            );
      return [area.area, { alt, chart, rows }] as const;
    }),
  );
}
