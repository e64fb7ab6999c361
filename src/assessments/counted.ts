import type { AssessmentStatus } from './workflow';

/** Which assessments a picture or a trend counts: approved only (final report) or approved and submitted (working view). */
export const INCLUDES = ['approved', 'submitted'] as const;
export type Include = (typeof INCLUDES)[number];

/** The statuses of an assessment that has been submitted and not returned. */
export const SUBMITTED: readonly AssessmentStatus[] = ['submitted', 'approved'];

/** The statuses a picture of the given kind counts. */
export function countedStatuses(include: Include): readonly AssessmentStatus[] {
  return include === 'approved' ? ['approved'] : SUBMITTED;
}

/** A fraction to four decimals; null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Whether an assessment counts in a picture of the given kind. */
export function counts(status: AssessmentStatus, include: Include): boolean {
  return countedStatuses(include).includes(status);
}
