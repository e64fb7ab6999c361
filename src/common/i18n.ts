import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../config/paths';
import type { FieldError } from './domain-error';
import type { MessageCode, MessageParams } from './messages';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

type Messages = { [key: string]: string | Messages };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The service's words in one language: the pages' texts and every message by its code. */
export function loadMessages(language: Language, dir = TEMPLATES_DIR): Messages {
  return JSON.parse(readFileSync(join(dir, 'web', 'locales', `${language}.json`), 'utf8')) as Messages;
}

/** The language an API client asks for in Accept-Language, Swedish unless it prefers English. */
export function languageOf(accepts: (...languages: string[]) => string | false): Language {
  const best = accepts(...LANGUAGES);
  return isLanguage(best) ? best : 'sv';
}

/** Looks up a dotted key (`assessment.submit`) and fills `{name}` placeholders; an unknown key shows as itself. */
export function translator(messages: Messages): Translate {
  return (key, values = {}) => {
    let node: string | Messages | undefined = messages;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') return key;
    return node.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** The words of a message by code, in the language of `t`. */
export const messageText = (t: Translate, code: MessageCode, params: MessageParams = {}) =>
  t(`messages.${code}`, params);

/** The words of what is wrong with a field, in the language of `t`. */
export const fieldErrorText = (t: Translate, error: FieldError) =>
  t(`fieldErrors.${error.code}`, error.params);

/** A field error as the API answers it: its code and parameters, and their words. */
export const describeFieldError = (t: Translate, error: FieldError) => ({
  ...error,
  message: fieldErrorText(t, error),
});

/** Translators of both languages, loaded once. */
export const TRANSLATORS: Record<Language, Translate> = {
  sv: translator(loadMessages('sv')),
  en: translator(loadMessages('en')),
};

/** The language an API request asks for in its Accept-Language header. */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language => {
  const request = context.switchToHttp().getRequest<Request>();
  return languageOf((...languages) => request.acceptsLanguages(...languages));
});
