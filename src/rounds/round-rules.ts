import type { FieldError } from '../common/domain-error';
import { DEFAULT_TAXONOMY } from '../taxonomy/default-taxonomy';
import {
  completeTaxonomy,
  hasCode,
  resolveTaxonomy,
  RSA_SCALE_LEVELS,
  Taxonomy,
  TAXONOMY_LISTS,
  TaxonomyOverride,
} from '../taxonomy/taxonomy';
import type { Round, RsaQuestions } from './round.entity';

export type { RsaQuestions };

/** Days before the deadline a round reminds municipalities when it names no plan of its own. */
export const DEFAULT_REMINDER_PLAN: readonly number[] = [7, 2, -1];

export const NO_RSA_QUESTIONS: Readonly<RsaQuestions> = Object.freeze({
  scoring: false,
  escalationAreas: [],
});

/** The taxonomy assessments of this round are coded against. */
export function taxonomyOf(round: Round): Taxonomy {
  return round.taxonomy
    ? completeTaxonomy(round.taxonomy)
    : resolveTaxonomy(DEFAULT_TAXONOMY, round.taxonomyOverride);
}

/** What the round asks for its municipalities' RSA: nothing unless it was created to. */
export function rsaQuestionsOf(round: Pick<Round, 'rsaQuestions'>): RsaQuestions {
  return round.rsaQuestions ?? { ...NO_RSA_QUESTIONS, escalationAreas: [] };
}

/** Days before the deadline (negative: after it) the municipalities that have not submitted are reminded. */
export function reminderPlanOf(round: Round): number[] {
  return round.reminderPlan ?? [...DEFAULT_REMINDER_PLAN];
}

/**
 * Checks a new round's dates, its own taxonomy lists (non-empty, unique codes; RSA scales of five levels) and its RSA
 * questions (escalation areas among its risk areas).
 */
export function checkRoundDefinition(round: {
  periodStart: string;
  periodEnd: string;
  deadline: string;
  taxonomy?: TaxonomyOverride;
  rsa?: Partial<RsaQuestions>;
}): FieldError[] {
  const errors: FieldError[] = [];
  if (round.periodEnd < round.periodStart) {
    errors.push({ path: 'periodEnd', code: 'before_period_start' });
  }
  if (round.deadline < round.periodStart) {
    errors.push({ path: 'deadline', code: 'before_period_start' });
  }
  for (const list of TAXONOMY_LISTS) {
    const items = round.taxonomy?.[list];
    if (!items) continue;
    if (items.length === 0) errors.push({ path: `taxonomy.${list}`, code: 'empty_list' });
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.code)) {
        errors.push({
          path: `taxonomy.${list}[${i}].code`,
          code: 'duplicate_code_in_list',
          params: { code: item.code },
        });
      }
      seen.add(item.code);
    });
  }
  for (const list of ['rsaLikelihoods', 'rsaConsequences'] as const) {
    const items = round.taxonomy?.[list];
    if (items && items.length > 0 && items.length !== RSA_SCALE_LEVELS) {
      errors.push({
        path: `taxonomy.${list}`,
        code: 'rsa_scale_levels',
        params: { levels: RSA_SCALE_LEVELS },
      });
    }
  }
  const taxonomy = resolveTaxonomy(DEFAULT_TAXONOMY, round.taxonomy ?? null);
  (round.rsa?.escalationAreas ?? []).forEach((area, i) => {
    if (!hasCode(taxonomy, 'riskAreas', area)) {
      errors.push({ path: `rsa.escalationAreas[${i}]`, code: 'code_not_in_list', params: { value: area } });
    }
  });
  return errors;
}

/** The RSA questions a new round's request gives: none unless it asks. */
export function rsaQuestionsFrom(dto: Partial<RsaQuestions> | undefined): RsaQuestions | null {
  const questions = {
    scoring: dto?.scoring ?? false,
    escalationAreas: [...new Set(dto?.escalationAreas ?? [])],
  };
  return questions.scoring || questions.escalationAreas.length > 0 ? questions : null;
}

type ReportDetails = Pick<Round, 'caseNumber' | 'contactName' | 'contactEmail' | 'contactPhone'>;

/**
 * The report details a request gives, trimmed, an empty text clearing its field; fields it leaves out keep what
 * `current` has (none, for a new round).
 */
export function reportDetailsOf(
  dto: Partial<Record<keyof ReportDetails, string>>,
  current?: ReportDetails,
): ReportDetails {
  const pick = (key: keyof ReportDetails) => {
    const given = dto[key];
    if (given === undefined) return current?.[key] ?? null;
    return given.trim() === '' ? null : given.trim();
  };
  return {
    caseNumber: pick('caseNumber'),
    contactName: pick('contactName'),
    contactEmail: pick('contactEmail'),
    contactPhone: pick('contactPhone'),
  };
}
