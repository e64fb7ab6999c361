import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';

describe(`signing in (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  const anonymous = () => new Api(running.url);

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, {
      env: { LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT: '12', TRUST_PROXY: 'loopback' },
    });
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('creates the first admin from the environment, with an argon2id hash', async () => {
    const rows: { password_hash: string; role: string }[] = await running.app
      .get(DataSource)
      .query(`SELECT password_hash, role FROM app_user`);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.role, 'admin');
    assert.match(rows[0]?.password_hash ?? '', /^\$argon2id\$/);
  });

  it('answers 401 to a wrong password or an unknown e-mail, alike', async () => {
    const wrong = await anonymous().post('/api/auth/login', {
      email: ADMIN.email,
      password: 'not-the-password',
    });
    const unknown = await anonymous().post('/api/auth/login', {
      email: 'nobody@x.test',
      password: 'whatever-it-is',
    });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.equal(wrong.body.message, unknown.body.message);
    assert.equal(wrong.body.accessToken, undefined);
  });

  it('gives a token that opens the API', async () => {
    const ok = await anonymous().post('/api/auth/login', {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
    });
    assert.equal(ok.status, 200);
    assert.equal(typeof ok.body.accessToken, 'string');
    const me = await new Api(running.url, ok.body.accessToken).get('/api/auth/me');
    assert.equal(me.body.email, ADMIN.email);
  });

  /** A login from the given source address (the test's proxy says so in X-Forwarded-For). */
  const loginFrom = (address: string, email: string, password: string) =>
    request(running.url).post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });
  const comparable = (response: request.Response) => ({
    status: response.status,
    body: response.body as unknown,
    retryAfter: response.headers['retry-after'],
    headers: Object.keys(response.headers)
      .filter((h) => h !== 'date' && h !== 'etag' && h !== 'content-length')
      .sort(),
  });

  it('makes repeated failures wait, alike for a known and an unknown account, without holding up the real user', async () => {
    const known: ReturnType<typeof comparable>[] = [];
    const unknown: ReturnType<typeof comparable>[] = [];
    for (let i = 0; i < 5; i += 1) {
      known.push(comparable(await loginFrom('203.0.113.7', ADMIN.email, `wrong-${i}-password`)));
      unknown.push(comparable(await loginFrom('203.0.113.8', 'nobody@x.test', `wrong-${i}-password`)));
    }
    assert.deepEqual(
      known.map((r) => r.status),
      [401, 401, 401, 429, 429],
    );
    assert.deepEqual(known, unknown);
    assert.equal(known[3]?.retryAfter, '15');
    const blocked = await loginFrom('203.0.113.7', ADMIN.email, ADMIN.password);
    assert.equal(blocked.status, 429, 'while it waits, even the right password is not tried');
    assert.equal(blocked.body.code, 'TOO_MANY_ATTEMPTS');
    const elsewhere = await loginFrom('198.51.100.2', ADMIN.email, ADMIN.password);
    assert.equal(elsewhere.status, 200, 'the real user signs in from another address');
    running.clock.advance(16_000);
    assert.equal((await loginFrom('203.0.113.7', ADMIN.email, 'still-wrong-password')).status, 401);
    const longer = await loginFrom('203.0.113.7', ADMIN.email, ADMIN.password);
    assert.equal(longer.headers['retry-after'], '30', 'each failure past the free ones doubles the wait');
    running.clock.advance(31_000);
    assert.equal((await loginFrom('203.0.113.7', ADMIN.email, ADMIN.password)).status, 200);
    assert.equal((await loginFrom('203.0.113.7', ADMIN.email, 'wrong-again-password')).status, 401);
    assert.equal(
      (await loginFrom('203.0.113.7', ADMIN.email, ADMIN.password)).status,
      200,
      'a success starts the count over',
    );
  });

  it('records every login attempt in the audit log, with why it failed', async () => {
    const rows: { action: string; subject_id: string | null; detail: string | null }[] = await running.app
      .get(DataSource)
      .query(`SELECT action, subject_id, detail FROM audit_event WHERE action LIKE 'login.%' ORDER BY id`);
    assert.equal(rows.length, 20, 'one entry per attempt');
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    assert.deepEqual(['login.failure', 'login.throttled', 'login.success'].map(count), [10, 6, 4]);
    const unknown = rows.filter((r) => r.subject_id === null);
    assert.ok(unknown.length > 0);
    assert.ok(unknown.every((r) => r.action !== 'login.success'));
    assert.ok(
      rows
        .filter((r) => r.action === 'login.failure' && r.subject_id === null)
        .every((r) => /unknown_email/.test(r.detail ?? '')),
    );
  });

  it('limits login requests from one address per minute', async () => {
    const statuses: number[] = [];
    const codes = new Set<string>();
    for (let i = 0; i < 14; i += 1) {
      const response = await loginFrom('192.0.2.50', `nobody-${i}@x.test`, 'whatever-it-is');
      statuses.push(response.status);
      if (response.status === 429) codes.add(response.body.code);
    }
    assert.deepEqual([...codes], ['TOO_MANY_REQUESTS'], 'the limit of the address, not of an account');
    assert.ok(statuses.includes(429), `statuses were ${statuses.join(',')}`);
    const first = statuses.indexOf(429);
    assert.ok(
      statuses.slice(first).every((s) => s === 429),
      'once limited, every later request is limited',
    );
  });

  it('serves health and the OpenAPI description without signing in', async () => {
    const health = await anonymous().get('/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.info.database.status, 'up');
    const spec = await anonymous().get('/api/docs-json');
    assert.equal(spec.status, 200);
    assert.ok(spec.body.paths['/api/rounds/{roundId}/assessments/{municipalityCode}'].put);
    const documentSchema = spec.body.components.schemas.AssessmentDocumentDto;
    assert.ok(documentSchema.properties.observedRisks);
    assert.deepEqual(documentSchema.required, ['version']);
  });
});
