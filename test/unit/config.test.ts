import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { AppConfig, ConfigError, loadConfig } from '../../src/config/app-config';
import { PROJECT_ROOT } from '../../src/config/paths';
import { dataSourceOptions, parseDatabaseUrl } from '../../src/database/data-source-options';

describe('configuration', () => {
  it('defaults to port 3000 on 127.0.0.1 and the embedded SQLite file', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 3000);
    assert.equal(config.HOST, '127.0.0.1');
    assert.deepEqual(parseDatabaseUrl(config.DATABASE_URL), {
      kind: 'sqlite',
      file: './data/lagesbild.sqlite',
    });
  });

  it('reads numbers and database URLs from the environment', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/lagesbild' });
    assert.equal(config.PORT, 8080);
    assert.deepEqual(parseDatabaseUrl(config.DATABASE_URL), {
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/lagesbild',
    });
    assert.deepEqual(parseDatabaseUrl('sqlite:/tmp/x.sqlite'), { kind: 'sqlite', file: '/tmp/x.sqlite' });
  });

  it('names every invalid variable at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', ADMIN_PASSWORD: 'short' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /PORT/.test(error.message) &&
        /DATABASE_URL/.test(error.message) &&
        /ADMIN_PASSWORD/.test(error.message),
    );
  });

  it('names in .env.example exactly the variables the configuration validates, each with its default', () => {
    const example = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8');
    const named = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
    const validated = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(AppConfig, '', true, false)
        .map((m) => m.propertyName),
    );
    assert.deepEqual(named.map(([name]) => name).sort(), [...validated].sort());
    const defaults = loadConfig({}) as unknown as Record<string, string | number | undefined>;
    for (const [name, value] of named) {
      const fallback = defaults[name];
      assert.equal(value, fallback === undefined ? '' : String(fallback), `${name} shows its default`);
    }
  });

  it('never lets the schema be synchronised from the entities', () => {
    assert.equal(dataSourceOptions('sqlite::memory:', []).synchronize, false);
    assert.equal(dataSourceOptions('postgres://u:p@h/d', []).synchronize, false);
  });
});
