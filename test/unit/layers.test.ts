import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';

const SRC = join(__dirname, '..', '..', '..', 'src');

/** The house from the ground up: a part imports only parts of lower layers, never one beside or above it. */
const LAYERS: string[][] = [
  ['config', 'taxonomy', 'types'],
  ['common', 'access'],
  ['database'],
  ['audit', 'geography', 'jobs', 'health', 'mail'],
  ['users', 'rounds', 'organisations'],
  ['auth', 'audit-log', 'assessments'],
  ['trends', 'account', 'forums', 'risk-register'],
  ['reminders', 'county-picture'],
  ['reports'],
  ['collections', 'archive', 'assessment-workbook'],
  ['web'],
  ['entities'],
  ['app.module'],
  ['app.factory', 'cli'],
  ['demo', 'main'],
];

const layerOf = new Map(LAYERS.flatMap((parts, i) => parts.map((part) => [part, i] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `web/rounds/x.ts` → `web`; `app.module.ts` → `app.module`. */
const partOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!.replace(/\.ts$/, '');

function importsOf(file: string): { part: string; spec: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => ({
    spec: m[1]!,
    part: partOf(normalize(join(dirname(file), m[1]!))),
  }));
}

describe('layers', () => {
  const files = sources(SRC);

  it('places every part of src in a layer', () => {
    const parts = new Set(files.map(partOf));
    assert.deepEqual([...parts].filter((p) => !layerOf.has(p)).sort(), []);
  });

  it('lets a part import only parts of lower layers', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = partOf(file);
      for (const { part, spec } of importsOf(file)) {
        if (part === from) continue;
        if ((layerOf.get(part) ?? Infinity) >= layerOf.get(from)!) {
          upward.push(`${relative(SRC, file)} imports ${spec}`);
        }
      }
    }
    assert.deepEqual(upward, []);
  });
});
