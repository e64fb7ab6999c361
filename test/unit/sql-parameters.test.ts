import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/config/paths';

/** Every TypeScript file under src/, except the migrations, whose SQL is fixed text. */
function sources(dir = join(PROJECT_ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('SQL only through parameters', () => {
  it('builds no SQL text from values: no template literal or concatenation into query() or where()', () => {
    const calls =
      /\.(query|where|andWhere|orWhere|having|orderBy|addOrderBy|select|addSelect|groupBy|addGroupBy)\(\s*(`[^`]*\$\{|[^)]*?['"`]\s*\+)/;
    const offending = sources()
      .filter((file) => !file.endsWith('generate-migration.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(PROJECT_ROOT, file)}:${i + 1}` }))
          .filter(({ line }) => calls.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    assert.deepEqual(offending, []);
    assert.ok(sources().length > 50, 'the scan saw the sources');
  });
});
