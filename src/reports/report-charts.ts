import type { CountyPicture } from '../county-picture/county-picture.model';
import {
  ChartStyle,
  REPORT_CHART,
  shareLinesSvg,
  shareLineSvg,
  StackedShares,
  stackedSharesSvg,
  svgHeight,
} from './charts';
import { fill, formatShare, ReportTexts, wordingFor } from './report-texts';

/** The areas the chart over time draws: the most reported ones now; the table beside it has them all. */
const TREND_LINES = 5;
/** A risk area's own chart over time is drawn only when it adds to the table: from this many rounds. */
const AREA_TREND_FROM = 3;
const AREA_TREND_HEIGHT = 130;

export interface ChartFigure {
  svg: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Every risk area's level shares and last round's share: the overview chart's data, as dashboard and report draw it. */
export function overviewSeries(picture: CountyPicture, texts: ReportTexts): StackedShares {
  const { codeLabel } = wordingFor(picture, texts);
  const { response, taxonomy } = picture;
  const hasPrevious = picture.riskAreas.some((a) => a.previous !== null);
  const byLevel = (count: number) => percent(response.counted === 0 ? null : count / response.counted) ?? 0;
  return {
    categories: picture.riskAreas.map((a) => codeLabel('riskAreas', a.area)),
    series: taxonomy.levels.map((level) => ({
      name: level.label[texts.language],
      values: picture.riskAreas.map((a) => byLevel(a.levels.find((l) => l.code === level.code)?.count ?? 0)),
    })),
    previous: hasPrevious ? picture.riskAreas.map((a) => percent(a.previous?.share ?? null)) : null,
    previousName: texts.glance.previousMark,
  };
}

/** The overview chart's text alternative: what it shows, and each area's share and last round's share. */
export function overviewAlt(picture: CountyPicture, texts: ReportTexts): string {
  const { codeLabel } = wordingFor(picture, texts);
  const hasPrevious = picture.riskAreas.some((a) => a.previous !== null);
  const values = picture.riskAreas
    .map(
      (a) =>
        `${codeLabel('riskAreas', a.area)} ${formatShare(a.share, texts)}` +
        (a.previous
          ? ` (${texts.glance.previousMark.toLowerCase()} ${formatShare(a.previous.share, texts)})`
          : ''),
    )
    .join(', ');
  return `${fill(texts.glance.overviewAlt, { previous: hasPrevious ? texts.glance.overviewPrevious : '' })} ${values}.`;
}

/** All risk areas in one chart: their levels stacked, last round's share marked. */
export function overviewChart(
  picture: CountyPicture,
  texts: ReportTexts,
  style: ChartStyle = REPORT_CHART,
): ChartFigure {
  const svg = stackedSharesSvg(overviewSeries(picture, texts), style);
  return {
    svg,
    width: style.width,
    height: svgHeight(svg),
    alt: overviewAlt(picture, texts),
    caption: texts.glance.overviewCaption,
  };
}

const roundAxis = (picture: CountyPicture) =>
  (picture.trends?.rounds ?? []).map((r) => ({ id: r.id, title: r.title, month: r.periodStart.slice(0, 7) }));

/** The most reported areas' shares over the county's rounds, or null when there is only one round. */
export function trendChart(
  picture: CountyPicture,
  texts: ReportTexts,
  style = REPORT_CHART,
): ChartFigure | null {
  const trends = picture.trends;
  if (!trends || trends.rounds.length < 2) return null;
  const { codeLabel } = wordingFor(picture, texts);
  const rounds = roundAxis(picture);
  const shown = [...picture.riskAreas]
    .filter((a) => a.municipalityCount > 0)
    .sort((x, y) => (y.share ?? 0) - (x.share ?? 0))
    .slice(0, TREND_LINES)
    .map((a) => trends.riskAreas.find((t) => t.area === a.area))
    .filter((a) => a !== undefined);
  if (shown.length === 0) return null;
  const series = shown.map((area) => ({
    name: codeLabel('riskAreas', area.area),
    values: rounds.map((r) => percent(area.points.find((p) => p.roundId === r.id)?.share ?? null)),
    words: rounds
      .map((r) => {
        const point = area.points.find((p) => p.roundId === r.id);
        return point ? `${r.title} ${formatShare(point.share, texts)}` : null;
      })
      .filter(Boolean)
      .join(', '),
  }));
  const svg = shareLinesSvg({ categories: rounds.map((r) => r.month), series }, style);
  return {
    svg,
    width: style.width,
    height: svgHeight(svg),
    alt: `${texts.glance.trendLinesAlt} ${series.map((s) => `${s.name}: ${s.words}`).join('; ')}.`,
    caption: fill(texts.glance.trendLinesCaption, { count: series.length }),
  };
}

/** One area's share over the rounds, where there are enough rounds for a line to say more than the table. */
export function areaTrendChart(
  picture: CountyPicture,
  texts: ReportTexts,
  area: string,
  style: ChartStyle = { ...REPORT_CHART, width: 300 },
): ChartFigure | null {
  const trend = picture.trends?.riskAreas.find((a) => a.area === area);
  if (!trend || trend.points.length < AREA_TREND_FROM) return null;
  const { codeLabel } = wordingFor(picture, texts);
  const rounds = roundAxis(picture).filter((r) => trend.points.some((p) => p.roundId === r.id));
  const label = codeLabel('riskAreas', area);
  const svg = shareLineSvg(
    {
      categories: rounds.map((r) => r.month),
      values: rounds.map((r) => percent(trend.points.find((p) => p.roundId === r.id)?.share ?? null)),
    },
    style,
    AREA_TREND_HEIGHT,
  );
  return {
    svg,
    width: style.width,
    height: AREA_TREND_HEIGHT,
    alt: fill(texts.glance.trendAlt, {
      area: label,
      values: rounds
        .map(
          (r) =>
            `${r.title} ${formatShare(trend.points.find((p) => p.roundId === r.id)?.share ?? null, texts)}`,
        )
        .join(', '),
    }),
    caption: fill(texts.glance.areaTrendCaption, { area: label }),
  };
}
