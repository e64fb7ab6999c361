import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { backupSqlite } from '../database/backup/sqlite-backup';
import { parseDatabaseUrl } from '../database/data-source-options';

const USAGE = `Usage: npm run backup -- [--to <file>]
Copies the SQLite database of DATABASE_URL while the server runs, to ./backups/lagesbild-<time>.sqlite unless told.
For PostgreSQL use pg_dump (see the README).`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const target = parseDatabaseUrl(loadConfig().DATABASE_URL);
  if (target.kind === 'postgres') {
    process.stderr.write(`DATABASE_URL is PostgreSQL: back it up with pg_dump.\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const result = await backupSqlite(target.file, values.to ?? `./backups/lagesbild-${stamp}.sqlite`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
