import type { AuditEventView } from '../../audit-log/audit-event.view';
import { auditActionKey, auditKindOf, csvSafe } from '../../audit-log/audit-kinds';
import { stockholmDateTime } from '../../common/dates';
import type { Translate } from '../../common/i18n';

/** Detail keys said in words elsewhere in the row (the subject) or of no use to a reader. */
const UNSHOWN = new Set(['municipalityCode', 'version']);

/** What an entry's detail says, in the page's words: roles, reasons, methods and changed fields by name. */
export function auditDetailText(t: Translate, detail: AuditEventView['detail']): string {
  if (!detail) return '';
  const said = (key: string, value: string | number | boolean | null): string | null => {
    if (UNSHOWN.has(key) || value === null) return null;
    const text = String(value);
    switch (key) {
      case 'role':
        return t(`roles.${text}`);
      case 'status':
        return t(`statuses.${text}`);
      case 'reason':
      case 'method':
        return lookup(t, `auditWords.${key}.${text}`, text);
      case 'changed':
        return `${t('auditWords.changed')}: ${text
          .split(',')
          .map((field) => lookup(t, `auditWords.fields.${field}`, field))
          .join(', ')}`;
      default:
        return `${lookup(t, `auditWords.keys.${key}`, key)}: ${text}`;
    }
  };
  return Object.entries(detail)
    .map(([key, value]) => said(key, value))
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
}

/** An entry as the page and the download show it: every part in words. */
export function auditRow(t: Translate, event: AuditEventView) {
  return {
    at: event.at,
    who: event.actor
      ? event.actor.name || event.actor.email
      : t(event.action.startsWith('login.') ? 'audit.nobody' : 'audit.system'),
    email: event.actor?.email ?? '',
    action: t(auditActionKey(event.action)),
    kind: t(`auditKinds.${auditKindOf(event.action)}`),
    code: event.action,
    // Signing in is about the one who signs in: the subject would only repeat them.
    subject:
      event.subjectType === 'user' && event.subjectId === event.actor?.id ? '' : (event.subjectLabel ?? ''),
    county: event.countyCode ?? '',
    detail: auditDetailText(t, event.detail),
  };
}

const CSV_COLUMNS = ['at', 'who', 'email', 'action', 'kind', 'subject', 'county', 'detail', 'code'] as const;

/** The download's column names, in the page's language. */
export const auditCsvHeader = (t: Translate): string[] => CSV_COLUMNS.map((key) => t(`audit.csv.${key}`));

/** An entry as a row of the download: the time in Sweden, and no cell a spreadsheet would take for a formula. */
export function auditCsvRow(t: Translate, event: AuditEventView): string[] {
  const row = { ...auditRow(t, event), at: stockholmDateTime(new Date(event.at)) };
  return CSV_COLUMNS.map((key) => csvSafe(row[key]));
}

function lookup(t: Translate, key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}
