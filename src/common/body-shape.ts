import type { FieldError } from './domain-error';
import { joinPath } from './text-safety';

/**
 * The largest shape a request body may have. The biggest body the service takes is a full assessment: about 10,000
 * values, lists of at most 100 entries, objects of at most 15 fields, nested 4 deep. These bounds leave room for
 * that and refuse, before any validator runs, bodies built to make validation or its error list expensive.
 */
export const BODY_SHAPE = {
  /** Objects and lists inside one another. */
  maxDepth: 8,
  /** Fields of one object. */
  maxKeys: 50,
  /** Entries of one list. */
  maxItems: 500,
  /** Values of the whole body, every object, list, string, number and boolean counted. */
  maxValues: 25_000,
} as const;

export type BodyShape = { [K in keyof typeof BODY_SHAPE]: number };

/**
 * Where a parsed body first goes beyond the bounds, named by its path (`body` for the whole), or null. The walk is
 * iterative, so that a body nested deeper than the call stack is refused like any other.
 */
export function findOversizedShape(body: unknown, shape: BodyShape = BODY_SHAPE): FieldError | null {
  const stack: [unknown, string, number][] = [[body, '', 0]];
  let values = 0;
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    values += 1;
    if (values > shape.maxValues)
      return { path: 'body', code: 'max_values', params: { max: shape.maxValues } };
    if (node === null || typeof node !== 'object') continue;
    const at = path || 'body';
    if (depth >= shape.maxDepth) return { path: at, code: 'max_depth', params: { max: shape.maxDepth } };
    if (Array.isArray(node)) {
      if (node.length > shape.maxItems)
        return { path: at, code: 'max_items', params: { max: shape.maxItems } };
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push([node[i], joinPath(path, i), depth + 1]);
    } else {
      const keys = Object.keys(node);
      if (keys.length > shape.maxKeys) return { path: at, code: 'max_keys', params: { max: shape.maxKeys } };
      for (let i = keys.length - 1; i >= 0; i -= 1)
        stack.push([(node as Record<string, unknown>)[keys[i]!], joinPath(path, keys[i]!), depth + 1]);
    }
  }
  return null;
}
