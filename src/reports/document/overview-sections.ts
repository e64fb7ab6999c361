import { formatPoints } from '../change-words';
import { overviewChart, trendChart } from '../report-charts';
import { fill, formatShare } from '../report-texts';
import type { Block } from './report-document';
import { Writing, heading, paragraph, names, count } from './writing';

/** The most rounds the report's table over time shows, the newest ones; the workbook has them all. */
const ROUNDS_SHOWN = 6;

/** The response, every area in one chart (levels stacked, last round's share marked) and its table of shares. */
export function glanceSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { t, codeLabel } = w.w;
  const { response } = picture;
  const chart = overviewChart(picture, texts);
  const hasPrevious = picture.riskAreas.some((a) => a.previous !== null);
  return [
    heading(w, 1, texts.sections.glance),
    paragraph(
      fill(texts.glance.response, {
        answered: response.submitted,
        expected: response.expected,
        late: response.late,
        missing: response.missing.length,
      }),
    ),
    { kind: 'figure', ...chart, alt: `${chart.alt} ${texts.glance.tableBelow}` },
    {
      kind: 'table',
      caption: texts.glance.overviewTable,
      header: [
        t('riskArea'),
        t('municipalities'),
        t('share'),
        ...(hasPrevious ? [t('previousShare'), t('changePoints')] : []),
      ],
      rows: picture.riskAreas.map((a) => [
        codeLabel('riskAreas', a.area),
        count(a.municipalityCount),
        formatShare(a.share, texts),
        ...(hasPrevious
          ? [
              a.previous ? formatShare(a.previous.share, texts) : t('none'),
              a.change?.shareDelta == null ? t('none') : formatPoints(a.change.shareDelta, texts),
            ]
          : []),
      ]),
      numeric: hasPrevious ? [1, 2, 3, 4] : [1, 2],
      rowHeaders: true,
    },
    paragraph(fill(texts.glance.basisNote, { counted: response.counted }), 'note'),
  ];
}

/** Each risk area's share over the county's rounds: the chart of the most reported areas and the table of all. */
export function trendsSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { t, codeLabel } = w.w;
  const trends = picture.trends;
  if (!trends) return [];
  const rounds = trends.rounds.slice(-ROUNDS_SHOWN);
  const chart = trendChart(picture, texts);
  return [
    heading(w, 1, texts.sections.trends),
    paragraph(w.scope === 'national' ? texts.national.trendIntro : texts.glance.trendIntro),
    ...(trends.rounds.length < 2 ? [paragraph(texts.glance.firstRound)] : []),
    ...(chart ? [{ kind: 'figure' as const, ...chart }] : []),
    {
      kind: 'table',
      caption: texts.glance.trendTable,
      header: [t('riskArea'), ...rounds.map((r) => r.title)],
      rows: [
        [t('counted'), ...rounds.map((r) => `${r.answered} / ${r.expected}`)],
        ...trends.riskAreas.map((area) => [
          codeLabel('riskAreas', area.area),
          ...rounds.map((r) => {
            const point = area.points.find((p) => p.roundId === r.id);
            return point ? formatShare(point.share, texts) : t('none');
          }),
        ]),
      ],
      numeric: rounds.map((_, i) => i + 1),
      rowHeaders: true,
    },
  ];
}

/** How many municipalities answered, by main group, and who is missing or late. */
export function methodSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { t } = w.w;
  const { response } = picture;
  const own = picture.narratives.response;
  return [
    heading(w, 1, texts.sections.method),
    paragraph(w.scope === 'national' ? texts.national.method : texts.method),
    {
      kind: 'table',
      caption: texts.glance.responseTable,
      header: [t('responseState'), t('municipalities')],
      rows: [
        [t('expected'), count(response.expected)],
        [t('submitted'), count(response.submitted)],
        [t('approved'), count(response.approved)],
        [t('late'), count(response.late)],
        [t('missing'), count(response.missing.length)],
        [t('counted'), count(response.counted)],
      ],
      numeric: [1],
      rowHeaders: true,
    },
    {
      kind: 'table',
      caption: texts.glance.groupTable,
      header: [t('mainGroup'), t('expected'), t('submitted'), t('approved'), t('late'), t('missing')],
      rows: response.byMainGroup.map((g) => [
        `${g.group} ${g.name}`,
        count(g.expected),
        count(g.submitted),
        count(g.approved),
        count(g.late),
        count(g.missing.length),
      ]),
      numeric: [1, 2, 3, 4, 5],
      rowHeaders: true,
    },
    ...(response.missing.length > 0 ? [paragraph(`${t('missing')}: ${names(w, response.missing)}.`)] : []),
    ...(response.lateMunicipalities.length > 0
      ? [paragraph(`${t('late')}: ${names(w, response.lateMunicipalities)}.`)]
      : []),
    ...(own ? [paragraph(own)] : []),
  ];
}
