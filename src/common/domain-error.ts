export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Incomplete = 'INCOMPLETE',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  VersionConflict = 'VERSION_CONFLICT',
  InvalidTransition = 'INVALID_TRANSITION',
  RoundNotOpen = 'ROUND_NOT_OPEN',
  DeadlinePassed = 'DEADLINE_PASSED',
  AlreadyExists = 'ALREADY_EXISTS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
}

/** A problem with one field of the input, named by its path (`observedRisks[2].level`). */
export interface FieldError {
  path: string;
  message: string;
  /** For an uploaded workbook: the sheet and cell the value was read from. */
  sheet?: string;
  cell?: string;
}

/** The one error type the services throw; a single filter maps its code to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly detail: Record<string, string | number | boolean | null> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError(ErrorCode.NotFound, `${what} finns inte`);
export const forbidden = (message = 'Du har inte behörighet till detta') =>
  new DomainError(ErrorCode.Forbidden, message);
export const invalid = (fields: FieldError[]) =>
  new DomainError(ErrorCode.ValidationFailed, 'Uppgifterna är ogiltiga', fields);

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
      return 400;
    case ErrorCode.Unauthenticated:
      return 401;
    case ErrorCode.Forbidden:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.VersionConflict:
    case ErrorCode.InvalidTransition:
    case ErrorCode.RoundNotOpen:
    case ErrorCode.DeadlinePassed:
    case ErrorCode.AlreadyExists:
      return 409;
    case ErrorCode.Incomplete:
      return 422;
    case ErrorCode.TooManyAttempts:
      return 429;
  }
}
