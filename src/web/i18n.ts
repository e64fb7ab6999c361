import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../config/paths';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

type Messages = { [key: string]: string | Messages };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function loadMessages(language: Language, dir = TEMPLATES_DIR): Messages {
  return JSON.parse(readFileSync(join(dir, 'web', 'locales', `${language}.json`), 'utf8')) as Messages;
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
