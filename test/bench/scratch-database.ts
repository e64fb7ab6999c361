import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty database of the same kind as `like`, for benchmarks that write: a SQLite file in a temporary folder, or a
 * PostgreSQL database `<name>_<label>` on the same server (made with the same role, dropped afterwards).
 */
export async function scratchDatabase(like: string, label: string): Promise<ScratchDatabase> {
  if (like.startsWith('sqlite:')) {
    const dir = mkdtempSync(join(tmpdir(), `lagesbild-bench-${label}-`));
    return {
      url: `sqlite:${join(dir, `${label}.sqlite`)}`,
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const url = new URL(like);
  const name = `${url.pathname.slice(1)}_${label}`.replace(/[^a-z0-9_]/gi, '_');
  const run = async (sql: string) => {
    const client = new Client({ connectionString: like });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(`CREATE DATABASE ${name}`);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
