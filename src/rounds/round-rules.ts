import type { FieldError } from '../common/domain-error';
import { TAXONOMY_LISTS, TaxonomyOverride } from '../taxonomy/taxonomy';

/** Checks a new round's dates and its own taxonomy lists (non-empty, unique codes). */
export function checkRoundDefinition(round: {
  periodStart: string;
  periodEnd: string;
  deadline: string;
  taxonomy?: TaxonomyOverride;
}): FieldError[] {
  const errors: FieldError[] = [];
  if (round.periodEnd < round.periodStart) {
    errors.push({ path: 'periodEnd', message: 'får inte vara före periodStart' });
  }
  if (round.deadline < round.periodStart) {
    errors.push({ path: 'deadline', message: 'får inte vara före periodStart' });
  }
  for (const list of TAXONOMY_LISTS) {
    const items = round.taxonomy?.[list];
    if (!items) continue;
    if (items.length === 0) errors.push({ path: `taxonomy.${list}`, message: 'får inte vara tom' });
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.code)) {
        errors.push({
          path: `taxonomy.${list}[${i}].code`,
          message: `koden "${item.code}" finns redan i listan`,
        });
      }
      seen.add(item.code);
    });
  }
  return errors;
}
