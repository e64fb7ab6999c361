import type { NextFunction, Request, Response } from 'express';
import type { Clock } from '../common/clock';
import { formatters, Formatters } from './formatting';
import { isLanguage, Language, LANGUAGES, Translate, TRANSLATORS } from '../common/i18n';

export const LANGUAGE_COOKIE = 'lagesbild_lang';

export interface PageLocals {
  lang: Language;
  t: Translate;
  fmt: Formatters;
  currentPath: string;
  otherLanguage: { lang: Language; href: string; name: string };
  /** A confirmation named in the query (`?notice=saved`), shown once at the top of the page. */
  notice: string | null;
}

/** Only paths on this site: `/x` but not `//host` or `/\host`, which browsers read as another site. */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return fallback;
  return value;
}

/** Language, texts and formatters for every page, before any guard runs; "today" is the clock's. */
export function webContext(clock: Clock) {
  const byLanguage = new Map(
    LANGUAGES.map(
      (lang) => [lang, { t: TRANSLATORS[lang], fmt: formatters(lang, TRANSLATORS[lang]) }] as const,
    ),
  );
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/api/') || req.path.startsWith('/assets/')) return next();
    const cookies = req.cookies as Record<string, string | undefined>;
    const lang: Language = isLanguage(cookies[LANGUAGE_COOKIE]) ? cookies[LANGUAGE_COOKIE] : 'sv';
    const other: Language = lang === 'sv' ? 'en' : 'sv';
    const texts = byLanguage.get(lang)!;
    const noticeKey = typeof req.query.notice === 'string' ? `notices.${req.query.notice}` : '';
    const notice =
      /^notices\.[a-z-]{1,40}$/.test(noticeKey) && texts.t(noticeKey) !== noticeKey
        ? texts.t(noticeKey)
        : null;
    const locals: PageLocals = {
      lang,
      t: texts.t,
      fmt: { ...texts.fmt, when: (value) => texts.fmt.when(value, clock.now()) },
      currentPath: req.originalUrl,
      otherLanguage: {
        lang: other,
        href: `/language?to=${other}&next=${encodeURIComponent(req.originalUrl)}`,
        name: other === 'sv' ? 'Svenska' : 'English',
      },
      notice,
    };
    Object.assign(res.locals, locals);
    next();
  };
}
