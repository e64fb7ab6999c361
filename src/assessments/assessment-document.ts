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
}

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
