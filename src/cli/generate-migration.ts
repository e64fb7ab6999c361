import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { appDataSourceOptions } from '../entities';
import { pendingSchemaChanges } from '../database/schema-diff';

/**
 * Writes a migration for what the entities have that the migrations do not, for SQLite and PostgreSQL at once.
 * Usage: npm run migration:generate -- <Name> <postgres-url-of-an-empty-database>
 */
async function diffFor(url: string) {
  const dataSource = new DataSource(appDataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    return await pendingSchemaChanges(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

const quote = (sql: string) =>
  '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const lines = (queries: string[], indent: string) =>
  queries.map((q) => `${indent}await queryRunner.query(${quote(q)});`).join('\n');

async function main(): Promise<void> {
  const [name, postgresUrl] = process.argv.slice(2);
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !postgresUrl) {
    throw new Error('usage: generate-migration <PascalCaseName> <postgres://… of an empty database>');
  }
  const sqlite = await diffFor('sqlite::memory:');
  const postgres = await diffFor(postgresUrl);
  if (sqlite.up.length === 0 && postgres.up.length === 0) {
    process.stdout.write('The entities and the migrations agree; nothing to generate.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
${lines(postgres.up, '      ')}
    } else {
${lines(sqlite.up, '      ')}
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
${lines([...postgres.down].reverse(), '      ')}
    } else {
${lines([...sqlite.down].reverse(), '      ')}
    }
  }
}
`;
  const file = join(__dirname, '..', '..', '..', 'src', 'database', 'migrations', `${timestamp}-${name}.ts`);
  writeFileSync(file, body);
  process.stdout.write(`Wrote ${file}; add ${className} to src/database/migrations/index.ts\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
