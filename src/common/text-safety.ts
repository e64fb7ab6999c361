import type { FieldError } from './domain-error';

/** A half of a surrogate pair without its other half: not text, and it breaks encoders downstream. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Control characters other than tab, line feed and carriage return; PostgreSQL refuses NUL in text outright. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function problemOf(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'innehåller trasiga Unicode-tecken';
  if (CONTROL.test(text)) return 'innehåller otillåtna styrtecken';
  return null;
}

const join = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** The first string (value or key) in an input that is not clean text, with its path; null when all are. */
export function findUnsafeText(value: unknown, path = ''): FieldError | null {
  if (typeof value === 'string') {
    const message = problemOf(value);
    return message ? { path: path || 'body', message } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnsafeText(value[i], join(path, i));
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = problemOf(key);
      if (keyProblem) return { path: path || 'body', message: `har ett fältnamn som ${keyProblem}` };
      const found = findUnsafeText(child, join(path, key));
      if (found) return found;
    }
  }
  return null;
}
