import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index';

export const DEFAULT_SQLITE_FILE = './data/lagesbild.sqlite';

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Unset means the embedded SQLite file; `sqlite:<path>` another file (`sqlite::memory:` in memory). */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  if (!url) return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', file: url.slice('sqlite:'.length) };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  throw new Error('DATABASE_URL must be sqlite:<path> or postgres://…');
}

/** The tables the entities describe; the composition root names them (`src/entities.ts`). */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

export function dataSourceOptions(url: string | undefined, entities: EntityList): DataSourceOptions {
  const target = parseDatabaseUrl(url);
  const common = {
    entities,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (target.kind === 'postgres') {
    return { ...common, type: 'postgres', url: target.url, extra: { max: 10 } };
  }
  const inMemory = target.file === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(target.file)), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: target.file,
    // WAL lets readers work while one writer commits; synchronous=FULL makes every acknowledged commit durable.
    enableWAL: !inMemory,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('synchronous = FULL');
    },
  };
}
