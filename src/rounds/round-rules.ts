import type { FieldError } from '../common/domain-error';
import { DEFAULT_TAXONOMY } from '../taxonomy/default-taxonomy';
import { resolveTaxonomy, Taxonomy, TAXONOMY_LISTS, TaxonomyOverride } from '../taxonomy/taxonomy';
import type { Round } from './round.entity';

/** Days before the deadline a round reminds municipalities when it names no plan of its own. */
export const DEFAULT_REMINDER_PLAN: readonly number[] = [7, 2, -1];

/** The taxonomy assessments of this round are coded against. */
export function taxonomyOf(round: Round): Taxonomy {
  return round.taxonomy ?? resolveTaxonomy(DEFAULT_TAXONOMY, round.taxonomyOverride);
}

/** Days before the deadline (negative: after it) the municipalities that have not submitted are reminded. */
export function reminderPlanOf(round: Round): number[] {
  return round.reminderPlan ?? [...DEFAULT_REMINDER_PLAN];
}

/** Checks a new round's dates and its own taxonomy lists (non-empty, unique codes). */
export function checkRoundDefinition(round: {
  periodStart: string;
  periodEnd: string;
  deadline: string;
  taxonomy?: TaxonomyOverride;
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
  return errors;
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
