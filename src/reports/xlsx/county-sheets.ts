import type { CountyPicture } from '../../county-picture/county-picture.model';
import { ReportTexts, wordingFor } from '../report-texts';
import {
  heatmapSheet,
  measuresSheet,
  responseSheet,
  riskAreasSheet,
  statusSheet,
  summarySheet,
} from './figure-sheets';
import {
  followUpsSheet,
  forumsSheet,
  measuresTakenSheet,
  observedRisksSheet,
  plannedMeasuresSheet,
  risksAheadSheet,
} from './item-sheets';
import type { ExtraSheet, SheetSpec, Sheets } from './sheet-spec';
import { trendsSheet } from './trend-sheet';
import { escalationSheet, riskMatrixSheet } from './rsa-sheets';
import { organisationsSheet } from './organisation-sheet';

/** The sheets after the summary (and any extra sheets), in their order; each is one section of the report model. */
const SECTION_SHEETS: ((s: Sheets) => SheetSpec | null)[] = [
  responseSheet,
  riskAreasSheet,
  heatmapSheet,
  riskMatrixSheet,
  escalationSheet,
  trendsSheet,
  measuresSheet,
  observedRisksSheet,
  measuresTakenSheet,
  plannedMeasuresSheet,
  followUpsSheet,
  risksAheadSheet,
  forumsSheet,
  organisationsSheet,
  statusSheet,
];

/** The workbook's sheets as data, in order: the summary, the extra sheets, then one per section and raw table. */
export function workbookSheets(
  picture: CountyPicture,
  texts: ReportTexts,
  snapshotHash: string,
  extraSheets: ExtraSheet[] = [],
  scope: Sheets['scope'] = 'county',
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
    scope,
  };
  const sections = SECTION_SHEETS.map((section) => section(sheets)).filter((s): s is SheetSpec => s !== null);
  return [summarySheet(sheets), ...extraSheets, ...sections];
}
