import type { CountyPicture } from '../../county-picture/county-picture.model';
import { fill } from '../report-texts';
import type { Block, Table } from './report-document';
import { Writing, heading, paragraph, names, count } from './writing';

const RISKS_AHEAD_QUOTED = 20;

type TableSectionKey = 'measures' | 'plannedMeasures' | 'risksAhead';

/** A section of one table: its heading, the analysts' text, and the table, or a line saying nothing was reported. */
export function tableSection(
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
export function measuresSection(w: Writing): Block[] {
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
export function plannedMeasuresSection(w: Writing): Block[] {
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
export function risksAheadSection(w: Writing): Block[] {
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
export function forumThemesSection(w: Writing): Block[] {
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
export function appendixSection(w: Writing): Block[] {
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
