import type { RiskAreaFigures } from '../../county-picture/county-picture.model';
import { areaInWords } from '../change-words';
import { areaTrendChart } from '../report-charts';
import { fill, formatShare, levelColour, TREND_MARKS } from '../report-texts';
import type { Block, Cell } from './report-document';
import { Writing, heading, paragraph, count } from './writing';

const QUOTES_PER_AREA = 6;
/** The grey of a municipality outside the basis in the heatmap: not the white of "no risk". */
const OUTSIDE_BASIS = '#d9d9d9';

const nonZero = (
  w: Writing,
  list: 'affectedGroups' | 'extents' | 'trends',
  tallies: RiskAreaFigures['trends'],
) =>
  tallies
    .filter((x) => x.count > 0)
    .map((x) => `${w.w.codeLabel(list, x.code)} ${x.count}`)
    .join(', ') || w.w.t('none');

/** Each risk area: how many reported it, at which levels, how it develops, and what the municipalities say. */
export function riskAreasSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { t, codeLabel, nameOf } = w.w;
  const { response } = picture;
  const blocks: Block[] = [heading(w, 1, texts.sections.riskAreas)];
  if (picture.narratives.riskAreas) blocks.push(paragraph(picture.narratives.riskAreas));
  for (const area of picture.riskAreas) {
    const areaLabel = codeLabel('riskAreas', area.area);
    blocks.push(heading(w, 2, areaLabel));
    const words = areaInWords(area, response.counted, texts);
    if (area.municipalityCount === 0 && !area.previous?.municipalityCount) {
      blocks.push(paragraph(texts.nothingReported));
    } else {
      blocks.push(paragraph(words.panel ? `${words.line} ${words.panel}` : words.line));
    }
    if (area.municipalityCount > 0) {
      blocks.push({
        kind: 'table',
        caption: fill(texts.glance.levelTable, { area: areaLabel }),
        header: [t('level'), t('municipalities'), t('share')],
        rows: area.levels.map((l) => [
          codeLabel('levels', l.code),
          count(l.count),
          formatShare(response.counted === 0 ? null : l.count / response.counted, texts),
        ]),
        numeric: [1, 2],
        rowHeaders: true,
      });
      blocks.push(paragraph(`${t('trend')}: ${nonZero(w, 'trends', area.trends)}.`));
      blocks.push(paragraph(`${t('affectedGroups')}: ${nonZero(w, 'affectedGroups', area.affectedGroups)}.`));
      blocks.push(paragraph(`${t('extent')}: ${nonZero(w, 'extents', area.extents)}.`));
    }
    // In the national report, and in its county chapters, the chart of the trends section stands for them all.
    const overTime = w.depth === 0 && w.scope === 'county' ? areaTrendChart(picture, texts, area.area) : null;
    if (overTime) blocks.push({ kind: 'figure', ...overTime });
    const own = picture.narratives[`riskArea.${area.area}`];
    if (own) blocks.push(paragraph(own));
    for (const d of area.descriptions.slice(0, QUOTES_PER_AREA)) {
      if (d.description !== '')
        blocks.push({ kind: 'quote', text: d.description, source: nameOf(d.municipalityCode) });
    }
  }
  return blocks;
}

/** Every municipality against every risk area, on a page of its own turned sideways: level and trend. */
export function heatmapSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { tax, t, codeLabel } = w.w;
  const key = Object.entries(TREND_MARKS)
    .map(([code, mark]) => `${mark} ${codeLabel('trends', code)}`)
    .join(', ');
  return [
    { kind: 'page', orientation: 'landscape' },
    heading(w, 1, texts.sections.heatmap),
    ...(picture.narratives.heatmap ? [paragraph(picture.narratives.heatmap)] : []),
    paragraph(`${key}. ${t('outsideKey')}`, 'note'),
    {
      kind: 'table',
      caption: texts.sections.heatmap,
      header: [t('municipality'), ...picture.heatmap.areas.map((a) => codeLabel('riskAreas', a))],
      rows: picture.heatmap.rows.map((row): Cell[] => [
        row.counted ? row.name : `${row.name} (${t('notCounted')})`,
        ...row.cells.map((c): Cell =>
          !row.counted
            ? { text: '', fill: OUTSIDE_BASIS }
            : c.level
              ? {
                  text: `${codeLabel('levels', c.level)} ${TREND_MARKS[c.trend ?? ''] ?? ''}`.trim(),
                  fill: levelColour(tax, c.level),
                }
              : '',
        ),
      ]),
      rowHeaders: true,
      turnedHeader: true,
    },
    { kind: 'page', orientation: 'portrait' },
  ];
}
