import { basisLine } from '../document/cover';
import { findingsOf } from '../document/findings';
import { writingFor } from '../document/writing';
import { DATE_TIME, PERCENT, POINTS, type SheetSpec, type Sheets, type Value } from './sheet-spec';

/**
 * What the report's cover and summary say: the round, its basis (a working version says so first), the case number
 * and contact, the response in figures, the findings computed from them, and the hash of the snapshot.
 */
export function summarySheet(sheets: Sheets): SheetSpec {
  const { picture, texts, municipality, snapshotHash, w, scope } = sheets;
  const { t } = w;
  const { response, round } = picture;
  const contact = [round.contact.name, round.contact.email, round.contact.phone].filter(Boolean).join(', ');
  const findings = findingsOf(writingFor(picture, texts, 0, scope));
  return {
    name: texts.sheets.summary,
    columns: [
      { header: t('item'), width: 40 },
      { header: t('value'), width: 80 },
    ],
    rows: [
      ...(picture.include === 'submitted' ? [[texts.mark, texts.cover.working]] : []),
      [scope === 'national' ? texts.national.title : texts.title, round.countyName],
      [t('period'), `${round.periodStart} – ${round.periodEnd}`],
      [t('round'), round.title],
      [t('basis'), basisLine(picture, texts)],
      ...(round.caseNumber ? [[texts.cover.facts.caseNumber, round.caseNumber]] : []),
      ...(contact ? [[texts.cover.facts.contact, contact]] : []),
      [t('expected'), response.expected],
      [t('submitted'), response.submitted],
      [t('approved'), response.approved],
      [t('late'), response.late],
      [t('missing'), response.missing.length],
      [
        `${t('missing')}: ${t('municipalities').toLowerCase()}`,
        response.missing.map((c) => municipality.get(c)?.name ?? c).join(', '),
      ],
      [t('counted'), response.counted],
      ...findings.items.map((item): Value[] => [`${findings.title}: ${item.label}`, item.text]),
      ['sha256', snapshotHash],
    ],
  };
}

/** The response by main group and group. */
export function responseSheet({ picture, texts, municipality, w }: Sheets): SheetSpec {
  const { t } = w;
  const { response } = picture;
  return {
    name: texts.sheets.response,
    columns: [
      { header: t('group'), width: 12 },
      { header: t('title'), width: 40 },
      { header: t('expected'), width: 14 },
      { header: t('submitted'), width: 12 },
      { header: t('approved'), width: 12 },
      { header: t('late'), width: 10 },
      { header: t('missing'), width: 40 },
    ],
    rows: [...response.byMainGroup, ...response.byGroup].map((g) => [
      g.group,
      g.name,
      g.expected,
      g.submitted,
      g.approved,
      g.late,
      g.missing.map((c) => municipality.get(c)?.name ?? c).join(', '),
    ]),
  };
}

/** Each risk area: municipalities, share, levels, trends and the change since the previous round. */
export function riskAreasSheet({ picture, texts, w }: Sheets): SheetSpec {
  const { lang, tax, t, codeLabel } = w;
  const { response } = picture;
  return {
    name: texts.sheets.riskAreas,
    columns: [
      { header: t('riskArea'), width: 40 },
      { header: 'Kod', width: 24 },
      { header: t('municipalities'), width: 12 },
      { header: t('counted'), width: 14 },
      { header: t('share'), width: 10, numFmt: PERCENT },
      ...tax.levels.map((l) => ({ header: `${t('level')}: ${l.label[lang]}`, width: 12 })),
      ...tax.trends.map((l) => ({ header: `${t('trend')}: ${l.label[lang]}`, width: 12 })),
      { header: `${t('previous')}: ${t('municipalities').toLowerCase()}`, width: 16 },
      { header: `${t('previous')}: ${t('counted').toLowerCase()}`, width: 16 },
      { header: `${t('previous')}: ${t('share').toLowerCase()}`, width: 14, numFmt: PERCENT },
      { header: t('changePoints'), width: 16, numFmt: POINTS },
      { header: t('panel'), width: 16 },
      { header: t('panelNow'), width: 16 },
      { header: t('panelBefore'), width: 18 },
    ],
    rows: picture.riskAreas.map((a) => [
      codeLabel('riskAreas', a.area),
      a.area,
      a.municipalityCount,
      response.counted,
      a.share,
      ...a.levels.map((l) => l.count),
      ...a.trends.map((l) => l.count),
      a.previous?.municipalityCount ?? null,
      a.previous?.counted ?? null,
      a.previous?.share ?? null,
      a.change?.shareDelta ?? null,
      a.change?.panel.municipalities ?? null,
      a.change?.panel.reportingNow ?? null,
      a.change?.panel.reportingBefore ?? null,
    ]),
  };
}

/** Every municipality against every risk area. */
export function heatmapSheet({ picture, texts, place, placeColumns, yesNo, w }: Sheets): SheetSpec {
  const { t, codeLabel } = w;
  return {
    name: texts.sheets.heatmap,
    columns: [
      ...placeColumns,
      { header: t('inPicture'), width: 12 },
      ...picture.heatmap.areas.map((a) => ({ header: codeLabel('riskAreas', a), width: 18 })),
    ],
    rows: picture.heatmap.rows.map((row) => [
      ...place(row.municipalityCode),
      yesNo(row.counted),
      ...row.cells.map((c) =>
        c.level ? `${codeLabel('levels', c.level)} (${codeLabel('trends', c.trend)})` : null,
      ),
    ]),
  };
}

/** Measures taken by risk area: actors and effects. */
export function measuresSheet({ picture, texts, w }: Sheets): SheetSpec {
  const { lang, tax, t, codeLabel } = w;
  return {
    name: texts.sheets.measures,
    columns: [
      { header: t('riskArea'), width: 40 },
      { header: t('measureCount'), width: 12 },
      ...tax.actors.map((a) => ({ header: a.label[lang], width: 14 })),
      ...tax.effects.map((e) => ({ header: `${t('effect')}: ${e.label[lang]}`, width: 14 })),
    ],
    rows: picture.measures.map((m) => [
      m.area ? codeLabel('riskAreas', m.area) : t('unlinked'),
      m.count,
      ...m.actors.map((a) => a.count),
      ...m.effects.map((e) => e.count),
    ]),
  };
}

/** Every municipality: its status, lateness and the submission counted. */
export function statusSheet({
  picture,
  texts,
  place,
  placeColumns,
  yesNo,
  municipality,
  w,
}: Sheets): SheetSpec {
  const { t } = w;
  const { response } = picture;
  const counted = new Map(picture.sources.map((s) => [s.municipalityCode, s]));
  return {
    name: texts.sheets.status,
    columns: [
      ...placeColumns,
      { header: t('mainGroup'), width: 12 },
      { header: t('status'), width: 14 },
      { header: t('late'), width: 8 },
      { header: t('submittedAt'), width: 18, numFmt: DATE_TIME },
      { header: t('inPicture'), width: 14 },
      { header: t('submission'), width: 12 },
      { header: t('version'), width: 10 },
    ],
    rows: response.statuses.map((s) => {
      const source = counted.get(s.municipalityCode);
      return [
        ...place(s.municipalityCode),
        municipality.get(s.municipalityCode)?.mainGroup ?? null,
        texts.statuses[s.status],
        yesNo(s.late),
        s.submittedAt ? new Date(s.submittedAt) : null,
        yesNo(source !== undefined),
        source?.submission ?? null,
        source?.version ?? null,
      ];
    }),
  };
}
