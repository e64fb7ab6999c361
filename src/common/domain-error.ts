import type { FieldErrorCode, Message, MessageCode, MessageParams } from './messages';

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
  /** A final report of a basis that is not yet complete, asked for without saying so. */
  BasisIncomplete = 'BASIS_INCOMPLETE',
  /** The same costly work (a report of a round) is being done; try again when it is. */
  InProgress = 'IN_PROGRESS',
  /** A cap on costly work (exports, reminders) of one user, county or round is reached; try later. */
  LimitReached = 'LIMIT_REACHED',
  /** Every worker is taken; `retryAfterSeconds` says when to try again. */
  Busy = 'BUSY',
}

/**
 * A problem with one field of the input, named by its path (`observedRisks[2].level`) and a stable code with its
 * parameters (`{ code: 'max_length', params: { max: 2000 } }`); the words come from the locale files.
 */
export interface FieldError {
  path: string;
  code: FieldErrorCode;
  params?: MessageParams;
  /** For an uploaded workbook: the sheet and cell the value was read from. */
  sheet?: string;
  cell?: string;
}

/** The one error type the services throw; a single filter maps its code to an HTTP status and its message to words. */
export class DomainError extends Error {
  /** What the error says, by code; `params` fill in its words. */
  readonly messageCode: MessageCode;
  readonly params: MessageParams;

  constructor(
    readonly code: ErrorCode,
    message: Message,
    readonly fields: FieldError[] = [],
    readonly detail: Record<string, string | number | boolean | null | object> = {},
  ) {
    const { code: messageCode, params = {} } = typeof message === 'string' ? { code: message } : message;
    super(messageCode);
    this.messageCode = messageCode;
    this.params = params;
  }
}

/** What was looked for and not found (or not shown to this actor). */
export type NotFoundSubject = Extract<MessageCode, `not_found.${string}`>;

export const notFound = (what: NotFoundSubject, params?: MessageParams) =>
  new DomainError(ErrorCode.NotFound, params ? { code: what, params } : what);
export const forbidden = (message: Extract<MessageCode, `forbidden.${string}`> = 'forbidden.default') =>
  new DomainError(ErrorCode.Forbidden, message);
/** An error list is cut at this length, with the number left out, so that no input can make the answer huge. */
export const MAX_FIELD_ERRORS = 100;

export const invalid = (fields: FieldError[]) =>
  new DomainError(
    ErrorCode.ValidationFailed,
    'invalid',
    fields.slice(0, MAX_FIELD_ERRORS),
    fields.length > MAX_FIELD_ERRORS ? { moreErrors: fields.length - MAX_FIELD_ERRORS } : {},
  );

/** The record was written by someone else since it was read (`message` says which); `current` is its version now. */
export const versionConflict = (message: MessageCode, current: number) =>
  new DomainError(
    ErrorCode.VersionConflict,
    message,
    [{ path: 'version', code: 'version_stale', params: { current } }],
    { currentVersion: current },
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
    case ErrorCode.BasisIncomplete:
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
