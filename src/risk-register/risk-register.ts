import { AssessmentDocument, ObservedRisk, rsaAnswersOf } from '../assessments/assessment-document';
import type { RsaQuestions } from '../rounds/round-rules';
import { completeTaxonomy, RSA_SCALE_LEVELS, rsaLevelOf, Taxonomy } from '../taxonomy/taxonomy';
import type {
  MatrixCell,
  RegisterEntry,
  RegisterRisk,
  RegisterRound,
  RiskMatrix,
  RiskRegister,
} from './risk-register.model';

/** One submitted assessment of the municipality, with its round. */
export interface RegisterSubmission {
  round: {
    id: string;
    title: string;
    periodStart: string;
    periodEnd: string;
    taxonomy: Taxonomy;
    rsa: RsaQuestions;
  };
  number: number;
  version: number;
  submittedAt: string;
  document: AssessmentDocument;
}

export interface RegisterInput {
  municipality: { code: string; name: string };
  county: { code: string; name: string };
  /** The latest submission of each round, oldest round first. */
  submissions: RegisterSubmission[];
}

function entryOf(
  risk: ObservedRisk,
  at: RegisterSubmission,
  next: RegisterSubmission | undefined,
): RegisterEntry {
  const { document, round } = at;
  const rsa = rsaAnswersOf(risk);
  const followUpOf = (planId: string) => {
    const followUp = next?.document.followUps.find((f) => f.plannedMeasureId === planId);
    return followUp && next
      ? { roundId: next.round.id, status: followUp.status, comment: followUp.comment }
      : null;
  };
  return {
    roundId: round.id,
    area: risk.area,
    title: risk.title,
    description: risk.description,
    level: risk.level,
    trend: risk.trend,
    extent: risk.extent,
    ...rsa,
    likelihoodRank: rsaLevelOf(round.taxonomy, 'rsaLikelihoods', rsa.likelihood),
    consequenceRank: rsaLevelOf(round.taxonomy, 'rsaConsequences', rsa.consequence),
    measures: document.measuresTaken
      .filter((m) => m.riskIds.includes(risk.id))
      .map((m) => ({ id: m.id, description: m.description, effect: m.effect })),
    plans: document.plannedMeasures
      .filter((p) => p.riskIds.includes(risk.id))
      .map((p) => ({
        id: p.id,
        description: p.description,
        responsible: p.responsible,
        period: p.period,
        followUp: followUpOf(p.id),
      })),
  };
}

/** Every cell of the matrix, each current risk at its latest scoring; risks never scored are left over. */
export function riskMatrixOf(risks: RegisterRisk[]): RiskMatrix {
  const cells: MatrixCell[] = [];
  for (let likelihood = 1; likelihood <= RSA_SCALE_LEVELS; likelihood += 1)
    for (let consequence = 1; consequence <= RSA_SCALE_LEVELS; consequence += 1)
      cells.push({ likelihood, consequence, riskIds: [] });
  const unscored: string[] = [];
  for (const risk of risks.filter((r) => r.current)) {
    const scored = [...risk.entries]
      .reverse()
      .find((e) => e.likelihoodRank !== null && e.consequenceRank !== null);
    if (!scored) {
      unscored.push(risk.id);
      continue;
    }
    const index = (scored.likelihoodRank! - 1) * RSA_SCALE_LEVELS + (scored.consequenceRank! - 1);
    cells[index]!.riskIds.push(risk.id);
  }
  return { cells, unscored };
}

/**
 * A municipality's social-risk register: each risk of its submitted assessments followed through its stable id, round
 * by round (level, trend, scoring, the measures taken for it and their effect, the plans and their follow-up), and
 * the risk matrix of the risks its latest assessment has.
 */
export function riskRegisterOf(input: RegisterInput): RiskRegister {
  const { submissions } = input;
  const byId = new Map<string, RegisterEntry[]>();
  submissions.forEach((submission, i) => {
    for (const risk of submission.document.observedRisks) {
      const entries = byId.get(risk.id) ?? [];
      entries.push(entryOf(risk, submission, submissions[i + 1]));
      byId.set(risk.id, entries);
    }
  });
  const latest = submissions[submissions.length - 1];
  const current = new Set(latest?.document.observedRisks.map((r) => r.id) ?? []);
  const risks = [...byId].map(([id, entries], i): RegisterRisk => {
    const last = entries[entries.length - 1]!;
    return { id, number: i + 1, title: last.title, area: last.area, current: current.has(id), entries };
  });
  const rounds = submissions.map(({ round, number, version, submittedAt }): RegisterRound => ({
    id: round.id,
    title: round.title,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    scoring: round.rsa.scoring,
    submission: number,
    version,
    submittedAt,
  }));
  return {
    municipality: input.municipality,
    county: input.county,
    rounds,
    risks,
    matrix: riskMatrixOf(risks),
    taxonomy: latest?.round.taxonomy ?? completeTaxonomy({}),
  };
}
