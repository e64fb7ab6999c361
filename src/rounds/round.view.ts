import type { Taxonomy } from '../taxonomy/taxonomy';
import { reminderPlanOf, RsaQuestions, rsaQuestionsOf, taxonomyOf } from './round-rules';
import type { RoundStatus } from './round-lifecycle';
import type { Round } from './round.entity';

export interface RoundView {
  id: string;
  countyCode: string;
  title: string;
  /** The event the round asks about, or null. */
  triggeringEvent: string | null;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  acceptLate: boolean;
  /** The case number (diarienummer) and the contact the report's cover gives; null where not set. */
  caseNumber: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** Days before the deadline the municipalities that have not submitted are reminded (negative: after it). */
  reminderPlan: number[];
  status: RoundStatus;
  /** False while the round is planned: the taxonomy shown is what opening it will freeze. */
  taxonomyFrozen: boolean;
  taxonomy: Taxonomy;
  /** What the round asks of each observed risk for the municipalities' RSA; fixed when the round is created. */
  rsa: RsaQuestions;
  /** The county's organisations the round asks besides its municipalities. */
  organisationIds: string[];
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
}

export function toRoundView(round: Round): RoundView {
  return {
    id: round.id,
    countyCode: round.countyCode,
    title: round.title,
    triggeringEvent: round.triggeringEvent,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    deadline: round.deadline,
    acceptLate: round.acceptLate,
    caseNumber: round.caseNumber,
    contactName: round.contactName,
    contactEmail: round.contactEmail,
    contactPhone: round.contactPhone,
    reminderPlan: reminderPlanOf(round),
    status: round.status,
    taxonomyFrozen: round.taxonomy !== null,
    taxonomy: taxonomyOf(round),
    rsa: rsaQuestionsOf(round),
    organisationIds: round.organisationIds ?? [],
    createdAt: round.createdAt.toISOString(),
    openedAt: round.openedAt?.toISOString() ?? null,
    closedAt: round.closedAt?.toISOString() ?? null,
  };
}
