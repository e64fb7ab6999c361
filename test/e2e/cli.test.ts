import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Api, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'src', 'cli', 'main.js');

describe(`command line (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  const cli = (args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'error' },
    });

  before(async () => {
    db = await createTestDatabase();
  });

  after(async () => {
    await db.drop();
  });

  it('creates a user who can then sign in', async () => {
    const { stdout } = await cli([
      'create-user',
      '--email',
      'Ny.Analytiker@lst.test',
      '--name',
      'Ny Analytiker',
      '--password',
      'a-good-long-password',
      '--role',
      'analyst',
      '--county',
      '07',
    ]);
    const created = JSON.parse(stdout) as { email: string; role: string; countyCode: string };
    assert.deepEqual(
      [created.email, created.role, created.countyCode],
      ['ny.analytiker@lst.test', 'analyst', '07'],
    );
    const running = await startApp(db.url);
    try {
      const api = await new Api(running.url).login('ny.analytiker@lst.test', 'a-good-long-password');
      assert.equal((await api.get('/api/rounds')).status, 200);
    } finally {
      await running.close();
    }
  });

  it('fails with the field named when an argument is wrong', async () => {
    await assert.rejects(
      cli([
        'create-user',
        '--email',
        'x@lst.test',
        '--name',
        'X',
        '--password',
        'a-good-long-password',
        '--role',
        'reporter',
      ]),
      (error: { code: number; stderr: string }) => error.code === 1 && /municipalityCode/.test(error.stderr),
    );
  });
});
