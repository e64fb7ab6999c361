import {
  DomainError,
  ErrorCode,
  forbidden,
  versionConflict as changedMeanwhile,
} from '../common/domain-error';
import type { Located } from './assessment-locator';
import { AssessmentAction, AssessmentStatus, decideTransition, TransitionRefusal } from './workflow';

/** The status `action` leads to from `status`, or the error that refuses it to this actor in this round now. */
export function requireTransition(
  located: Located,
  status: AssessmentStatus,
  action: AssessmentAction,
): AssessmentStatus {
  const decision = decideTransition({
    status,
    action,
    standing: located.standing,
    round: located.round.status,
  });
  if (!decision.allowed) throw refusalError(decision.refusal, action, status);
  return decision.to;
}

/** The error a refused step answers with: who may take it, whether the round is open, or the status it needs. */
export function refusalError(
  refusal: TransitionRefusal,
  action: AssessmentAction,
  status: AssessmentStatus,
): DomainError {
  switch (refusal) {
    case 'not_permitted':
      return forbidden(
        action === 'save' || action === 'submit'
          ? 'forbidden.assessment_edit'
          : 'forbidden.assessment_review',
      );
    case 'round_not_open':
      return new DomainError(ErrorCode.RoundNotOpen, 'round.not_open_yet');
    case 'round_closed':
      return new DomainError(ErrorCode.RoundNotOpen, 'round.closed');
    case 'wrong_status':
      return new DomainError(ErrorCode.InvalidTransition, `assessment.${status}`, [], {
        status,
      });
  }
}

/** Someone else wrote the assessment since it was read; `currentVersion` is the one stored now. */
export function versionConflict(currentVersion: number): DomainError {
  return changedMeanwhile('assessment.changed', currentVersion);
}

/** Someone else saved the section since it was read: its version now, and what is stored, for the author to merge. */
export function sectionConflict(stored: { section: string; version: number; content: object; by: object }) {
  return new DomainError(
    ErrorCode.VersionConflict,
    'assessment.section_changed',
    [{ path: 'version', code: 'version_stale', params: { current: stored.version } }],
    { currentVersion: stored.version, stored },
  );
}
