import { rsaAnswersOf } from '../assessments/assessment-document';
import type { RsaQuestions } from '../rounds/round-rules';
import { RSA_SCALE_LEVELS, rankOf, rsaLevelOf, Taxonomy } from '../taxonomy/taxonomy';
import type { EscalationFigures, MatrixCellFigures, RiskMatrixFigures } from './county-picture.model';
import { type Counted, share, tally, unique } from './picture-input';

interface ScoredRisk {
  municipalityCode: string;
  riskId: string;
  area: string | null;
  likelihood: number;
  consequence: number;
}

function cellsOf(risks: ScoredRisk[]): MatrixCellFigures[] {
  const cells: MatrixCellFigures[] = [];
  for (let likelihood = 1; likelihood <= RSA_SCALE_LEVELS; likelihood += 1)
    for (let consequence = 1; consequence <= RSA_SCALE_LEVELS; consequence += 1) {
      const inCell = risks.filter((r) => r.likelihood === likelihood && r.consequence === consequence);
      cells.push({
        likelihood,
        consequence,
        count: inCell.length,
        from: unique(inCell.map((r) => r.municipalityCode)),
        risks: inCell.map(({ municipalityCode, riskId }) => ({ municipalityCode, riskId })),
      });
    }
  return cells;
}

/** The counted risks in a five by five matrix of their likelihood and consequence, in total and by area. */
export function riskMatrixFigures(
  taxonomy: Taxonomy,
  rsa: RsaQuestions,
  counted: Counted[],
): RiskMatrixFigures {
  const all = counted.flatMap((c) => c.document.observedRisks.map((risk) => ({ code: c.code, risk })));
  const scored = all.flatMap(({ code, risk }): ScoredRisk[] => {
    const answers = rsaAnswersOf(risk);
    const likelihood = rsaLevelOf(taxonomy, 'rsaLikelihoods', answers.likelihood);
    const consequence = rsaLevelOf(taxonomy, 'rsaConsequences', answers.consequence);
    if (!rsa.scoring || likelihood === null || consequence === null) return [];
    return [{ municipalityCode: code, riskId: risk.id, area: risk.area, likelihood, consequence }];
  });
  return {
    scoring: rsa.scoring,
    scored: scored.length,
    unscored: rsa.scoring ? all.length - scored.length : 0,
    cells: cellsOf(scored),
    byArea: taxonomy.riskAreas
      .map(({ code }) => scored.filter((r) => r.area === code))
      .filter((risks) => risks.length > 0)
      .map((risks) => ({ area: risks[0]!.area!, scored: risks.length, cells: cellsOf(risks) })),
  };
}

/**
 * Each counted municipality's risks of the escalation areas with their stage, its highest stage, and for each stage
 * how many of the counted municipalities it is the highest of.
 */
export function escalationFigures(
  taxonomy: Taxonomy,
  rsa: RsaQuestions,
  counted: Counted[],
): EscalationFigures {
  const areas = rsa.escalationAreas;
  const byMunicipality = counted.flatMap((c): EscalationFigures['byMunicipality'] => {
    const risks = c.document.observedRisks
      .filter((r) => r.area !== null && areas.includes(r.area))
      .map((r) => ({ riskId: r.id, title: r.title, stage: rsaAnswersOf(r).escalationStage }));
    if (risks.length === 0) return [];
    const ranks = risks.map((r) => (r.stage === null ? -1 : rankOf(taxonomy, 'escalationStages', r.stage)));
    const top = Math.max(...ranks);
    return [
      { municipalityCode: c.code, highest: top < 0 ? null : taxonomy.escalationStages[top]!.code, risks },
    ];
  });
  const stages = tally(
    taxonomy,
    'escalationStages',
    byMunicipality.map((m) => ({ code: m.highest, from: m.municipalityCode })),
  ).map((t) => ({ ...t, share: share(t.count, counted.length) }));
  return {
    areas: [...areas],
    stages: areas.length > 0 ? stages : [],
    counted: counted.length,
    byMunicipality,
  };
}
