/** The stored content of one municipality's assessment in one round. Codes refer to the round's taxonomy. */
export interface AssessmentDocument {
  contact: Contact;
  summary: string;
  changesSinceLastRound: string;
  noRisksObserved: boolean;
  observedRisks: ObservedRisk[];
  measuresTaken: MeasureTaken[];
  plannedMeasures: PlannedMeasure[];
  followUps: FollowUp[];
  risksAhead: RiskAhead[];
  supportWanted: string;
  forumThemes: string[];
}

export interface Contact {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface ObservedRisk {
  id: string;
  area: string | null;
  title: string;
  description: string;
  level: string | null;
  trend: string | null;
  extent: string | null;
  affectedGroups: string[];
  location: string;
  eventLink: string | null;
  basis: string;
  /*
   * What a round asking for RSA scoring has of each risk (see `RsaQuestions`). Documents saved before rounds could
   * ask for it have none of these fields; every save writes them all.
   */
  /** On the round's `rsaLikelihoods`. */
  likelihood?: string | null;
  /** On the round's `rsaConsequences`. */
  consequence?: string | null;
  protectedValues?: string[];
  /** On the round's `escalationStages`, for a risk of one of its escalation areas. */
  escalationStage?: string | null;
}

/** A risk's RSA answers, none where it has none. */
export function rsaAnswersOf(risk: ObservedRisk): Required<Pick<ObservedRisk, RsaField>> {
  return {
    likelihood: risk.likelihood ?? null,
    consequence: risk.consequence ?? null,
    protectedValues: risk.protectedValues ?? [],
    escalationStage: risk.escalationStage ?? null,
  };
}

export type RsaField = 'likelihood' | 'consequence' | 'protectedValues' | 'escalationStage';

export interface MeasureTaken {
  id: string;
  description: string;
  riskIds: string[];
  actors: string[];
  perspectives: string[];
  effect: string | null;
}

export interface PlannedMeasure {
  id: string;
  description: string;
  riskIds: string[];
  responsible: string;
  period: string;
}

export interface FollowUp {
  plannedMeasureId: string;
  status: string | null;
  comment: string;
}

export interface RiskAhead {
  area: string | null;
  description: string;
  likelihood: string | null;
}

export function emptyDocument(): AssessmentDocument {
  return {
    contact: { name: '', role: '', email: '', phone: '' },
    summary: '',
    changesSinceLastRound: '',
    noRisksObserved: false,
    observedRisks: [],
    measuresTaken: [],
    plannedMeasures: [],
    followUps: [],
    risksAhead: [],
    supportWanted: '',
    forumThemes: [],
  };
}
