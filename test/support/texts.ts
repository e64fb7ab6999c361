import type { FieldError } from '../../src/common/domain-error';
import { fieldErrorText, TRANSLATORS } from '../../src/common/i18n';

/** The Swedish words of a field error, as the service shows them by default. */
export const svText = (error: Pick<FieldError, 'code' | 'params'> | null | undefined): string =>
  error ? fieldErrorText(TRANSLATORS.sv, error as FieldError) : '';
