import type { CountyPicture } from '../../county-picture/county-picture.model';
import { areaInWords } from '../change-words';
import { barChartSvg } from '../charts';
import { fill, levelColour, ReportTexts, TREND_MARKS, wordingFor } from '../report-texts';
import type { Drawing } from './drawing';
import { glanceSection, trendsSection } from './glance-sections';
import type { TaggedPdf } from './tagged-pdf';

const QUOTES_PER_AREA = 6;
/** The grey of a municipality outside the basis in the heatmap: not the white of "no risk". */
const OUTSIDE_BASIS = '#d9d9d9';

/** The report's sections, in their order; each draws one section of the county picture. */
const SECTIONS: ((d: Drawing) => void)[] = [
  summarySection,
  glanceSection,
  methodSection,
  riskAreasSection,
  heatmapSection,
  trendsSection,
  measuresSection,
  plannedMeasuresSection,
  risksAheadSection,
  forumThemesSection,
  appendixSection,
];

/** One county's report: its cover, then `afterCover` (room for a table of contents), then every section. */
export function drawCounty(
  pdf: TaggedPdf,
  picture: CountyPicture,
  texts: ReportTexts,
  generatedAt: Date,
  afterCover: () => void,
): void {
  const w = wordingFor(picture, texts);
  const drawing: Drawing = {
    pdf,
    picture,
    texts,
    w,
    names: (codes) => codes.map(w.nameOf).join(', '),
    narrative: (section) => picture.narratives[section],
    nonZero: (list, tallies) =>
      tallies
        .filter((x) => x.count > 0)
        .map((x) => `${w.codeLabel(list, x.code)} ${x.count}`)
        .join(', ') || w.t('none'),
  };
  coverOf(drawing, generatedAt);
  afterCover();
  for (const section of SECTIONS) section(drawing);
}

function coverOf({ pdf, picture, texts }: Drawing, generatedAt: Date): void {
  const { round } = picture;
  const { doc } = pdf;
  doc.moveDown(6);
  pdf.paragraph(texts.title, { size: 24, bold: true });
  pdf.paragraph(fill(texts.coverLines.county, { county: round.countyName }), { size: 18 });
  doc.moveDown(1);
  pdf.paragraph(fill(texts.coverLines.round, { round: round.title }), { size: 12 });
  pdf.paragraph(fill(texts.coverLines.period, { start: round.periodStart, end: round.periodEnd }), {
    size: 12,
  });
  pdf.paragraph(fill(texts.coverLines.deadline, { deadline: round.deadline }), { size: 12 });
  pdf.paragraph(texts.basis[picture.include], { size: 12 });
  pdf.paragraph(fill(texts.coverLines.generated, { date: generatedAt.toISOString().slice(0, 10) }), {
    size: 10,
    color: '#444444',
  });
}

/** The analysts' summary of the county's situation. */
function summarySection({ pdf, texts, narrative }: Drawing): void {
  pdf.openSection(1, texts.sections.summary);
  pdf.paragraph(narrative('summary') ?? texts.noNarrative);
  pdf.endSection();
}

/** How many municipalities answered, by main group, and who is missing or late. */
function methodSection({ pdf, picture, texts, names, narrative, w }: Drawing): void {
  const { t } = w;
  const { response } = picture;
  pdf.openSection(1, texts.sections.method);
  pdf.paragraph(texts.method);
  pdf.table(
    [t('title'), t('count')],
    [
      [t('expected'), String(response.expected)],
      [t('submitted'), String(response.submitted)],
      [t('approved'), String(response.approved)],
      [t('late'), String(response.late)],
      [t('missing'), String(response.missing.length)],
      [t('counted'), String(response.counted)],
    ],
    { widths: [220, '*'] },
  );
  pdf.table(
    [t('mainGroup'), t('expected'), t('submitted'), t('approved'), t('late'), t('missing')],
    response.byMainGroup.map((g) => [
      `${g.group} ${g.name}`,
      String(g.expected),
      String(g.submitted),
      String(g.approved),
      String(g.late),
      String(g.missing.length),
    ]),
    { widths: ['*', 55, 60, 55, 40, 45] },
  );
  if (response.missing.length > 0) pdf.paragraph(`${t('missing')}: ${names(response.missing)}.`);
  if (response.lateMunicipalities.length > 0)
    pdf.paragraph(`${t('late')}: ${names(response.lateMunicipalities)}.`);
  if (narrative('response')) pdf.paragraph(narrative('response') as string);
  pdf.endSection();
}

/** Each risk area: how many reported it, its levels as a chart and a table, and quotes. */
function riskAreasSection({ pdf, picture, texts, narrative, nonZero, w }: Drawing): void {
  const { t, codeLabel, nameOf } = w;
  const { response } = picture;
  pdf.openSection(1, texts.sections.riskAreas);
  if (narrative('riskAreas')) pdf.paragraph(narrative('riskAreas') as string);
  for (const area of picture.riskAreas) {
    const areaLabel = codeLabel('riskAreas', area.area);
    pdf.openSection(2, areaLabel);
    const words = areaInWords(area, response.counted, texts);
    if (area.municipalityCount === 0 && !area.previous?.municipalityCount) {
      pdf.paragraph(texts.nothingReported);
    } else {
      pdf.paragraph(words.panel ? `${words.line} ${words.panel}` : words.line);
    }
    if (area.municipalityCount > 0) {
      const values = area.levels.map((l) => `${codeLabel('levels', l.code)} ${l.count}`).join(', ');
      const svg = barChartSvg({
        categories: area.levels.map((l) => codeLabel('levels', l.code)),
        values: area.levels.map((l) => l.count),
      });
      const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 120);
      pdf.figure(svg, fill(texts.chartAlt, { area: areaLabel, values }), height);
      pdf.table(
        [t('level'), t('count'), t('trend'), t('count')],
        Array.from({ length: Math.max(area.levels.length, area.trends.length) }, (_, i) => [
          codeLabel('levels', area.levels[i]?.code ?? null),
          area.levels[i] ? String(area.levels[i].count) : '',
          codeLabel('trends', area.trends[i]?.code ?? null),
          area.trends[i] ? String(area.trends[i].count) : '',
        ]),
        { widths: ['*', 50, '*', 50] },
      );
      pdf.paragraph(`${t('affectedGroups')}: ${nonZero('affectedGroups', area.affectedGroups)}.`);
      pdf.paragraph(`${t('extent')}: ${nonZero('extents', area.extents)}.`);
    }
    const own = narrative(`riskArea.${area.area}`);
    if (own) pdf.paragraph(own);
    for (const d of area.descriptions.slice(0, QUOTES_PER_AREA)) {
      if (d.description !== '') pdf.quote(d.description, nameOf(d.municipalityCode));
    }
  }
  pdf.endSection();
}

/** Every municipality against every risk area: level and trend. */
function heatmapSection({ pdf, picture, texts, narrative, w }: Drawing): void {
  const { tax, t, codeLabel } = w;
  pdf.openSection(1, texts.sections.heatmap);
  if (narrative('heatmap')) pdf.paragraph(narrative('heatmap') as string);
  pdf.paragraph(
    picture.heatmap.areas.map((a, i) => `${i + 1} = ${codeLabel('riskAreas', a)}`).join('; ') +
      `. ${Object.entries(TREND_MARKS)
        .map(([code, mark]) => `${mark} ${codeLabel('trends', code)}`)
        .join(', ')}. ${t('outsideKey')}`,
    { size: 8.5 },
  );
  pdf.table(
    [t('municipality'), ...picture.heatmap.areas.map((_, i) => String(i + 1))],
    picture.heatmap.rows.map((row) => [
      row.counted ? row.name : `${row.name} (${t('notCounted')})`,
      ...row.cells.map((c) =>
        !row.counted
          ? { text: '', backgroundColor: OUTSIDE_BASIS }
          : c.level
            ? {
                text: `${codeLabel('levels', c.level)} ${TREND_MARKS[c.trend ?? ''] ?? ''}`.trim(),
                backgroundColor: levelColour(tax, c.level),
              }
            : '',
      ),
    ]),
    { widths: [86, ...picture.heatmap.areas.map(() => '*')], fontSize: 6.5 },
  );
  pdf.endSection();
}

/** Measures taken, by risk area: their number, their effects and the main actors. */
function measuresSection({ pdf, picture, texts, narrative, w }: Drawing): void {
  const { lang, tax, t, codeLabel } = w;
  pdf.openSection(1, texts.sections.measures);
  if (narrative('measures')) pdf.paragraph(narrative('measures') as string);
  pdf.table(
    [t('riskArea'), t('measureCount'), ...tax.effects.map((e) => e.label[lang]), t('actors')],
    picture.measures
      .filter((m) => m.count > 0)
      .map((m) => [
        m.area ? codeLabel('riskAreas', m.area) : t('unlinked'),
        String(m.count),
        ...m.effects.map((e) => String(e.count)),
        [...m.actors]
          .filter((a) => a.count > 0)
          .sort((a, b) => b.count - a.count)
          .slice(0, 3)
          .map((a) => codeLabel('actors', a.code))
          .join(', '),
      ]),
    { widths: ['*', 50, ...tax.effects.map(() => 42), 110], fontSize: 8 },
  );
  pdf.endSection();
}

/** Planned measures by risk area, and how last round's plans were followed up. */
function plannedMeasuresSection({ pdf, picture, texts, names, narrative, w }: Drawing): void {
  const { t, codeLabel } = w;
  pdf.openSection(1, texts.sections.plannedMeasures);
  if (narrative('plannedMeasures')) pdf.paragraph(narrative('plannedMeasures') as string);
  pdf.table(
    [t('riskArea'), t('measureCount'), t('municipalities')],
    picture.plannedMeasures
      .filter((m) => m.count > 0)
      .map((m) => [m.area ? codeLabel('riskAreas', m.area) : t('unlinked'), String(m.count), names(m.from)]),
    { widths: ['*', 60, 180] },
  );
  if (picture.followUps.items.length > 0) {
    pdf.table(
      [t('status'), t('count')],
      picture.followUps.statuses.map((s) => [codeLabel('followUpStatuses', s.code), String(s.count)]),
      { widths: ['*', 80] },
    );
  }
  if (narrative('followUps')) pdf.paragraph(narrative('followUps') as string);
  pdf.endSection();
}

/** Concerns ahead by risk area and likelihood, with quotes. */
function risksAheadSection({ pdf, picture, texts, narrative, w }: Drawing): void {
  const { lang, tax, t, codeLabel, nameOf } = w;
  pdf.openSection(1, texts.sections.risksAhead);
  if (narrative('risksAhead')) pdf.paragraph(narrative('risksAhead') as string);
  pdf.table(
    [t('riskArea'), t('municipalities'), ...tax.likelihoods.map((l) => l.label[lang])],
    picture.risksAhead
      .filter((r) => r.count > 0)
      .map((r) => [
        codeLabel('riskAreas', r.area),
        String(r.count),
        ...r.likelihoods.map((l) => String(l.count)),
      ]),
    { widths: ['*', 70, ...tax.likelihoods.map(() => 50)] },
  );
  for (const r of picture.items.risksAhead.slice(0, 20)) {
    if (r.description !== '') pdf.quote(r.description, nameOf(r.municipalityCode));
  }
  pdf.endSection();
}

/** Themes for the dialogue forums and the support the municipalities want. */
function forumThemesSection({ pdf, picture, texts, narrative, w }: Drawing): void {
  const { t, nameOf } = w;
  pdf.openSection(1, texts.sections.forumThemes);
  if (narrative('forumThemes')) pdf.paragraph(narrative('forumThemes') as string);
  if (picture.forumThemes.length > 0) {
    pdf.table(
      [t('municipality'), t('theme')],
      picture.forumThemes.map((f) => [nameOf(f.municipalityCode), f.text]),
      { widths: [120, '*'] },
    );
  }
  if (picture.supportWanted.length > 0) {
    pdf.table(
      [t('municipality'), t('supportWanted')],
      picture.supportWanted.map((f) => [nameOf(f.municipalityCode), f.text]),
      { widths: [120, '*'] },
    );
  }
  pdf.endSection();
}

/** Each municipality in brief: its summary, changes and observed risks. */
function appendixSection({ pdf, picture, texts, w }: Drawing): void {
  const { t, codeLabel, nameOf } = w;
  pdf.openSection(1, texts.sections.appendix);
  for (const entry of picture.appendix) {
    pdf.openSection(2, nameOf(entry.municipalityCode));
    if (entry.summary) pdf.paragraph(`${t('summary')}: ${entry.summary}`);
    if (entry.changesSinceLastRound)
      pdf.paragraph(`${t('changesSinceLastRound')}: ${entry.changesSinceLastRound}`);
    const risks = picture.items.observedRisks.filter((r) => r.municipalityCode === entry.municipalityCode);
    if (entry.noRisksObserved) pdf.paragraph(t('noRisks'));
    if (risks.length > 0) {
      pdf.table(
        [t('riskArea'), t('title'), t('level'), t('trend')],
        risks.map((r) => [
          codeLabel('riskAreas', r.area),
          r.title,
          codeLabel('levels', r.level),
          codeLabel('trends', r.trend),
        ]),
        { widths: [130, '*', 60, 70], fontSize: 8.5 },
      );
    }
    pdf.paragraph(`${t('contact')}: ${entry.contactName}`, { size: 9 });
  }
  pdf.endSection();
}
