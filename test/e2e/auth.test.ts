import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';

describe(`signing in (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  const anonymous = () => new Api(running.url);

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT: '12' } });
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

  it('answers 429 after repeated failures, even to the right password, until the window has passed', async () => {
    for (let i = 0; i < 3; i += 1) {
      assert.equal(
        (await anonymous().post('/api/auth/login', { email: ADMIN.email, password: `wrong-${i}-password` }))
          .status,
        401,
      );
    }
    const locked = await anonymous().post('/api/auth/login', {
      email: ADMIN.email,
      password: ADMIN.password,
    });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.code, 'TOO_MANY_ATTEMPTS');
    running.clock.advance(16 * 60_000);
    assert.equal(
      (await anonymous().post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password })).status,
      200,
    );
  });

  it('records every login, failed or not, in the audit log', async () => {
    const rows: { action: string }[] = await running.app
      .get(DataSource)
      .query(`SELECT action FROM audit_event WHERE action LIKE 'login.%' ORDER BY id`);
    assert.deepEqual(
      rows.map((r) => r.action),
      [
        'login.failure',
        'login.failure',
        'login.success',
        'login.failure',
        'login.failure',
        'login.failure',
        'login.locked',
        'login.success',
      ],
    );
  });

  it('limits login requests from one address per minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await anonymous().post('/api/auth/login', { email: 'nobody@x.test', password: 'whatever-it-is' }))
          .status,
      );
    }
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
