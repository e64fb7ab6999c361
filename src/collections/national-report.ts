import type { ReportFormat } from '../reports/report-format';
import { writeReportDocument } from '../reports/write-report';
import { nationalDocument } from './national-document';
import { ReportTexts, wordingFor } from '../reports/report-texts';
import { PERCENT, POINTS } from '../reports/xlsx/sheet-spec';
import type { ExtraSheet } from '../reports/xlsx/sheet-spec';
import type { CountyPicture } from '../county-picture/county-picture.model';
import type { NationalPicture } from './national-picture';

/** The counties of a national picture as two sheets: their response, and each risk area per county. */
export function countySheets(national: NationalPicture, texts: ReportTexts): ExtraSheet[] {
  const { t, codeLabel } = wordingFor(national, texts);
  const county = (c: NationalPicture['counties'][number]) => [c.countyCode, c.countyName, c.round.title];
  const countyColumns = [
    { header: t('countyCode'), width: 10 },
    { header: t('county'), width: 24 },
    { header: t('round'), width: 28 },
  ];
  return [
    {
      name: texts.sheets.counties,
      columns: [
        ...countyColumns,
        { header: t('expected'), width: 12 },
        { header: t('submitted'), width: 12 },
        { header: t('approved'), width: 12 },
        { header: t('late'), width: 10 },
        { header: t('counted'), width: 12 },
      ],
      rows: national.counties.map((c) => [
        ...county(c),
        c.response.expected,
        c.response.submitted,
        c.response.approved,
        c.response.late,
        c.response.counted,
      ]),
    },
    {
      name: texts.sheets.countyAreas,
      columns: [
        ...countyColumns,
        { header: t('riskArea'), width: 40 },
        { header: t('municipalities'), width: 12 },
        { header: t('counted'), width: 14 },
        { header: t('share'), width: 10, numFmt: PERCENT },
        { header: `${t('previous')}: ${t('share').toLowerCase()}`, width: 14, numFmt: PERCENT },
        { header: t('changePoints'), width: 16, numFmt: POINTS },
      ],
      rows: national.counties.flatMap((c) =>
        c.riskAreas.map((a) => [
          ...county(c),
          codeLabel('riskAreas', a.area),
          a.municipalityCount,
          c.response.counted,
          a.share,
          a.previous?.share ?? null,
          a.change?.shareDelta ?? null,
        ]),
      ),
    },
  ];
}

/** Draws the national picture: a PDF or Word file of the nation followed by each county's chapter, or a workbook. */
export async function renderNationalReport(
  format: ReportFormat,
  national: NationalPicture,
  counties: CountyPicture[],
  texts: ReportTexts,
  generatedAt: Date,
  file: string,
): Promise<void> {
  if (format === 'xlsx') {
    const { renderCountyXlsx } = await import('../reports/xlsx/county-report.xlsx');
    return renderCountyXlsx(
      national,
      texts,
      national.snapshotHash,
      file,
      countySheets(national, texts),
      'national',
    );
  }
  await writeReportDocument(format, nationalDocument(national, counties, texts, generatedAt), file);
}
