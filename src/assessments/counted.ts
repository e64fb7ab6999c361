import type { AssessmentStatus } from './workflow';

/** Which assessments a picture or a trend counts: approved only (final report) or approved and submitted (working view). */
export const INCLUDES = ['approved', 'submitted'] as const;
export type Include = (typeof INCLUDES)[number];

const SUBMITTED: readonly AssessmentStatus[] = ['submitted', 'approved'];

/** The statuses a picture of the given kind counts. */
export function countedStatuses(include: Include): readonly AssessmentStatus[] {
  return include === 'approved' ? ['approved'] : SUBMITTED;
}

/** Whether an assessment counts in a picture of the given kind. */
export function counts(status: AssessmentStatus, include: Include): boolean {
  return countedStatuses(include).includes(status);
}
