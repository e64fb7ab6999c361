import type { MatrixCellFigures } from '../../county-picture/county-picture.model';
import { scaleLevel } from '../document/matrix-table';
import { escalationTables } from '../document/rsa-sections';
import type { SheetSpec, Sheets, Value } from './sheet-spec';

/** The risk matrix as data: a row for each cell with risks, of all areas together and then of each area. */
export function riskMatrixSheet({ picture, texts, w }: Sheets): SheetSpec | null {
  const { riskMatrix, taxonomy } = picture;
  if (!riskMatrix.scoring) return null;
  const c = texts.rsa.column;
  const lang = texts.language;
  const rows = (area: string, cells: MatrixCellFigures[]): Value[][] =>
    cells
      .filter((cell) => cell.count > 0)
      .map((cell) => [
        area,
        cell.likelihood,
        scaleLevel(taxonomy, 'rsaLikelihoods', cell.likelihood, lang),
        cell.consequence,
        scaleLevel(taxonomy, 'rsaConsequences', cell.consequence, lang),
        cell.count,
        cell.from.map(w.nameOf).join(', '),
      ]);
  return {
    name: texts.sheets.riskMatrix,
    columns: [
      { header: c.area, width: 40 },
      { header: `${c.likelihood} (1–5)`, width: 12 },
      { header: c.likelihood, width: 28 },
      { header: `${c.consequence} (1–5)`, width: 12 },
      { header: c.consequence, width: 30 },
      { header: c.risksCount, width: 10 },
      { header: c.municipalities, width: 50 },
    ],
    rows: [
      ...rows(w.t('allAreas'), riskMatrix.cells),
      ...riskMatrix.byArea.flatMap((a) => rows(w.codeLabel('riskAreas', a.area), a.cells)),
    ],
  };
}

/** The escalation stages as data: a row for each risk of the escalation areas, with its municipality's highest stage. */
export function escalationSheet({ picture, texts, place, placeColumns }: Sheets): SheetSpec | null {
  if (picture.escalation.areas.length === 0) return null;
  const c = texts.rsa.column;
  const { stageLabel } = escalationTables(picture, texts, (code) => code);
  return {
    name: texts.sheets.escalation,
    columns: [
      ...placeColumns,
      { header: c.highest, width: 36 },
      { header: texts.register.column.risk, width: 44 },
      { header: c.stage, width: 36 },
    ],
    rows: picture.escalation.byMunicipality.flatMap((m) =>
      m.risks.map((r) => [...place(m.municipalityCode), stageLabel(m.highest), r.title, stageLabel(r.stage)]),
    ),
  };
}
