import type { CountyPicture, MatrixCellFigures } from '../../county-picture/county-picture.model';
import { fill, formatShare, ReportTexts } from '../report-texts';
import { matrixTable } from './matrix-table';
import type { Block, Table } from './report-document';
import { heading, paragraph, Writing } from './writing';

/** A county matrix cell's words: how many risks, and whose. */
export function countyCellText(
  cell: MatrixCellFigures | undefined,
  texts: ReportTexts,
  nameOf: (code: string) => string,
) {
  if (!cell || cell.count === 0) return '–';
  return fill(texts.rsa.cell, { count: cell.count, names: cell.from.map(nameOf).join(', ') });
}

/** A matrix of the county picture's cells as a table: the count of risks in each cell, and the municipalities. */
export function countyMatrixTable(
  picture: CountyPicture,
  cells: MatrixCellFigures[],
  caption: string,
  texts: ReportTexts,
  nameOf: (code: string) => string,
): Table {
  const at = new Map(cells.map((c) => [`${c.likelihood}-${c.consequence}`, c]));
  return matrixTable({
    caption,
    corner: texts.register.corner,
    taxonomy: picture.taxonomy,
    language: texts.language,
    cellText: (likelihood, consequence) =>
      countyCellText(at.get(`${likelihood}-${consequence}`), texts, nameOf),
  });
}

/** The stages of social unrest: how many municipalities are at each as their highest, and each one's risks. */
export function escalationTables(
  picture: CountyPicture,
  texts: ReportTexts,
  nameOf: (code: string) => string,
) {
  const { escalation, taxonomy } = picture;
  const c = texts.rsa.column;
  const lang = texts.language;
  const stageLabel = (code: string | null) =>
    code === null
      ? texts.rsa.noStage
      : (taxonomy.escalationStages.find((s) => s.code === code)?.label[lang] ?? code);
  const stages: Table = {
    kind: 'table',
    caption: texts.rsa.stagesCaption,
    header: [c.stage, c.count, c.share, c.from],
    rows: escalation.stages.map((s) => [
      stageLabel(s.code),
      String(s.count),
      formatShare(s.share, texts),
      s.from.map(nameOf).join(', ') || '–',
    ]),
    numeric: [1, 2],
    rowHeaders: true,
  };
  const byMunicipality: Table = {
    kind: 'table',
    caption: texts.rsa.byMunicipalityCaption,
    header: [c.municipality, c.highest, c.risks],
    rows: escalation.byMunicipality.map((m) => [
      nameOf(m.municipalityCode),
      stageLabel(m.highest),
      m.risks.map((r) => `${r.title}: ${stageLabel(r.stage)}`).join('; '),
    ]),
    rowHeaders: true,
  };
  return { stages, byMunicipality, stageLabel };
}

/**
 * The county's risk matrix (all areas, then each area with scored risks) and the escalation stages of social unrest by
 * municipality, where the round asked for them; nothing where it asked for neither.
 */
export function rsaSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const { riskMatrix, escalation } = picture;
  if (!riskMatrix.scoring && escalation.areas.length === 0) return [];
  const r = texts.rsa;
  const nameOf = w.w.nameOf;
  const areas = escalation.areas.map((a) => w.w.codeLabel('riskAreas', a)).join(', ');
  const matrix: Block[] = riskMatrix.scoring
    ? [
        paragraph(fill(r.intro, { scored: riskMatrix.scored, counted: picture.response.counted })),
        ...(riskMatrix.unscored > 0
          ? [paragraph(fill(r.unscored, { unscored: riskMatrix.unscored }), 'note')]
          : []),
        countyMatrixTable(
          picture,
          riskMatrix.cells,
          fill(r.caption, { scope: picture.round.countyName }),
          texts,
          nameOf,
        ),
        paragraph(texts.register.matrixKey, 'note'),
        ...(riskMatrix.byArea.length > 0 ? [paragraph(r.areaIntro)] : []),
        // Each area's matrix under its name, which the table's caption alone would give only to a screen reader.
        ...riskMatrix.byArea.flatMap((a) => {
          const caption = fill(r.areaCaption, { area: w.w.codeLabel('riskAreas', a.area) });
          return [paragraph(caption, 'strong'), countyMatrixTable(picture, a.cells, caption, texts, nameOf)];
        }),
      ]
    : [paragraph(r.notAsked)];
  const tables = escalationTables(picture, texts, nameOf);
  const stages: Block[] =
    escalation.areas.length === 0
      ? []
      : [
          heading(w, 2, r.escalation),
          paragraph(fill(r.escalationIntro, { areas, counted: escalation.counted })),
          ...(escalation.byMunicipality.length === 0
            ? [paragraph(fill(r.noEscalation, { areas }))]
            : [tables.stages, tables.byMunicipality]),
        ];
  return [
    heading(w, 1, texts.sections.riskMatrix),
    ...(picture.narratives.riskMatrix ? [paragraph(picture.narratives.riskMatrix)] : []),
    ...matrix,
    ...stages,
  ];
}
