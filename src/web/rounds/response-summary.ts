import type { StatusCounts } from '../../assessments/assessment.repository';

export interface ResponseSummary {
  expected: number;
  /** Submitted or approved: the municipalities that have answered. */
  answered: number;
  approved: number;
  submitted: number;
  returned: number;
  draft: number;
  notStarted: number;
  late: number;
  /** answered / expected, null when no municipality is expected. */
  rate: number | null;
}

/** A round's response from its status counts: every municipality without an assessment has not started. */
export function responseSummary(expected: number, counts: StatusCounts): ResponseSummary {
  const submitted = counts.submitted ?? 0;
  const approved = counts.approved ?? 0;
  const returned = counts.returned ?? 0;
  const draft = counts.draft ?? 0;
  const started = submitted + approved + returned + draft + (counts.not_started ?? 0);
  const answered = submitted + approved;
  return {
    expected,
    answered,
    approved,
    submitted,
    returned,
    draft,
    notStarted: Math.max(0, expected - started) + (counts.not_started ?? 0),
    late: counts.late,
    rate: expected === 0 ? null : answered / expected,
  };
}
