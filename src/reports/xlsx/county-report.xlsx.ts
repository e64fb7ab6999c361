import ExcelJS from 'exceljs';
import type { CountyPicture } from '../../county-picture/county-picture.model';
import { ReportTexts, wordingFor } from '../report-texts';

export type Value = string | number | Date | null;

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

const PERCENT = '0.0%';
const DATE_TIME = 'yyyy-mm-dd hh:mm';

function sheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: Column[],
  rows: Value[][],
): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // User text is written as a plain string cell: exceljs makes a formula only of a { formula } value, so text that
  // starts with =, +, -, @, a tab or a carriage return stays text in Excel and LibreOffice.
  for (const row of rows) worksheet.addRow(row).commit();
  worksheet.commit();
}

/** A sheet written after the summary, for what only some pictures have (the counties of a national picture). */
export interface ExtraSheet {
  name: string;
  columns: Column[];
  rows: Value[][];
}

/** Writes the county picture as a workbook: summary sheets with the PDF's figures, then one sheet per raw table. */
export async function renderCountyXlsx(
  picture: CountyPicture,
  texts: ReportTexts,
  snapshotHash: string,
  filename: string,
  extraSheets: ExtraSheet[] = [],
): Promise<void> {
  const { lang, tax, t, codeLabel, codesLabel } = wordingFor(picture, texts);
  const municipality = new Map(picture.municipalities.map((m) => [m.code, m]));
  const place = (code: string): Value[] => [
    code,
    municipality.get(code)?.name ?? code,
    municipality.get(code)?.groupCode ?? null,
  ];
  const placeColumns: Column[] = [
    { header: t('municipalityCode'), width: 12 },
    { header: t('municipality'), width: 18 },
    { header: t('group'), width: 12 },
  ];
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  const { response } = picture;

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Lägesbild';
  workbook.title = `${texts.title} – ${picture.round.title}`;

  sheet(
    workbook,
    texts.sheets.summary,
    [
      { header: t('title'), width: 34 },
      { header: t('count'), width: 60 },
    ],
    [
      [texts.title, picture.round.countyName],
      [t('period'), `${picture.round.periodStart} – ${picture.round.periodEnd}`],
      [t('round'), picture.round.title],
      [t('basis'), texts.basis[picture.include]],
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
      ['sha256', snapshotHash],
    ],
  );
  for (const extra of extraSheets) sheet(workbook, extra.name, extra.columns, extra.rows);

  sheet(
    workbook,
    texts.sheets.response,
    [
      { header: t('group'), width: 12 },
      { header: t('title'), width: 40 },
      { header: t('expected'), width: 14 },
      { header: t('submitted'), width: 12 },
      { header: t('approved'), width: 12 },
      { header: t('late'), width: 10 },
      { header: t('missing'), width: 40 },
    ],
    [...response.byMainGroup, ...response.byGroup].map((g) => [
      g.group,
      g.name,
      g.expected,
      g.submitted,
      g.approved,
      g.late,
      g.missing.map((c) => municipality.get(c)?.name ?? c).join(', '),
    ]),
  );

  sheet(
    workbook,
    texts.sheets.riskAreas,
    [
      { header: t('riskArea'), width: 40 },
      { header: 'Kod', width: 24 },
      { header: t('municipalities'), width: 12 },
      { header: t('share'), width: 10, numFmt: PERCENT },
      ...tax.levels.map((l) => ({ header: `${t('level')}: ${l.label[lang]}`, width: 12 })),
      ...tax.trends.map((l) => ({ header: `${t('trend')}: ${l.label[lang]}`, width: 12 })),
      { header: `${t('previous')}: ${t('municipalities').toLowerCase()}`, width: 16 },
      { header: t('change'), width: 12 },
    ],
    picture.riskAreas.map((a) => [
      codeLabel('riskAreas', a.area),
      a.area,
      a.municipalityCount,
      a.share,
      ...a.levels.map((l) => l.count),
      ...a.trends.map((l) => l.count),
      a.previous?.municipalityCount ?? null,
      a.change?.municipalityCount ?? null,
    ]),
  );

  sheet(
    workbook,
    texts.sheets.heatmap,
    [
      ...placeColumns,
      { header: t('inPicture'), width: 12 },
      ...picture.heatmap.areas.map((a) => ({ header: codeLabel('riskAreas', a), width: 18 })),
    ],
    picture.heatmap.rows.map((row) => [
      ...place(row.municipalityCode),
      yesNo(row.counted),
      ...row.cells.map((c) =>
        c.level ? `${codeLabel('levels', c.level)} (${codeLabel('trends', c.trend)})` : null,
      ),
    ]),
  );

  sheet(
    workbook,
    texts.sheets.measures,
    [
      { header: t('riskArea'), width: 40 },
      { header: t('measureCount'), width: 12 },
      ...tax.actors.map((a) => ({ header: a.label[lang], width: 14 })),
      ...tax.effects.map((e) => ({ header: `${t('effect')}: ${e.label[lang]}`, width: 14 })),
    ],
    picture.measures.map((m) => [
      m.area ? codeLabel('riskAreas', m.area) : t('unlinked'),
      m.count,
      ...m.actors.map((a) => a.count),
      ...m.effects.map((e) => e.count),
    ]),
  );

  sheet(
    workbook,
    texts.sheets.observedRisks,
    [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('riskArea'), width: 30 },
      { header: t('title'), width: 30 },
      { header: t('description'), width: 60 },
      { header: t('level'), width: 12 },
      { header: t('trend'), width: 12 },
      { header: t('extent'), width: 16 },
      { header: t('affectedGroups'), width: 30 },
      { header: t('location'), width: 20 },
      { header: t('eventLink'), width: 14 },
      { header: t('basis'), width: 30 },
    ],
    picture.items.observedRisks.map((r) => [
      ...place(r.municipalityCode),
      r.id,
      codeLabel('riskAreas', r.area),
      r.title,
      r.description,
      codeLabel('levels', r.level),
      codeLabel('trends', r.trend),
      codeLabel('extents', r.extent),
      codesLabel('affectedGroups', r.affectedGroups),
      r.location,
      codeLabel('eventLinks', r.eventLink),
      r.basis,
    ]),
  );

  sheet(
    workbook,
    texts.sheets.measuresTaken,
    [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('description'), width: 60 },
      { header: 'Risk-id', width: 14 },
      { header: t('actors'), width: 30 },
      { header: t('perspectives'), width: 30 },
      { header: t('effect'), width: 16 },
    ],
    picture.items.measuresTaken.map((m) => [
      ...place(m.municipalityCode),
      m.id,
      m.description,
      m.riskIds.join(', '),
      codesLabel('actors', m.actors),
      codesLabel('perspectives', m.perspectives),
      codeLabel('effects', m.effect),
    ]),
  );

  sheet(
    workbook,
    texts.sheets.plannedMeasures,
    [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('description'), width: 60 },
      { header: 'Risk-id', width: 14 },
      { header: t('responsible'), width: 24 },
      { header: t('period'), width: 16 },
    ],
    picture.items.plannedMeasures.map((m) => [
      ...place(m.municipalityCode),
      m.id,
      m.description,
      m.riskIds.join(', '),
      m.responsible,
      m.period,
    ]),
  );

  sheet(
    workbook,
    texts.sheets.followUps,
    [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('plannedMeasure'), width: 50 },
      { header: t('status'), width: 16 },
      { header: t('comment'), width: 40 },
    ],
    picture.followUps.items.map((f) => [
      ...place(f.municipalityCode),
      f.plannedMeasureId,
      f.description,
      codeLabel('followUpStatuses', f.status),
      f.comment,
    ]),
  );

  sheet(
    workbook,
    texts.sheets.risksAhead,
    [
      ...placeColumns,
      { header: t('riskArea'), width: 30 },
      { header: t('description'), width: 60 },
      { header: t('likelihood'), width: 14 },
    ],
    picture.items.risksAhead.map((r) => [
      ...place(r.municipalityCode),
      codeLabel('riskAreas', r.area),
      r.description,
      codeLabel('likelihoods', r.likelihood),
    ]),
  );

  const counted = new Map(picture.sources.map((s) => [s.municipalityCode, s]));
  sheet(
    workbook,
    texts.sheets.status,
    [
      ...placeColumns,
      { header: t('mainGroup'), width: 12 },
      { header: t('status'), width: 14 },
      { header: t('late'), width: 8 },
      { header: t('submittedAt'), width: 18, numFmt: DATE_TIME },
      { header: t('inPicture'), width: 14 },
      { header: t('submission'), width: 12 },
      { header: t('version'), width: 10 },
    ],
    response.statuses.map((s) => {
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
  );

  await workbook.commit();
}
