import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import type { RiskRegister } from '../../risk-register/risk-register.model';
import { registerMatrix, registerWording } from '../document/register-document';
import { fill, type ReportTexts } from '../report-texts';
import { dataSheet } from './county-report.xlsx';
import { DATE_TIME, SheetSpec } from './sheet-spec';

/** The matrix sheet: the matrix as the PDF draws it, each cell on its risk's colour, then the risks left unscored. */
function matrixSheet(workbook: ExcelJS.Workbook, register: RiskRegister, texts: ReportTexts): void {
  const r = texts.register;
  const table = registerMatrix(register, texts);
  const sheet = workbook.addWorksheet(r.sheets.matrix);
  sheet.addRow([table.caption]).font = { bold: true, size: 13 };
  sheet.addRow(table.header).font = { bold: true };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? cell : cell.text)));
    row.getCell(1).font = { bold: true };
    cells.forEach((cell, i) => {
      if (typeof cell !== 'string' && cell.fill)
        row.getCell(i + 1).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: `FF${cell.fill.slice(1)}` },
        };
    });
  }
  const w = registerWording(register, texts);
  const unscored = register.matrix.unscored;
  sheet.addRow([]);
  sheet.addRow([unscored.length > 0 ? fill(r.unscored, { risks: w.numbers(unscored) }) : r.allScored]);
  sheet.addRow([r.matrixKey]);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 30 : 24));
}

function sheetsOf(register: RiskRegister, texts: ReportTexts): SheetSpec[] {
  const r = texts.register;
  const c = r.column;
  const w = registerWording(register, texts);
  const yes = (value: boolean) => (value ? r.yes : r.no);
  const text = (value: string) => ({ header: value, width: 18 });
  const wide = (value: string) => ({ header: value, width: 44 });
  return [
    {
      name: r.sheets.risks,
      columns: [
        { header: c.number, width: 6 },
        wide(c.risk),
        wide(c.area),
        text(c.current),
        wide(c.lastReported),
        text(c.level),
        text(`${c.likelihood} (1–5)`),
        text(`${c.consequence} (1–5)`),
        wide(c.protectedValues),
        wide(c.escalation),
        { header: c.riskId, width: 38 },
      ],
      rows: register.risks.map((risk) => {
        const e = risk.entries[risk.entries.length - 1]!;
        return [
          risk.number,
          risk.title,
          w.code('riskAreas', risk.area),
          yes(risk.current),
          w.round(e.roundId),
          w.code('levels', e.level),
          e.likelihoodRank,
          e.consequenceRank,
          w.codes('protectedValues', e.protectedValues),
          w.code('escalationStages', e.escalationStage),
          risk.id,
        ];
      }),
    },
    {
      name: r.sheets.entries,
      columns: [
        { header: c.number, width: 6 },
        wide(c.risk),
        wide(c.round),
        text(c.level),
        text(c.trend),
        wide(c.likelihood),
        wide(c.consequence),
        wide(c.protectedValues),
        wide(c.escalation),
        wide(c.description),
      ],
      rows: register.risks.flatMap((risk) =>
        risk.entries.map((e) => [risk.number, e.title, ...w.entry(e), e.description]),
      ),
    },
    {
      name: r.sheets.measures,
      columns: [
        { header: c.number, width: 6 },
        wide(c.round),
        text(c.kind),
        wide(c.description),
        text(c.effect),
        text(c.responsible),
        text(c.period),
        wide(c.followUp),
      ],
      rows: register.risks.flatMap((risk) =>
        risk.entries.flatMap((e) => [
          ...e.measures.map((m) => [
            risk.number,
            w.round(e.roundId),
            c.taken,
            m.description,
            w.code('effects', m.effect),
            null,
            null,
            null,
          ]),
          ...e.plans.map((p) => [
            risk.number,
            w.round(e.roundId),
            c.planned,
            p.description,
            null,
            p.responsible,
            p.period,
            w.followUp(p),
          ]),
        ]),
      ),
    },
    {
      name: r.sheets.about,
      columns: [
        wide(c.round),
        text(c.period),
        text(c.scoring),
        text(c.submission),
        { header: c.submittedAt, width: 18, numFmt: DATE_TIME },
      ],
      rows: register.rounds.map((round) => [
        round.title,
        `${round.periodStart} – ${round.periodEnd}`,
        yes(round.scoring),
        round.submission,
        new Date(round.submittedAt),
      ]),
    },
  ];
}

/** The register as a workbook: the matrix first, then its risks, each round of each, the measures and the basis. */
export async function renderRegisterXlsx(
  register: RiskRegister,
  texts: ReportTexts,
  file: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lägesbild';
  workbook.title = `${texts.register.kicker}: ${register.municipality.name}`;
  matrixSheet(workbook, register, texts);
  for (const spec of sheetsOf(register, texts)) dataSheet(workbook, spec, null);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}
