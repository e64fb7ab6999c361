import { DomainError, ErrorCode, forbidden } from '../common/domain-error';
import type { AssessmentAction, AssessmentStatus, TransitionRefusal } from './workflow';

const STATUS_TEXT: Record<AssessmentStatus, string> = {
  not_started: 'inte påbörjad',
  draft: 'ett utkast',
  submitted: 'inskickad och låst',
  returned: 'återsänd',
  approved: 'godkänd och låst',
};

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
          ? 'Bara kommunens egna rapportörer kan ändra och skicka in bedömningen'
          : 'Bara länsstyrelsens handläggare kan granska bedömningen',
      );
    case 'round_not_open':
      return new DomainError(ErrorCode.RoundNotOpen, 'Omgången är inte öppnad än');
    case 'round_closed':
      return new DomainError(ErrorCode.RoundNotOpen, 'Omgången är stängd');
    case 'wrong_status':
      return new DomainError(ErrorCode.InvalidTransition, `Bedömningen är ${STATUS_TEXT[status]}`, [], {
        status,
      });
  }
}

/** Someone else wrote the assessment since it was read; `currentVersion` is the one stored now. */
export function versionConflict(currentVersion: number): DomainError {
  return new DomainError(
    ErrorCode.VersionConflict,
    'Bedömningen har ändrats sedan du läste den. Läs in den igen och gör om ändringen.',
    [{ path: 'version', message: `är inte längre aktuell (nu ${currentVersion})` }],
    { currentVersion },
  );
}
