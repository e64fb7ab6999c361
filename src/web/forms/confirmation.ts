import type { Response } from 'express';
import type { PageLocals } from '../web-context';

/** The questions a destructive action asks first; their words are under `confirm.<question>` in the locale files. */
export type ConfirmQuestion =
  'approveAssessment' | 'returnAssessment' | 'startEmpty' | 'openRound' | 'closeRound';

/**
 * Asks before a destructive action: unless the post says `confirmed=yes`, answers with a page that asks the question
 * and posts the same fields again, confirmed; true when it did. Works without scripts, one page in between.
 */
export function askFirst(
  res: Response,
  body: Record<string, unknown>,
  ask: {
    action: string;
    question: ConfirmQuestion;
    back: string;
    fields?: Record<string, string>;
    params?: Record<string, string>;
  },
): boolean {
  if (body.confirmed === 'yes') return false;
  const { t } = res.locals as PageLocals;
  const words = (part: string) => t(`confirm.${ask.question}.${part}`, ask.params ?? {});
  res.status(200).render('confirm-action', {
    action: ask.action,
    back: ask.back,
    fields: ask.fields ?? {},
    title: words('title'),
    // Not `text`: the pages' field macros have that name.
    explanation: words('text'),
    warning:
      t(`confirm.${ask.question}.warning`) === `confirm.${ask.question}.warning` ? null : words('warning'),
    button: words('button'),
  });
  return true;
}
