import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ADMIN, Api } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, openRound, PASSWORD } from '../support/scenario';
import { startServerProcess } from '../support/server-process';

const run = promisify(execFile);
const BACKUP = join(__dirname, '..', '..', 'src', 'cli', 'backup.js');
const MUNICIPALITIES = ['0760', '0761', '0763', '0764'];

/** Saves drafts over and over, one writer per municipality, and remembers every answer it got. */
function writers(url: string, round: string) {
  const acknowledged = new Map<string, { version: number; summary: string }[]>();
  let stopped = false;
  const done = Promise.all(
    MUNICIPALITIES.map(async (code) => {
      const reporter = await new Api(url).login(`r${code}@k.test`, PASSWORD);
      const path = `/api/rounds/${round}/assessments/${code}`;
      let version = (await reporter.get(path)).body.version as number;
      acknowledged.set(code, []);
      for (let step = 0; !stopped; step += 1) {
        const summary = `${code} save ${step}`;
        const saved = await reporter.put(path, { ...completeDocument(version), summary });
        assert.equal(saved.status, 200, saved.text);
        version = saved.body.version;
        acknowledged.get(code)!.push({ version, summary });
      }
    }),
  );
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

describe(`backup while the server writes, and restore (${onPostgres ? 'PostgreSQL, pg_dump' : 'SQLite, npm run backup'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let round: string;

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-backup-'));
  });

  after(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a backup taken mid-burst with every write acknowledged before it began', async (t) => {
    const server = await startServerProcess(db.url);
    let restoredUrl: string;
    let dropRestored = async () => {};
    const before: Record<string, { version: number; summary: string }> = {};
    try {
      const admin = await new Api(server.url).login(ADMIN.email, ADMIN.password);
      const { coordinator } = await countyTeam(admin, MUNICIPALITIES);
      round = await openRound(coordinator, { countyCode: '07', deadline: '2099-12-31' });
      const burst = writers(server.url, round);
      // The backup starts once every writer has had a few saves acknowledged.
      const deadline = Date.now() + 30_000;
      while (MUNICIPALITIES.some((code) => (burst.acknowledged.get(code)?.length ?? 0) < 3)) {
        assert.ok(Date.now() < deadline, 'the writers got going');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (const [code, list] of burst.acknowledged) before[code] = list[list.length - 1]!;
      const acknowledgedBefore = [...burst.acknowledged.values()].reduce((n, list) => n + list.length, 0);
      if (onPostgres) {
        const name = `${new URL(db.url).pathname.slice(1)}_restored`;
        const dump = join(dir, 'backup.dump');
        await run('pg_dump', ['--format=custom', `--file=${dump}`, db.url]);
        await burst.stop();
        const adminUrl = new URL(db.url);
        adminUrl.pathname = '/postgres';
        const client = new Client({ connectionString: adminUrl.toString() });
        await client.connect();
        await client.query(`CREATE DATABASE ${name}`);
        await client.end();
        const restored = new URL(db.url);
        restored.pathname = `/${name}`;
        restoredUrl = restored.toString();
        await run('pg_restore', ['--no-owner', `--dbname=${restoredUrl}`, dump]);
        dropRestored = async () => {
          const c = new Client({ connectionString: adminUrl.toString() });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        };
      } else {
        const file = join(dir, 'backup.sqlite');
        const { stdout } = await run(process.execPath, [BACKUP, '--to', file], {
          env: { ...process.env, DATABASE_URL: db.url },
        });
        assert.match(stdout, /"pages":\d+/);
        await burst.stop();
        await assert.rejects(
          run(process.execPath, [BACKUP, '--to', file], { env: { ...process.env, DATABASE_URL: db.url } }),
          /exists already/,
          'a backup never overwrites a file',
        );
        restoredUrl = `sqlite:${file}`;
      }
      const during = [...burst.acknowledged.values()].reduce((n, list) => n + list.length, 0);
      t.diagnostic(
        `${acknowledgedBefore} saves acknowledged before the backup began, ${during} by the time the writers stopped`,
      );
    } finally {
      await server.stop();
    }

    const restored = await startServerProcess(restoredUrl);
    try {
      const admin = await new Api(restored.url).login(ADMIN.email, ADMIN.password);
      for (const code of MUNICIPALITIES) {
        const stored = (await admin.get(`/api/rounds/${round}/assessments/${code}`)).body;
        const last = before[code]!;
        assert.ok(stored.version >= last.version, `${code}: ${stored.version} < ${last.version}`);
        if (stored.version === last.version) assert.equal(stored.summary, last.summary);
        assert.match(stored.summary, new RegExp(`^${code} save \\d+$`), 'a whole document, not a torn one');
      }
    } finally {
      await restored.stop();
      await dropRestored();
    }
  });
});
