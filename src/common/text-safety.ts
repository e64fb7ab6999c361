import type { FieldError } from './domain-error';
import type { FieldErrorCode } from './messages';

/** A half of a surrogate pair without its other half: not text, and it breaks encoders downstream. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Control characters other than tab, line feed and carriage return; PostgreSQL refuses NUL in text outright. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function problemOf(text: string): 'broken_unicode' | 'control_characters' | null {
  if (LONE_SURROGATE.test(text)) return 'broken_unicode';
  if (CONTROL.test(text)) return 'control_characters';
  return null;
}

const KEY_PROBLEMS: Record<NonNullable<ReturnType<typeof problemOf>>, FieldErrorCode> = {
  broken_unicode: 'key_broken_unicode',
  control_characters: 'key_control_characters',
};

/** The path of a child: `parent[2]` for a list entry, `parent.key` for a field. */
export const joinPath = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * The first string (value or key) in an input that is not clean text, with its path; null when all are. The walk
 * keeps its own stack, so that no nesting depth can exhaust the call stack.
 */
export function findUnsafeText(value: unknown, path = ''): FieldError | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (typeof node === 'string') {
      const problem = problemOf(node);
      if (problem) return { path: at || 'body', code: problem };
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push([node[i], joinPath(at, i)]);
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      for (const key of keys) {
        const keyProblem = problemOf(key);
        if (keyProblem) return { path: at || 'body', code: KEY_PROBLEMS[keyProblem] };
      }
      for (let i = keys.length - 1; i >= 0; i -= 1)
        stack.push([(node as Record<string, unknown>)[keys[i]!], joinPath(at, keys[i]!)]);
    }
  }
  return null;
}
