import { textOf } from '../forms/form-posts';

/** The report form's posted choices, as the report DTO is validated from them. */
export function reportFormValues(
  body: Record<string, unknown>,
): Record<'format' | 'include' | 'language', string> {
  return {
    format: textOf(body, 'format'),
    include: textOf(body, 'include'),
    language: textOf(body, 'language'),
  };
}
