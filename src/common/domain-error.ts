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
  /** The same costly work (a report of a round) is being done; try again when it is. */
  InProgress = 'IN_PROGRESS',
  /** A cap on costly work (exports, reminders) of one user, county or round is reached; try later. */
  LimitReached = 'LIMIT_REACHED',
  /** Every worker is taken; `retryAfterSeconds` says when to try again. */
  Busy = 'BUSY',
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
/** An error list is cut at this length, with the number left out, so that no input can make the answer huge. */
export const MAX_FIELD_ERRORS = 100;

export const invalid = (fields: FieldError[]) =>
  new DomainError(
    ErrorCode.ValidationFailed,
    'Uppgifterna är ogiltiga',
    fields.slice(0, MAX_FIELD_ERRORS),
    fields.length > MAX_FIELD_ERRORS ? { moreErrors: fields.length - MAX_FIELD_ERRORS } : {},
  );

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
    case ErrorCode.InProgress:
      return 409;
    case ErrorCode.Incomplete:
      return 422;
    case ErrorCode.TooManyAttempts:
    case ErrorCode.LimitReached:
      return 429;
    case ErrorCode.Busy:
      return 503;
  }
}
