import type { Language, Translate } from '../common/i18n';

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
  /** An ISO instant's time of day in Swedish time: 10.42 in Swedish, 10:42 in English. */
  time(value: string | null): string;
  /** When something was done, as people say it: "i dag 10.42", "i går 16.05", or the date and time. */
  when(value: string | null, now?: Date): string;
}

export function formatters(language: Language, t: Translate): Formatters {
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
  const timeFormat = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  });
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });
  const time = (value: string | null) => {
    if (!value) return '';
    const text = timeFormat.format(new Date(value));
    return language === 'sv' ? text.replace(':', '.') : text;
  };
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
    time,
    when: (value, now = new Date()) => {
      if (!value) return '';
      const day = dayFormat.format(new Date(value));
      if (day === dayFormat.format(now)) return t('common.today', { time: time(value) });
      if (day === dayFormat.format(new Date(now.getTime() - 86_400_000)))
        return t('common.yesterday', { time: time(value) });
      return t('common.onDate', { date: dateFormat.format(new Date(`${day}T00:00:00Z`)), time: time(value) });
    },
  };
}
