import type { FieldError } from '../../common/domain-error';
import { fieldErrorText, type Translate } from '../../common/i18n';

/** Fields whose value is a list of checked codes: an error on one element belongs to the whole group. */
const CHECKBOX_GROUPS = new Set([
  'affectedGroups',
  'riskIds',
  'actors',
  'perspectives',
  'forumThemes',
  'roundIds',
  'options',
  'words',
  'optionIds',
]);

/** The form field an error path belongs to: `observedRisks[0].affectedGroups[2]` → `observedRisks[0].affectedGroups`. */
export function fieldKeyOf(path: string): string {
  const match = /^(|.*\.)([A-Za-z]+)\[\d+\]$/.exec(path);
  if (match && CHECKBOX_GROUPS.has(match[2]!)) return `${match[1]}${match[2]}`;
  return path;
}

/** The HTML id of a field: `observedRisks[2].level` → `observedRisks-2-level`. */
export function fieldIdOf(path: string): string {
  return fieldKeyOf(path)
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-');
}

/** A readable name for a path, from the page's texts: "Observerad risk 3, nivå". */
export function describePath(path: string, t: Translate): string {
  const parts: string[] = [];
  for (const match of fieldKeyOf(path).matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)) {
    const [, name, index] = match;
    const label = t(`fields.${name}`);
    parts.push(index === undefined ? label : `${label} ${Number(index) + 1}`);
  }
  return parts.join(', ');
}

/**
 * The line of an error summary: what is missing says what to do ("Välj nivå"), led by the item it is about; any other
 * error is led by the field's name.
 */
function summaryText(error: FieldError, message: string, t: Translate): string {
  if (!error.code.startsWith('missing.')) return `${describePath(error.path, t)}: ${message}`;
  const item = /^([A-Za-z]+)\[(\d+)\]/.exec(error.path);
  return item ? `${t(`fields.${item[1]}`)} ${Number(item[2]) + 1}: ${message}` : message;
}

export interface PageErrors {
  /** Message per field key, for the message under each field (the first when a field has several). */
  byField: Record<string, string>;
  /** The error summary: one line per error, linked to its field. */
  summary: { text: string; href: string }[];
}

export function pageErrors(errors: FieldError[], t: Translate): PageErrors {
  const byField: Record<string, string> = {};
  const summary: PageErrors['summary'] = [];
  for (const error of errors) {
    const key = fieldKeyOf(error.path);
    if (byField[key] !== undefined) continue;
    const message = fieldErrorText(t, error);
    byField[key] = message;
    summary.push({ text: summaryText(error, message, t), href: `#${fieldIdOf(key)}` });
  }
  return { byField, summary };
}

/** The errors of an uploaded workbook: one line each, with its sheet and cell, all linked to the file field. */
export function workbookErrors(errors: FieldError[], t: Translate): PageErrors {
  const summary = errors.map((error) => {
    const where = error.cell
      ? t('workbook.sheetCell', { sheet: error.sheet ?? '', cell: error.cell })
      : error.sheet
        ? t('workbook.sheet', { sheet: error.sheet })
        : t('fields.workbook');
    const field = error.path === 'workbook' ? '' : `${describePath(error.path, t)}: `;
    return { text: `${where}: ${field}${fieldErrorText(t, error)}`, href: '#workbook' };
  });
  return { byField: { workbook: t('workbook.refused', { n: errors.length }) }, summary };
}
