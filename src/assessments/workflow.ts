import type { Standing } from '../access/access-policy';

export const ASSESSMENT_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_ACTIONS = ['save', 'submit', 'return', 'approve'] as const;
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

export type RoundState = 'planned' | 'open' | 'closed';

export type TransitionRefusal = 'not_permitted' | 'round_not_open' | 'round_closed' | 'wrong_status';

export type TransitionDecision =
  { allowed: true; to: AssessmentStatus } | { allowed: false; refusal: TransitionRefusal };

interface Rule {
  by: Standing;
  from: readonly AssessmentStatus[];
  to: AssessmentStatus;
}

/**
 * Only the municipality edits and submits; only the county reviews. Submitted and approved assessments are locked;
 * a returned one goes back to draft when the municipality saves it.
 */
const RULES: Record<AssessmentAction, Rule> = {
  save: { by: 'reporter', from: ['not_started', 'draft', 'returned'], to: 'draft' },
  submit: { by: 'reporter', from: ['draft', 'returned'], to: 'submitted' },
  return: { by: 'county_reviewer', from: ['submitted'], to: 'returned' },
  approve: { by: 'county_reviewer', from: ['submitted'], to: 'approved' },
};

export function decideTransition(input: {
  status: AssessmentStatus;
  action: AssessmentAction;
  standing: Standing;
  round: RoundState;
}): TransitionDecision {
  const rule = RULES[input.action];
  if (input.standing !== rule.by) return { allowed: false, refusal: 'not_permitted' };
  if (input.round === 'planned') return { allowed: false, refusal: 'round_not_open' };
  if (input.round === 'closed') return { allowed: false, refusal: 'round_closed' };
  if (!rule.from.includes(input.status)) return { allowed: false, refusal: 'wrong_status' };
  return { allowed: true, to: rule.to };
}

/** What a user in this standing may do now, for showing the right buttons. */
export function allowedActions(
  status: AssessmentStatus,
  standing: Standing,
  round: RoundState,
): AssessmentAction[] {
  return ASSESSMENT_ACTIONS.filter((action) => decideTransition({ status, action, standing, round }).allowed);
}

/** A submission is late when it is made after the deadline day has ended in Sweden. */
export function isLate(deadline: string, submittedOn: string): boolean {
  return submittedOn > deadline;
}
