import { counts, SUBMITTED } from '../assessments/counted';
import { ORGANISATION_KINDS } from '../geography/organisation.entity';
import type { Include, OrganisationFigures, OrganisationRow } from './county-picture.model';
import type { OrganisationInput } from './picture-input';

export type { OrganisationInput };

function rowOf({ organisation, assessment }: OrganisationInput, include: Include): OrganisationRow {
  const latest = assessment?.latest ?? null;
  const counted = assessment !== null && latest !== null && counts(assessment.status, include);
  const document = counted ? latest.document : null;
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    countyCode: organisation.countyCode,
    status: assessment?.status ?? 'not_started',
    late: assessment?.late ?? false,
    counted,
    source:
      counted && assessment
        ? {
            assessmentId: assessment.assessmentId,
            submission: latest.number,
            version: latest.version,
            submittedAt: latest.submittedAt,
          }
        : null,
    summary: document?.summary ?? '',
    risks: (document?.observedRisks ?? []).map((r) => ({
      id: r.id,
      area: r.area,
      title: r.title,
      level: r.level,
      trend: r.trend,
    })),
  };
}

/**
 * The organisations' part of the picture: their own response figures over the organisations asked, and each one's
 * counted answer. They are never among the municipalities' figures.
 */
export function organisationFigures(inputs: OrganisationInput[], include: Include): OrganisationFigures {
  const rows = inputs
    .map((input) => rowOf(input, include))
    .sort((a, b) => a.countyCode.localeCompare(b.countyCode) || a.name.localeCompare(b.name, 'sv'));
  const submitted = rows.filter((r) => SUBMITTED.includes(r.status));
  return {
    expected: rows.length,
    submitted: submitted.length,
    approved: rows.filter((r) => r.status === 'approved').length,
    late: submitted.filter((r) => r.late).length,
    counted: rows.filter((r) => r.counted).length,
    byKind: ORGANISATION_KINDS.map((kind) => {
      const ofKind = rows.filter((r) => r.kind === kind);
      return { kind, expected: ofKind.length, counted: ofKind.filter((r) => r.counted).length };
    }).filter((k) => k.expected > 0),
    rows,
  };
}
