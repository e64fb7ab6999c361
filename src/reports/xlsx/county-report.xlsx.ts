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
export type ExtraSheet = SheetSpec;

/** What every sheet is made of: the picture, its words, and how a municipality is named on a row. */
interface Sheets {
  picture: CountyPicture;
  texts: ReportTexts;
  w: ReturnType<typeof wordingFor>;
  snapshotHash: string;
  municipality: Map<string, CountyPicture['municipalities'][number]>;
  /** A municipality's code, name and group, the first cells of a row about it. */
  place: (code: string) => Value[];
  placeColumns: Column[];
  yesNo: (value: boolean) => string;
}

/** A sheet of the workbook: its name, columns and rows. */
export interface SheetSpec {
  name: string;
  columns: Column[];
  rows: Value[][];
}

/** The sheets after the summary (and any extra sheets), in their order; each is one section of the report model. */
const SECTION_SHEETS: ((s: Sheets) => SheetSpec)[] = [
  responseSheet,
  riskAreasSheet,
  heatmapSheet,
  measuresSheet,
  observedRisksSheet,
  measuresTakenSheet,
  plannedMeasuresSheet,
  followUpsSheet,
  risksAheadSheet,
  statusSheet,
];

/** The workbook's sheets as data, in order: the summary, the extra sheets, then one per section and raw table. */
export function countySheets(
  picture: CountyPicture,
  texts: ReportTexts,
  snapshotHash: string,
  extraSheets: ExtraSheet[] = [],
): SheetSpec[] {
  const w = wordingFor(picture, texts);
  const municipality = new Map(picture.municipalities.map((m) => [m.code, m]));
  const sheets: Sheets = {
    picture,
    texts,
    w,
    snapshotHash,
    municipality,
    place: (code) => [code, municipality.get(code)?.name ?? code, municipality.get(code)?.groupCode ?? null],
    placeColumns: [
      { header: w.t('municipalityCode'), width: 12 },
      { header: w.t('municipality'), width: 18 },
      { header: w.t('group'), width: 12 },
    ],
    yesNo: (value) => (value ? w.t('yes') : w.t('no')),
  };
  return [summarySheet(sheets), ...extraSheets, ...SECTION_SHEETS.map((section) => section(sheets))];
}

/** Writes the county picture as a workbook: summary sheets with the PDF's figures, then one sheet per raw table. */
export async function renderCountyXlsx(
  picture: CountyPicture,
  texts: ReportTexts,
  snapshotHash: string,
  filename: string,
  extraSheets: ExtraSheet[] = [],
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Lägesbild';
  workbook.title = `${texts.title} – ${picture.round.title}`;
  for (const spec of countySheets(picture, texts, snapshotHash, extraSheets)) {
    sheet(workbook, spec.name, spec.columns, spec.rows);
  }
  await workbook.commit();
}

/** The round, its basis and the response in figures, with the hash of the snapshot. */
function summarySheet({ picture, texts, municipality, snapshotHash, w }: Sheets): SheetSpec {
  const { t } = w;
  const { response } = picture;
  return {
    name: texts.sheets.summary,
    columns: [
      { header: t('title'), width: 34 },
      { header: t('count'), width: 60 },
    ],
    rows: [
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
  };
}

/** The response by main group and group. */
function responseSheet({ picture, texts, municipality, w }: Sheets): SheetSpec {
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
function riskAreasSheet({ picture, texts, w }: Sheets): SheetSpec {
  const { lang, tax, t, codeLabel } = w;
  return {
    name: texts.sheets.riskAreas,
    columns: [
      { header: t('riskArea'), width: 40 },
      { header: 'Kod', width: 24 },
      { header: t('municipalities'), width: 12 },
      { header: t('share'), width: 10, numFmt: PERCENT },
      ...tax.levels.map((l) => ({ header: `${t('level')}: ${l.label[lang]}`, width: 12 })),
      ...tax.trends.map((l) => ({ header: `${t('trend')}: ${l.label[lang]}`, width: 12 })),
      { header: `${t('previous')}: ${t('municipalities').toLowerCase()}`, width: 16 },
      { header: t('change'), width: 12 },
    ],
    rows: picture.riskAreas.map((a) => [
      codeLabel('riskAreas', a.area),
      a.area,
      a.municipalityCount,
      a.share,
      ...a.levels.map((l) => l.count),
      ...a.trends.map((l) => l.count),
      a.previous?.municipalityCount ?? null,
      a.change?.municipalityCount ?? null,
    ]),
  };
}

/** Every municipality against every risk area. */
function heatmapSheet({ picture, texts, place, placeColumns, yesNo, w }: Sheets): SheetSpec {
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
function measuresSheet({ picture, texts, w }: Sheets): SheetSpec {
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

/** Every observed risk of the counted assessments. */
function observedRisksSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel, codesLabel } = w;
  return {
    name: texts.sheets.observedRisks,
    columns: [
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
    rows: picture.items.observedRisks.map((r) => [
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
  };
}

/** Every measure taken. */
function measuresTakenSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel, codesLabel } = w;
  return {
    name: texts.sheets.measuresTaken,
    columns: [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('description'), width: 60 },
      { header: 'Risk-id', width: 14 },
      { header: t('actors'), width: 30 },
      { header: t('perspectives'), width: 30 },
      { header: t('effect'), width: 16 },
    ],
    rows: picture.items.measuresTaken.map((m) => [
      ...place(m.municipalityCode),
      m.id,
      m.description,
      m.riskIds.join(', '),
      codesLabel('actors', m.actors),
      codesLabel('perspectives', m.perspectives),
      codeLabel('effects', m.effect),
    ]),
  };
}

/** Every planned measure. */
function plannedMeasuresSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t } = w;
  return {
    name: texts.sheets.plannedMeasures,
    columns: [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('description'), width: 60 },
      { header: 'Risk-id', width: 14 },
      { header: t('responsible'), width: 24 },
      { header: t('period'), width: 16 },
    ],
    rows: picture.items.plannedMeasures.map((m) => [
      ...place(m.municipalityCode),
      m.id,
      m.description,
      m.riskIds.join(', '),
      m.responsible,
      m.period,
    ]),
  };
}

/** The follow-up of the previous round's planned measures. */
function followUpsSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel } = w;
  return {
    name: texts.sheets.followUps,
    columns: [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('plannedMeasure'), width: 50 },
      { header: t('status'), width: 16 },
      { header: t('comment'), width: 40 },
    ],
    rows: picture.followUps.items.map((f) => [
      ...place(f.municipalityCode),
      f.plannedMeasureId,
      f.description,
      codeLabel('followUpStatuses', f.status),
      f.comment,
    ]),
  };
}

/** Every concern ahead. */
function risksAheadSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel } = w;
  return {
    name: texts.sheets.risksAhead,
    columns: [
      ...placeColumns,
      { header: t('riskArea'), width: 30 },
      { header: t('description'), width: 60 },
      { header: t('likelihood'), width: 14 },
    ],
    rows: picture.items.risksAhead.map((r) => [
      ...place(r.municipalityCode),
      codeLabel('riskAreas', r.area),
      r.description,
      codeLabel('likelihoods', r.likelihood),
    ]),
  };
}

/** Every municipality: its status, lateness and the submission counted. */
function statusSheet({ picture, texts, place, placeColumns, yesNo, municipality, w }: Sheets): SheetSpec {
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
