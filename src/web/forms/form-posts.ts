import type { Response } from 'express';
import { DomainError, ErrorCode, FieldError, httpStatusOf } from '../../common/domain-error';

/** Posted text fields as strings; anything else (arrays, missing) as empty. */
export function textOf(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/** A refused form post that the form itself shows: its HTTP status and the errors by field. */
export interface FormRefusal {
  status: number;
  code: ErrorCode;
  errors: FieldError[];
  /** What the error says besides (a conflict's stored version). */
  detail: DomainError['detail'];
}

/** Errors a form shows on its fields: invalid values and what a submission still misses. */
const FORM_ERRORS: readonly ErrorCode[] = [ErrorCode.ValidationFailed, ErrorCode.Incomplete];

/** The one mapping of a refused post to its form: field errors as the form shows them, or null for any other error. */
export function formRefusalOf(error: unknown, alsoShown: readonly ErrorCode[] = []): FormRefusal | null {
  if (!(error instanceof DomainError)) return null;
  if (!FORM_ERRORS.includes(error.code) && !alsoShown.includes(error.code)) return null;
  const errors = error.fields.length > 0 ? error.fields : [{ path: '', code: 'invalid' as const }];
  return { status: httpStatusOf(error.code), code: error.code, errors, detail: error.detail };
}

/** Runs a form's action; a refusal the form shows goes to `refused`, any other error on to the error page. */
export async function tryForm<T, R>(
  action: () => Promise<T>,
  refused: (refusal: FormRefusal) => R | Promise<R>,
  alsoShown: readonly ErrorCode[] = [],
): Promise<T | R> {
  try {
    return await action();
  } catch (error) {
    const refusal = formRefusalOf(error, alsoShown);
    if (!refusal) throw error;
    return refused(refusal);
  }
}

/** A page's form post: on to where the action says (303), or the form's view again with the errors on its fields. */
export async function renderForm(
  res: Response,
  action: () => Promise<string>,
  form: {
    view: string;
    model: (errors: FieldError[]) => object | Promise<object>;
    /** Refusals besides invalid and incomplete input that the form shows on its fields. */
    alsoShown?: readonly ErrorCode[];
  },
): Promise<void> {
  const outcome = await tryForm(
    async () => ({ redirect: await action() }),
    async ({ status, errors }) => ({ status, page: await form.model(errors) }),
    form.alsoShown,
  );
  if ('redirect' in outcome) return res.redirect(303, outcome.redirect);
  res.status(outcome.status).render(form.view, outcome.page);
}
