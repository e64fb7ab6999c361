import { LANGUAGES, TRANSLATORS } from '../common/i18n';

export type AccountMailKind = 'invitation' | 'invitationTaken' | 'reset';

export interface AccountMail {
  subject: string;
  text: string;
}

/** What fills an account e-mail's words; a role is given by its code and a time as an instant. */
export interface AccountMailFacts {
  name?: string;
  inviter?: string;
  role?: string;
  place?: string;
  expires?: Date;
  minutes?: number;
  link?: string;
}

const DATE_TIME: Record<(typeof LANGUAGES)[number], Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
};

/**
 * An e-mail about an account, in Swedish and then in English (the service does not know which the reader prefers),
 * with its words from the locale files.
 */
export function accountMail(kind: AccountMailKind, facts: AccountMailFacts): AccountMail {
  const parts = LANGUAGES.map((language) => {
    const t = TRANSLATORS[language];
    const values: Record<string, string | number> = {
      name: facts.name ?? '',
      inviter: facts.inviter ?? '',
      role: facts.role ? t(`roles.${facts.role}`).toLowerCase() : '',
      place: facts.place ?? '',
      expires: facts.expires ? DATE_TIME[language].format(facts.expires) : '',
      minutes: facts.minutes ?? 0,
      link: facts.link ?? '',
    };
    return {
      subject: t(`mail.${kind}.subject`),
      text: `${t(`mail.${kind}.body`, values)}\n\n${t('mail.signature')}`,
      divider: t('mail.divider'),
    };
  });
  const [sv, en] = parts as [(typeof parts)[number], (typeof parts)[number]];
  return {
    subject: sv.subject === en.subject ? sv.subject : `${sv.subject} / ${en.subject}`,
    text: `${sv.text}\n\n${sv.divider}\n\n${en.text}\n`,
  };
}
