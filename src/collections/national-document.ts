import type { CountyPicture } from '../county-picture/county-picture.model';
import { formatPoints } from '../reports/change-words';
import { countyBlocks } from '../reports/document/county-document';
import { basisLine, coverWarning } from '../reports/document/cover';
import { summarySection } from '../reports/document/findings';
import { riskAreasSection } from '../reports/document/area-sections';
import { glanceSection, methodSection, trendsSection } from '../reports/document/overview-sections';
import { writingFor } from '../reports/document/writing';
import type { Block, ReportDocument } from '../reports/document/report-document';
import { fill, formatShare, ReportTexts, wordingFor } from '../reports/report-texts';
import { NationalPicture, nationalCompleteness } from './national-picture';

/**
 * The national picture as the national document reads it: its own part is the summary, the overview, the counties
 * compared, the method and the risk areas. The heatmap, the measures and the municipalities' items are in the county
 * chapters, so a rendering thread is not sent them twice.
 */
export function nationalPart(national: NationalPicture): NationalPicture {
  return {
    ...national,
    sources: [],
    heatmap: { areas: national.heatmap.areas, rows: [] },
    measures: [],
    plannedMeasures: [],
    followUps: { statuses: [], items: [] },
    risksAhead: [],
    forumThemes: [],
    supportWanted: [],
    appendix: [],
    items: { observedRisks: [], measuresTaken: [], plannedMeasures: [], risksAhead: [] },
  };
}

/** The counties compared: their answers, and each risk area's share with its change, county by county. */
export function comparisonBlocks(national: NationalPicture, texts: ReportTexts): Block[] {
  const { t, codeLabel } = wordingFor(national, texts);
  const words = texts.national;
  const share = (value: number | null) => formatShare(value, texts);
  return [
    { kind: 'heading', level: 1, text: words.comparison },
    { kind: 'paragraph', text: words.comparisonIntro },
    ...(national.narratives.comparison
      ? [{ kind: 'paragraph' as const, text: national.narratives.comparison }]
      : []),
    {
      kind: 'table',
      caption: words.responseTable,
      header: [
        t('county'),
        t('expected'),
        t('submitted'),
        t('approved'),
        t('late'),
        t('counted'),
        t('responseShare'),
      ],
      rows: national.counties.map((c) => [
        c.countyName,
        String(c.response.expected),
        String(c.response.submitted),
        String(c.response.approved),
        String(c.response.late),
        String(c.response.counted),
        share(c.response.expected === 0 ? null : c.response.submitted / c.response.expected),
      ]),
      numeric: [1, 2, 3, 4, 5, 6],
      rowHeaders: true,
    },
    { kind: 'page', orientation: 'landscape' },
    { kind: 'heading', level: 2, text: words.areaTable },
    { kind: 'paragraph', text: texts.glance.basisNote.replace(/\{counted\}\s*/, ''), tone: 'note' },
    {
      kind: 'table',
      caption: words.areaTable,
      header: [t('county'), ...national.riskAreas.map((a) => codeLabel('riskAreas', a.area))],
      rows: national.counties.map((c) => [
        c.countyName,
        ...national.riskAreas.map((area) => {
          const own = c.riskAreas.find((a) => a.area === area.area);
          if (!own) return t('none');
          const delta = own.change?.shareDelta;
          return delta == null
            ? share(own.share)
            : fill(words.countyCell, { share: share(own.share), delta: formatPoints(delta, texts) });
        }),
      ]),
      numeric: national.riskAreas.map((_, i) => i + 1),
      rowHeaders: true,
      turnedHeader: true,
    },
    { kind: 'page', orientation: 'portrait' },
  ];
}

/**
 * The national report: the national picture of the collection (its summary, overview and trends, the counties
 * compared, its method and risk areas), then each county's chapter, its headings one level down.
 */
export function nationalDocument(
  national: NationalPicture,
  counties: CountyPicture[],
  texts: ReportTexts,
  generatedAt: Date,
): ReportDocument {
  const w = writingFor(national, texts, 0, 'national');
  const words = texts.national;
  return {
    language: texts.language,
    locale: texts.locale,
    title: `${words.title}: ${national.collection.title}`,
    subject: national.collection.title,
    cover: {
      kicker: words.title,
      title: national.collection.title,
      facts: [
        { label: texts.cover.facts.round, value: national.round.title },
        {
          label: texts.cover.facts.period,
          value: `${national.round.periodStart} – ${national.round.periodEnd}`,
        },
        { label: texts.cover.facts.basis, value: basisLine(national, texts) },
        { label: words.counties, value: national.counties.map((c) => c.countyName).join(', ') },
        { label: texts.cover.facts.date, value: generatedAt.toISOString().slice(0, 10) },
      ],
      warning: coverWarning(national.include, nationalCompleteness(national), texts),
    },
    contents: { title: texts.toc, depth: 1 },
    mark: national.include === 'submitted' ? texts.mark : null,
    pageLabel: texts.page,
    blocks: [
      ...summarySection(w),
      ...glanceSection(w),
      ...trendsSection(w),
      ...comparisonBlocks(national, texts),
      ...methodSection(w),
      ...riskAreasSection(w),
      ...counties.flatMap((county): Block[] => [
        { kind: 'page', orientation: 'portrait' },
        { kind: 'heading', level: 1, text: county.round.countyName },
        ...countyBlocks(writingFor(county, texts, 1)),
      ]),
    ],
  };
}
