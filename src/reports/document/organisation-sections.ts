import type { CountyPicture, OrganisationRow } from '../../county-picture/county-picture.model';
import { fill, ReportTexts, wordingFor } from '../report-texts';
import type { Block, Table } from './report-document';
import { heading, paragraph, Writing } from './writing';

/** The other respondents' answers as a table: each one's kind, status, risks and whether it is in the basis. */
export function organisationsTable(picture: CountyPicture, texts: ReportTexts): Table {
  const c = texts.organisations.column;
  const l = (key: string) => texts.labels[key] ?? key;
  return {
    kind: 'table',
    caption: texts.organisations.responseCaption,
    header: [c.organisation, c.kind, c.status, c.risks, c.counted],
    rows: picture.organisations.rows.map((o) => [
      o.name,
      texts.organisations.kinds[o.kind],
      texts.statuses[o.status],
      o.counted ? String(o.risks.length) : l('none'),
      o.counted ? l('yes') : l('no'),
    ]),
    numeric: [3],
    rowHeaders: true,
  };
}

/** One respondent's observed risks: area, risk, level and trend. */
export function organisationRisksTable(
  picture: CountyPicture,
  texts: ReportTexts,
  organisation: OrganisationRow,
): Table {
  const { codeLabel } = wordingFor(picture, texts);
  const l = (key: string) => texts.labels[key] ?? key;
  return {
    kind: 'table',
    caption: fill(texts.organisations.risksCaption, { name: organisation.name }),
    header: [l('riskArea'), l('riskTitle'), l('level'), l('trend')],
    rows: organisation.risks.map((r) => [
      codeLabel('riskAreas', r.area),
      r.title,
      codeLabel('levels', r.level),
      codeLabel('trends', r.trend),
    ]),
  };
}

/**
 * The organisations the round asked besides the municipalities: their own response figures, then each counted one's
 * summary and risks. Nothing when the round asked none.
 */
export function organisationsSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { organisations } = picture;
  if (organisations.expected === 0) return [];
  const o = texts.organisations;
  return [
    heading(w, 1, texts.sections.organisations),
    paragraph(fill(o.intro, { expected: organisations.expected, counted: organisations.counted })),
    organisationsTable(picture, texts),
    ...organisations.rows
      .filter((row) => row.counted)
      .flatMap((row) => [
        heading(w, 2, row.name),
        ...(row.summary ? [paragraph(row.summary)] : []),
        row.risks.length > 0 ? organisationRisksTable(picture, texts, row) : paragraph(o.noRisks, 'note'),
      ]),
  ];
}
