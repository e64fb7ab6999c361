import type { CountyPicture, RiskAreaFigures } from '../../county-picture/county-picture.model';
import { areaInWords, formatPoints } from '../change-words';
import { overviewChart, areaTrendChart, trendChart } from '../report-charts';
import { fill, formatShare, levelColour, ReportTexts, TREND_MARKS, wordingFor } from '../report-texts';
import type { Block, Cell, Cover, ReportDocument, Table } from './report-document';

const QUOTES_PER_AREA = 6;
const RISKS_AHEAD_QUOTED = 20;
/** The most rounds the report's table over time shows, the newest ones; the workbook has them all. */
const ROUNDS_SHOWN = 6;
/** The grey of a municipality outside the basis in the heatmap: not the white of "no risk". */
const OUTSIDE_BASIS = '#d9d9d9';

/** What every part of a county's report is written with: the picture, its words, and how deep its headings start. */
export interface Writing {
  picture: CountyPicture;
  texts: ReportTexts;
  w: ReturnType<typeof wordingFor>;
  /** 0 for a county's own report; 1 for a county's chapter in the national report. */
  depth: 0 | 1;
  /** The wording of the scope: "i länet" or "i landet". */
  scope: 'county' | 'national';
}

export function writingFor(
  picture: CountyPicture,
  texts: ReportTexts,
  depth: 0 | 1 = 0,
  scope: Writing['scope'] = 'county',
): Writing {
  return { picture, texts, w: wordingFor(picture, texts), depth, scope };
}

const heading = (w: Writing, level: 1 | 2, text: string): Block => ({
  kind: 'heading',
  level: (level + w.depth) as 1 | 2 | 3,
  text,
});
const paragraph = (text: string, tone?: 'lead' | 'note' | 'strong'): Block => ({
  kind: 'paragraph',
  text,
  tone,
});
const names = (w: Writing, codes: string[]) => codes.map(w.w.nameOf).join(', ');
const count = (n: number) => String(n);

/** The basis of the figures, with how many municipalities it counts. */
export function basisLine(picture: CountyPicture, texts: ReportTexts): string {
  return fill(texts.basisWithCount[picture.include], {
    counted: picture.response.counted,
    expected: picture.response.expected,
  });
}

/** The cover's warning: a working version always; a final report whose basis was not complete when it was made. */
export function coverWarning(
  include: CountyPicture['include'],
  completeness: { open: boolean; awaiting: number; approved: number; expected: number },
  texts: ReportTexts,
): string | null {
  if (include === 'submitted') return texts.cover.working;
  const parts = [
    ...(completeness.open ? [texts.cover.roundOpen] : []),
    ...(completeness.awaiting > 0 ? [fill(texts.cover.awaiting, { awaiting: completeness.awaiting })] : []),
  ];
  if (parts.length === 0) return null;
  const { approved, expected } = completeness;
  return [fill(texts.cover.incomplete, { approved, expected }), ...parts].join(' ');
}

/** The county report's cover: county, round, period, basis, case number, contact and date. */
export function countyCover(picture: CountyPicture, texts: ReportTexts, generatedAt: Date): Cover {
  const { round, response } = picture;
  const f = texts.cover.facts;
  const contact = [round.contact.name, round.contact.email, round.contact.phone].filter(Boolean).join(', ');
  return {
    kicker: texts.title,
    title: round.countyName,
    facts: [
      { label: f.round, value: round.title },
      { label: f.period, value: `${round.periodStart} – ${round.periodEnd}` },
      { label: f.deadline, value: round.deadline },
      { label: f.basis, value: basisLine(picture, texts) },
      ...(round.caseNumber ? [{ label: f.caseNumber, value: round.caseNumber }] : []),
      ...(contact ? [{ label: f.contact, value: contact }] : []),
      { label: f.date, value: generatedAt.toISOString().slice(0, 10) },
    ],
    warning: coverWarning(
      picture.include,
      {
        open: round.status === 'open',
        awaiting: response.statuses.filter((s) => s.status === 'submitted').length,
        approved: response.approved,
        expected: response.expected,
      },
      texts,
    ),
  };
}

/** Every section of a county's report, in order. */
export function countyBlocks(w: Writing): Block[] {
  return [
    ...summarySection(w),
    ...glanceSection(w),
    ...trendsSection(w),
    ...methodSection(w),
    ...riskAreasSection(w),
    ...heatmapSection(w),
    ...measuresSection(w),
    ...plannedMeasuresSection(w),
    ...risksAheadSection(w),
    ...forumThemesSection(w),
    ...appendixSection(w),
  ];
}

/** The findings the summary computes from the figures, never written by anyone. */
export function findingsOf({ picture, texts, w }: Writing): Block {
  const words = texts.findings;
  const { response, highlights } = picture;
  const label = (area: string | null) => w.codeLabel('riskAreas', area);
  const counted = response.counted;
  const items: { label: string; text: string }[] = [
    {
      label: words.mostReported,
      text:
        highlights.mostReported
          .map((a) =>
            fill(words.areaCount, {
              area: label(a.area),
              count: a.municipalityCount,
              counted,
              share: formatShare(a.share, texts),
            }),
          )
          .join('; ') || words.noneReported,
    },
    {
      label: words.largestChanges,
      text: !picture.previousRound
        ? texts.glance.firstRound
        : highlights.largestChanges
            .slice(0, 3)
            .map((c) =>
              fill(words.change, {
                area: label(c.area),
                share: formatShare(c.share, texts),
                previous: formatShare(c.previousShare, texts),
                delta: formatPoints(c.shareDelta, texts),
              }),
            )
            .join('; ') || texts.glance.noChanges,
    },
    {
      label: fill(words.highLevels, {
        levels: (highlights.highLevels[0]?.levels ?? picture.taxonomy.levels.slice(-2).map((l) => l.code))
          .map((code) => w.codeLabel('levels', code).toLowerCase())
          .join(words.or),
      }),
      text:
        highlights.highLevels
          .map((a) =>
            fill(words.areaCount, {
              area: label(a.area),
              count: a.municipalityCount,
              counted,
              share: formatShare(a.share, texts),
            }),
          )
          .join('; ') || words.noHighLevels,
    },
    {
      label: words.newRisks,
      text:
        highlights.newRisks.length === 0
          ? texts.glance.noNewRisks
          : fill(words.newRiskCount, {
              count: highlights.newRisks.length,
              areas: [...new Set(highlights.newRisks.map((r) => label(r.area)))].join(', '),
            }),
    },
  ];
  return { kind: 'findings', title: words.title, note: words.note, items };
}

export function summarySection(w: Writing): Block[] {
  const { texts, picture } = w;
  return [
    heading(w, 1, texts.sections.summary),
    paragraph(picture.narratives.summary ?? texts.noSummary, picture.narratives.summary ? undefined : 'note'),
    findingsOf(w),
  ];
}

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
    { kind: 'figure', ...chart },
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
function trendsSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { t, codeLabel } = w.w;
  const trends = picture.trends;
  if (!trends) return [];
  const rounds = trends.rounds.slice(-ROUNDS_SHOWN);
  const chart = trendChart(picture, texts);
  return [
    heading(w, 1, texts.sections.trends),
    paragraph(texts.glance.trendIntro),
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
    const overTime = areaTrendChart(picture, texts, area.area);
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
function heatmapSection(w: Writing): Block[] {
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

type TableSectionKey = 'measures' | 'plannedMeasures' | 'risksAhead';

/** A section of one table: its heading, the analysts' text, and the table, or a line saying nothing was reported. */
function tableSection(
  w: Writing,
  key: TableSectionKey,
  table: Omit<Table, 'kind' | 'caption'> | null,
): Block[] {
  const { picture, texts } = w;
  const own = picture.narratives[key];
  return [
    heading(w, 1, texts.sections[key]),
    ...(own ? [paragraph(own)] : []),
    table ? { kind: 'table', caption: texts.sections[key], ...table } : paragraph(texts.noneOfThese),
  ];
}

/** Measures taken, by risk area: their number, their effects and the main actors. */
function measuresSection(w: Writing): Block[] {
  const { picture } = w;
  const { lang, tax, t, codeLabel } = w.w;
  const rows = picture.measures.filter((m) => m.count > 0);
  return tableSection(
    w,
    'measures',
    rows.length === 0
      ? null
      : {
          header: [
            t('riskArea'),
            t('measureCount'),
            ...tax.effects.map((e) => fill(t('effectColumn'), { effect: e.label[lang].toLowerCase() })),
            t('mainActors'),
          ],
          rows: rows.map((m) => [
            m.area ? codeLabel('riskAreas', m.area) : t('unlinked'),
            count(m.count),
            ...m.effects.map((e) => count(e.count)),
            [...m.actors]
              .filter((a) => a.count > 0)
              .sort((a, b) => b.count - a.count)
              .slice(0, 3)
              .map((a) => codeLabel('actors', a.code))
              .join(', '),
          ]),
          numeric: [1, ...tax.effects.map((_, i) => i + 2)],
          rowHeaders: true,
        },
  );
}

/** Planned measures by risk area, and how last round's plans were followed up. */
function plannedMeasuresSection(w: Writing): Block[] {
  const { picture } = w;
  const { t, codeLabel } = w.w;
  const rows = picture.plannedMeasures.filter((m) => m.count > 0);
  return [
    ...tableSection(
      w,
      'plannedMeasures',
      rows.length === 0
        ? null
        : {
            header: [t('riskArea'), t('measureCount'), t('municipalities')],
            rows: rows.map((m) => [
              m.area ? codeLabel('riskAreas', m.area) : t('unlinked'),
              count(m.count),
              names(w, m.from),
            ]),
            numeric: [1],
            rowHeaders: true,
          },
    ),
    ...(picture.followUps.items.length > 0
      ? [
          {
            kind: 'table' as const,
            caption: t('followUps'),
            header: [t('followUpStatus'), t('plannedMeasureCount')],
            rows: picture.followUps.statuses.map((s) => [
              codeLabel('followUpStatuses', s.code),
              count(s.count),
            ]),
            numeric: [1],
            rowHeaders: true,
          },
        ]
      : []),
    ...(picture.narratives.followUps ? [paragraph(picture.narratives.followUps)] : []),
  ];
}

/** Concerns ahead by risk area and likelihood, with quotes. */
function risksAheadSection(w: Writing): Block[] {
  const { picture } = w;
  const { lang, tax, t, codeLabel, nameOf } = w.w;
  const rows = picture.risksAhead.filter((r) => r.count > 0);
  return [
    ...tableSection(
      w,
      'risksAhead',
      rows.length === 0
        ? null
        : {
            header: [
              t('riskArea'),
              t('municipalities'),
              ...tax.likelihoods.map((l) =>
                fill(t('likelihoodColumn'), { likelihood: l.label[lang].toLowerCase() }),
              ),
            ],
            rows: rows.map((r) => [
              codeLabel('riskAreas', r.area),
              count(r.count),
              ...r.likelihoods.map((l) => count(l.count)),
            ]),
            numeric: [1, ...tax.likelihoods.map((_, i) => i + 2)],
            rowHeaders: true,
          },
    ),
    ...picture.items.risksAhead
      .slice(0, RISKS_AHEAD_QUOTED)
      .filter((r) => r.description !== '')
      .map((r): Block => ({ kind: 'quote', text: r.description, source: nameOf(r.municipalityCode) })),
  ];
}

/** Themes for the dialogue forums and the support the municipalities want. */
function forumThemesSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { t, nameOf } = w.w;
  const table = (caption: string, column: string, rows: typeof picture.forumThemes): Block[] =>
    rows.length === 0
      ? []
      : [
          {
            kind: 'table',
            caption,
            header: [t('municipality'), column],
            rows: rows.map((f) => [nameOf(f.municipalityCode), f.text]),
            rowHeaders: true,
          },
        ];
  return [
    heading(w, 1, texts.sections.forumThemes),
    ...(picture.narratives.forumThemes ? [paragraph(picture.narratives.forumThemes)] : []),
    ...table(t('theme'), t('theme'), picture.forumThemes),
    ...table(t('supportWanted'), t('supportWanted'), picture.supportWanted),
    ...(picture.forumThemes.length + picture.supportWanted.length === 0
      ? [paragraph(texts.noneOfThese)]
      : []),
  ];
}

/** Each municipality in brief: its summary, changes and observed risks. */
function appendixSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { t, codeLabel, nameOf } = w.w;
  const risksOf = new Map<string, CountyPicture['items']['observedRisks']>();
  for (const r of picture.items.observedRisks)
    risksOf.set(r.municipalityCode, [...(risksOf.get(r.municipalityCode) ?? []), r]);
  const blocks: Block[] = [heading(w, 1, texts.sections.appendix)];
  for (const entry of picture.appendix) {
    const name = nameOf(entry.municipalityCode);
    blocks.push(heading(w, 2, name));
    if (entry.summary) blocks.push(paragraph(`${t('summary')}: ${entry.summary}`));
    if (entry.changesSinceLastRound)
      blocks.push(paragraph(`${t('changesSinceLastRound')}: ${entry.changesSinceLastRound}`));
    if (entry.noRisksObserved) blocks.push(paragraph(t('noRisks')));
    const risks = risksOf.get(entry.municipalityCode) ?? [];
    if (risks.length > 0)
      blocks.push({
        kind: 'table',
        caption: fill(t('risksOf'), { municipality: name }),
        header: [t('riskArea'), t('riskTitle'), t('level'), t('trend')],
        rows: risks.map((r) => [
          codeLabel('riskAreas', r.area),
          r.title,
          codeLabel('levels', r.level),
          codeLabel('trends', r.trend),
        ]),
      });
    if (entry.contactName) blocks.push(paragraph(`${t('contact')}: ${entry.contactName}`, 'note'));
  }
  return blocks;
}

/** A county's report as a document: its cover, its contents to the second level, and every section. */
export function countyDocument(
  picture: CountyPicture,
  texts: ReportTexts,
  generatedAt: Date,
): ReportDocument {
  return {
    language: texts.language,
    locale: texts.locale,
    title: `${texts.title}: ${picture.round.countyName}`,
    subject: picture.round.title,
    cover: countyCover(picture, texts, generatedAt),
    contents: { title: texts.toc, depth: 2 },
    mark: picture.include === 'submitted' ? texts.mark : null,
    pageLabel: texts.page,
    blocks: countyBlocks(writingFor(picture, texts)),
  };
}
