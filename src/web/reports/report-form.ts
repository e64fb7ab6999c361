import { ErrorCode } from '../../common/domain-error';
import { Completeness, incompleteFinalMessage, isIncompleteFinal } from '../../reports/report-rules';
import { textOf } from '../forms/form-posts';

export type ReportFormValues = Record<'format' | 'include' | 'language' | 'acknowledgeIncomplete', string>;

/** The report form's posted choices, as the form shows them again. */
export function reportFormValues(body: Record<string, unknown>): ReportFormValues {
  return {
    format: textOf(body, 'format'),
    include: textOf(body, 'include'),
    language: textOf(body, 'language'),
    acknowledgeIncomplete: textOf(body, 'acknowledgeIncomplete'),
  };
}

/** The choices as the report DTO is validated from them: the ticked box says that the basis is known to be incomplete. */
export function reportRequestOf(values: ReportFormValues): Record<string, unknown> {
  const { acknowledgeIncomplete, ...rest } = values;
  return { ...rest, ...(acknowledgeIncomplete === 'yes' ? { acknowledgeIncomplete: true } : {}) };
}

/** A final report of an incomplete basis asked for without the box ticked: the form shows why, at the box. */
export const REPORT_FORM_REFUSALS = [ErrorCode.BasisIncomplete] as const;

/** The form's warning when a final report now would be of an incomplete basis, or null. */
export function incompleteWarningOf(completeness: Completeness) {
  return isIncompleteFinal('approved', completeness) ? incompleteFinalMessage(completeness) : null;
}
