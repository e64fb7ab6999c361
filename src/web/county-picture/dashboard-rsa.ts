import type { CountyPicture } from '../../county-picture/county-picture.model';
import { countyMatrixTable, escalationTables } from '../../reports/document/rsa-sections';
import { organisationRisksTable, organisationsTable } from '../../reports/document/organisation-sections';
import { fill, ReportTexts, wordingFor } from '../../reports/report-texts';

/**
 * The dashboard's risk matrix and escalation stages: the report's own tables and words, where the round asked for
 * RSA scoring or escalation stages; null where it asked for neither.
 */
export function rsaPartOf(picture: CountyPicture, texts: ReportTexts) {
  const { riskMatrix, escalation } = picture;
  if (!riskMatrix.scoring && escalation.areas.length === 0) return null;
  const { codeLabel, nameOf } = wordingFor(picture, texts);
  const r = texts.rsa;
  const areas = escalation.areas.map((a) => codeLabel('riskAreas', a)).join(', ');
  const tables = escalationTables(picture, texts, nameOf);
  return {
    scoring: riskMatrix.scoring,
    intro: riskMatrix.scoring
      ? fill(r.intro, { scored: riskMatrix.scored, counted: picture.response.counted })
      : r.notAsked,
    unscored: riskMatrix.unscored > 0 ? fill(r.unscored, { unscored: riskMatrix.unscored }) : null,
    key: texts.register.matrixKey,
    areaIntro: r.areaIntro,
    matrix: countyMatrixTable(
      picture,
      riskMatrix.cells,
      fill(r.caption, { scope: picture.round.countyName }),
      texts,
      nameOf,
    ),
    areas: riskMatrix.byArea.map((a) =>
      countyMatrixTable(
        picture,
        a.cells,
        fill(r.areaCaption, { area: codeLabel('riskAreas', a.area) }),
        texts,
        nameOf,
      ),
    ),
    escalation:
      escalation.areas.length === 0
        ? null
        : {
            heading: r.escalation,
            intro: fill(r.escalationIntro, { areas, counted: escalation.counted }),
            empty: escalation.byMunicipality.length === 0 ? fill(r.noEscalation, { areas }) : null,
            stages: tables.stages,
            byMunicipality: tables.byMunicipality,
          },
  };
}

/** The dashboard's part for the other respondents: the report's own tables and words; null when none was asked. */
export function organisationsPartOf(picture: CountyPicture, texts: ReportTexts) {
  const { organisations } = picture;
  if (organisations.expected === 0) return null;
  return {
    heading: texts.sections.organisations,
    intro: fill(texts.organisations.intro, {
      expected: organisations.expected,
      counted: organisations.counted,
    }),
    table: organisationsTable(picture, texts),
    answers: organisations.rows
      .filter((row) => row.counted)
      .map((row) => ({
        id: row.id,
        name: row.name,
        summary: row.summary,
        risks: row.risks.length > 0 ? organisationRisksTable(picture, texts, row) : null,
        noRisks: texts.organisations.noRisks,
      })),
  };
}
