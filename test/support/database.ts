import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** Which database the database-facing tests run on: SQLite unless TEST_DATABASE=postgres. */
export const onPostgres = process.env.TEST_DATABASE === 'postgres';
const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://lagesbild:lagesbild@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database of its own for one test file: a SQLite file in a temporary folder, or a PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!onPostgres) {
    const dir = mkdtempSync(join(tmpdir(), 'lagesbild-test-'));
    return {
      url: `sqlite:${join(dir, 'test.sqlite')}`,
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `lagesbild_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        // An autovacuum worker on the database is a backend the test's role may not end: wait for it and try again.
        for (let attempt = 1; ; attempt += 1) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '42501' || attempt === 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

/** Every row of the tables a refused request must leave alone, to compare before and after. */
export async function tableSnapshot(dataSource: import('typeorm').DataSource): Promise<string> {
  const tables = [
    'assessment',
    'assessment_event',
    'assessment_submission',
    'round',
    'app_user',
    'narrative',
  ];
  const rows = await Promise.all(tables.map((t) => dataSource.query(`SELECT * FROM "${t}" ORDER BY 1`)));
  return JSON.stringify(rows);
}

/** Undoes the migrations that ran after `name`, and `name` itself, the latest first; returns their names, oldest first. */
export async function undoMigrationsTo(
  dataSource: import('typeorm').DataSource,
  name: string,
): Promise<string[]> {
  const undone: string[] = [];
  while (!undone.includes(name)) {
    const rows = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM migrations ORDER BY id DESC LIMIT 1`,
    );
    if (rows.length === 0) throw new Error(`${name} has not run`);
    await dataSource.undoLastMigration();
    undone.unshift(rows[0]!.name);
  }
  return undone;
}
