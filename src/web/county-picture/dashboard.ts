import type { CountyPicture, Tally } from '../../county-picture/county-picture.model';
import { areaInWords } from '../../reports/change-words';
import { barChartSvg } from '../../reports/charts';
import { fill, levelColour, ReportTexts, TREND_MARKS, wordingFor } from '../../reports/report-texts';
import type { TaxonomyList } from '../../taxonomy/taxonomy';
import { areaTrendsOf, glanceOf, labelledSvg } from './dashboard-glance';
import { organisationsPartOf, rsaPartOf } from './dashboard-rsa';

/**
 * The county picture as the dashboard shows it: the same model as the PDF and the workbook, in the page's language,
 * with every chart paired with its text alternative and the table of its figures.
 */
export function dashboardOf(picture: CountyPicture, texts: ReportTexts) {
  const { codeLabel, nameOf, t } = wordingFor(picture, texts);
  const labelled = (list: TaxonomyList, tallies: Tally[]) =>
    tallies.map((x) => ({ label: codeLabel(list, x.code), count: x.count, from: x.from.map(nameOf) }));
  const reported = (list: TaxonomyList, tallies: Tally[]) =>
    labelled(list, tallies).filter((x) => x.count > 0);
  const trendOf = (code: string | null) => ({
    label: codeLabel('trends', code),
    mark: TREND_MARKS[code ?? ''] ?? '',
  });
  const response = picture.response;
  const overTime = areaTrendsOf(picture, texts);
  return {
    glance: glanceOf(picture, texts),
    round: picture.round,
    include: picture.include,
    previousRound: picture.previousRound,
    sections: texts.sections,
    narratives: picture.narratives,
    response: {
      ...response,
      missingNames: response.missing.map(nameOf),
      returnedNames: response.returned.map(nameOf),
      lateNames: response.lateMunicipalities.map(nameOf),
    },
    riskAreas: picture.riskAreas.map((area) => {
      const label = codeLabel('riskAreas', area.area);
      const levels = labelled('levels', area.levels);
      const trends = area.trends.map((x) => ({ ...trendOf(x.code), count: x.count }));
      const alt = fill(texts.chartAlt, {
        area: label,
        values: levels.map((l) => `${l.label} ${l.count}`).join(', '),
      });
      return {
        code: area.area,
        label,
        municipalityCount: area.municipalityCount,
        share: area.share,
        previous: area.previous,
        change: area.change,
        /** The figures and the change since the previous round in words, as the report puts them. */
        words: areaInWords(area, response.counted, texts),
        overTime: overTime.get(area.area) ?? null,
        levels,
        trends,
        /** Levels and trends side by side: the rows of the chart's data table. */
        figures: Array.from({ length: Math.max(levels.length, trends.length) }, (_, i) => ({
          level: levels[i] ?? null,
          trend: trends[i] ?? null,
        })),
        extents: reported('extents', area.extents),
        affectedGroups: reported('affectedGroups', area.affectedGroups),
        byMainGroup: area.byMainGroup,
        alt,
        chart:
          area.municipalityCount === 0
            ? null
            : labelledSvg(
                barChartSvg(
                  { categories: levels.map((l) => l.label), values: levels.map((l) => l.count) },
                  'Arial, sans-serif',
                ),
                alt,
              ),
        descriptions: area.descriptions.map((d) => ({ ...d, municipality: nameOf(d.municipalityCode) })),
      };
    }),
    heatmap: {
      areas: picture.heatmap.areas.map((code) => ({ code, label: codeLabel('riskAreas', code) })),
      rows: picture.heatmap.rows.map((row) => ({
        name: row.name,
        counted: row.counted,
        risks: row.cells.some((cell) => cell.level !== null),
        cells: row.cells.map((cell) => ({
          level: cell.level ? codeLabel('levels', cell.level) : null,
          colour: cell.level ? levelColour(picture.taxonomy, cell.level) : null,
          trend: cell.trend ? trendOf(cell.trend) : null,
        })),
      })),
      trendKey: Object.keys(TREND_MARKS).map((code) => trendOf(code)),
    },
    measures: picture.measures.map((m) => ({
      area: m.area ? codeLabel('riskAreas', m.area) : t('unlinked'),
      count: m.count,
      actors: reported('actors', m.actors),
      perspectives: reported('perspectives', m.perspectives),
      effects: reported('effects', m.effects),
    })),
    plannedMeasures: picture.plannedMeasures.map((p) => ({
      area: p.area ? codeLabel('riskAreas', p.area) : t('unlinked'),
      count: p.count,
      items: p.items.map((i) => ({ ...i, municipality: nameOf(i.municipalityCode) })),
    })),
    followUps: {
      statuses: reported('followUpStatuses', picture.followUps.statuses),
      items: picture.followUps.items.map((i) => ({
        ...i,
        municipality: nameOf(i.municipalityCode),
        status: codeLabel('followUpStatuses', i.status),
      })),
    },
    risksAhead: picture.risksAhead.map((r) => ({
      area: codeLabel('riskAreas', r.area),
      count: r.count,
      likelihoods: reported('likelihoods', r.likelihoods),
      items: r.items.map((i) => ({
        ...i,
        municipality: nameOf(i.municipalityCode),
        likelihood: codeLabel('likelihoods', i.likelihood),
      })),
    })),
    forumThemes: picture.forumThemes.map((x) => ({ ...x, municipality: nameOf(x.municipalityCode) })),
    supportWanted: picture.supportWanted.map((x) => ({ ...x, municipality: nameOf(x.municipalityCode) })),
    forums: picture.forums.map((f) => ({
      ...f,
      themes: f.themes.map((theme) => ({ ...theme, askedBy: theme.askedBy.map(nameOf).join(', ') })),
      notes: f.notes.map((n) => ({ ...n, municipality: nameOf(n.municipalityCode) })),
    })),
    rsa: rsaPartOf(picture, texts),
    organisations: organisationsPartOf(picture, texts),
  };
}

export type Dashboard = ReturnType<typeof dashboardOf>;
