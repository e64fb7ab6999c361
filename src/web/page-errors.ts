import { DomainError, ErrorCode, FieldError } from '../common/domain-error';

/** The field errors of a refused form: validation and completeness errors are shown on the form, others are not. */
export function formErrorsOf(error: unknown): FieldError[] | null {
  if (!(error instanceof DomainError)) return null;
  if (error.code !== ErrorCode.ValidationFailed && error.code !== ErrorCode.Incomplete) return null;
  return error.fields.length > 0 ? error.fields : [{ path: '', message: error.message }];
}

/** Posted text fields as strings; anything else (arrays, missing) as empty. */
export function textOf(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}
