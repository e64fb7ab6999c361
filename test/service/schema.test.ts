import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { appDataSourceOptions } from '../../src/entities';
import { MIGRATIONS } from '../../src/database/migrations/index';
import { pendingSchemaChanges } from '../../src/database/schema-diff';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';

describe(`schema on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  before(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(appDataSourceOptions(db.url));
    await dataSource.initialize();
  });

  after(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('is exactly what the entities describe once the migrations have run', async () => {
    const ran = await dataSource.runMigrations();
    assert.equal(ran.length, MIGRATIONS.length);
    const pending = await pendingSchemaChanges(dataSource);
    assert.deepEqual(pending.up, [], `entities and migrations disagree:\n${pending.up.join('\n')}`);
  });

  it('refuses to change or remove history rows', async () => {
    await dataSource.query(
      `INSERT INTO audit_event (at, actor_id, action) VALUES ('2026-01-01T00:00:00.000Z', NULL, 'test.entry')`,
    );
    await assert.rejects(dataSource.query(`UPDATE audit_event SET action = 'changed'`), /append-only/);
    await assert.rejects(dataSource.query(`DELETE FROM audit_event`), /append-only/);
    const rows: { action: string }[] = await dataSource.query(`SELECT action FROM audit_event`);
    assert.deepEqual(
      rows.map((r) => r.action),
      ['test.entry'],
    );
  });

  it('can be migrated all the way down and up again', async () => {
    // Newest first; once the history guard is gone, the test row can go too, before its table does.
    for (const migration of [...MIGRATIONS].reverse()) {
      await dataSource.undoLastMigration();
      if (migration.name.startsWith('AppendOnlyHistory')) await dataSource.query(`DELETE FROM audit_event`);
    }
    const tables: unknown[] = await dataSource.query(
      onPostgres
        ? `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`
        : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')`,
    );
    assert.deepEqual(tables, []);
    await dataSource.runMigrations();
    assert.deepEqual((await pendingSchemaChanges(dataSource)).up, []);
  });
});
