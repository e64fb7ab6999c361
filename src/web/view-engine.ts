import type { NestExpressApplication } from '@nestjs/platform-express';
import * as nunjucks from 'nunjucks';
import { join } from 'node:path';
import { GOVUK_FRONTEND_DIR, TEMPLATES_DIR } from '../config/paths';
import type { FieldError } from '../common/domain-error';
import { fieldIdOf, fieldKeyOf, pageErrors } from './forms/field-paths';
import { fieldErrorText, type Translate } from '../common/i18n';

interface Choice {
  code: string;
  label: Record<string, string>;
}

/** A taxonomy list as govuk-frontend radio or checkbox items, in the page's language. */
function choices(items: Choice[], selected: unknown, lang: string) {
  const chosen = Array.isArray(selected) ? (selected as unknown[]) : [selected];
  return items.map((item) => ({
    value: item.code,
    text: item.label[lang] ?? item.code,
    checked: chosen.includes(item.code),
  }));
}

/** An RSA scale's label with its level, as a risk matrix numbers it: "3 – Allvarliga konsekvenser". */
function scaleLabel(items: Choice[], code: unknown, lang: string): string {
  const at = items.findIndex((item) => item.code === code);
  return at < 0 ? '' : `${at + 1} – ${items[at]!.label[lang] ?? items[at]!.code}`;
}

/** An RSA scale as radio items numbered by level. */
function scaleChoices(items: Choice[], selected: unknown, lang: string) {
  return choices(items, selected, lang).map((choice, i) => ({
    ...choice,
    text: scaleLabel(items, items[i]!.code, lang),
  }));
}

/** The same list for a select, led by an empty choice. */
function selectChoices(items: Choice[], selected: unknown, lang: string, emptyText: string) {
  return [
    { value: '', text: emptyText, selected: !selected },
    ...items.map((item) => ({
      value: item.code,
      text: item.label[lang] ?? item.code,
      selected: item.code === selected,
    })),
  ];
}

/** The document's saved risks as checkboxes for linking a measure to them. */
function riskChoices(
  risks: { id?: string; title?: string }[] | undefined,
  selected: unknown,
  fallback: string,
) {
  const chosen = Array.isArray(selected) ? (selected as unknown[]) : [];
  return (risks ?? [])
    .map((risk, i) => ({ risk, n: i + 1 }))
    .filter(({ risk }) => !!risk.id)
    .map(({ risk, n }) => ({
      value: risk.id,
      text: risk.title ? risk.title : `${fallback} ${n}`,
      checked: chosen.includes(risk.id),
    }));
}

function codeLabel(items: Choice[], code: unknown, lang: string): string {
  if (typeof code !== 'string' || code === '') return '';
  return items.find((item) => item.code === code)?.label[lang] ?? code;
}

/** Nunjucks with autoescape over templates/web and govuk-frontend's component macros. */
export function configureViews(app: NestExpressApplication): void {
  const env = nunjucks.configure([join(TEMPLATES_DIR, 'web'), GOVUK_FRONTEND_DIR], {
    autoescape: true,
    throwOnUndefined: false,
    express: app.getHttpAdapter().getInstance(),
  });
  env.addFilter('fieldId', fieldIdOf);
  env.addGlobal('choices', choices);
  env.addGlobal('selectChoices', selectChoices);
  env.addGlobal('riskChoices', riskChoices);
  env.addGlobal('codeLabel', codeLabel);
  env.addGlobal('scaleChoices', scaleChoices);
  env.addGlobal('kindChoices', (kinds: readonly string[], selected: unknown, t: Translate) =>
    kinds.map((kind) => ({ value: kind, text: t(`organisationKinds.${kind}`), checked: kind === selected })),
  );
  env.addGlobal('scaleLabel', scaleLabel);
  env.addGlobal('riskTitles', (risks: { id: string; title: string }[], ids: string[]) =>
    ids.map((id) => risks.find((r) => r.id === id)?.title || id).join(', '),
  );
  env.addGlobal(
    'plannedById',
    (followUps: { measure: { id: string } }[], id: string) =>
      followUps.find((f) => f.measure.id === id)?.measure,
  );
  env.addGlobal('followUpFor', (list: { plannedMeasureId?: string }[] | undefined, id: string) =>
    (list ?? []).find((f) => f.plannedMeasureId === id),
  );
  env.addGlobal('codeLabels', (items: Choice[], codes: unknown, lang: string) =>
    (Array.isArray(codes) ? codes : []).map((code) => codeLabel(items, code, lang)).join(', '),
  );
  env.addFilter('fieldErrors', (errors: FieldError[], t: Translate) => pageErrors(errors, t).byField);
  env.addGlobal('errorLinks', (errors: FieldError[], t: Translate, prefix: string) =>
    errors.map((e) => ({
      text: `${t(prefix + fieldKeyOf(e.path))}: ${fieldErrorText(t, e)}`,
      href: `#${fieldIdOf(e.path)}`,
    })),
  );
  app.setViewEngine('njk');
}
