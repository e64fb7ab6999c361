import type { Language } from '../common/i18n';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const TIME_ZONE = 'Europe/Stockholm';

export interface Formatters {
  /** `YYYY-MM-DD` as a date: 2026-11-23 in Swedish, 23 Nov 2026 in English. */
  date(value: string | null): string;
  /** An ISO instant in Swedish time, to the minute. */
  dateTime(value: string | null): string;
  number(value: number | null): string;
  /** A share (0.25) as a percentage with one decimal. */
  percent(value: number | null): string;
}

export function formatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const dateFormat =
    language === 'sv'
      ? new Intl.DateTimeFormat(locale, {
          timeZone: 'UTC',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        })
      : new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: language === 'sv' ? '2-digit' : 'short',
    day: language === 'sv' ? '2-digit' : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    date: (value) => (value ? dateFormat.format(new Date(`${value}T00:00:00Z`)) : ''),
    dateTime: (value) => (value ? dateTimeFormat.format(new Date(value)) : ''),
    number: (value) => (value === null ? '' : numberFormat.format(value)),
    percent: (value) => (value === null ? '' : percentFormat.format(value)),
  };
}
