import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITIES, DEMO_PASSWORD } from '../../src/demo/demo-content';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { freePort } from '../support/server-process';

const DEMO = join(__dirname, '..', '..', 'src', 'demo', 'main.js');

describe(`the demo command (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let demo: ChildProcess;
  let url: string;

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-demo-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    demo = spawn(process.execPath, [DEMO], {
      env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), REPORTS_DIR: join(dir, 'reports') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Lägesbild demo: open')) resolve();
      };
      demo.stdout?.on('data', onData);
      demo.stderr?.on('data', onData);
      demo.once('exit', (code) => reject(new Error(`the demo exited with ${code}:\n${output}`)));
    });
  });

  after(async () => {
    if (demo.exitCode === null) {
      const exited = new Promise((resolve) => demo.once('exit', resolve));
      demo.kill('SIGTERM');
      await exited;
    }
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lands a newcomer on the sign-in page, which lists the demo accounts that work', async () => {
    const home = await request(url).get('/');
    assert.equal(home.status, 303);
    assert.equal(home.headers.location, '/sign-in');
    const page = await request(url).get('/sign-in');
    assert.equal(page.status, 200);
    assert.match(page.text, /<h2 class="govuk-heading-m">Demokonton<\/h2>/);
    for (const email of [
      DEMO_ACCOUNTS.coordinator.email,
      DEMO_ACCOUNTS.analyst.email,
      ...DEMO_MUNICIPALITIES.map((m) => DEMO_ACCOUNTS.reporter(m.slug)),
    ]) {
      assert.ok(page.text.includes(email), email);
    }
    assert.ok(page.text.includes(DEMO_PASSWORD));
    const login = await request(url)
      .post('/api/auth/login')
      .send({ email: DEMO_ACCOUNTS.analyst.email, password: DEMO_PASSWORD });
    assert.equal(login.status, 200);
  });
});
