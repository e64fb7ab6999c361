import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BODY_SHAPE } from '../../src/common/body-shape';
import { MAX_FIELD_ERRORS } from '../../src/common/domain-error';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, tableSnapshot, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { csrfOf, signInOnPage } from '../support/page-session';
import { probingHealth } from '../support/probe';
import { countyTeam, openRound } from '../support/scenario';

/** `{"k0":0,"k1":1,…}` with `keys` keys, as raw JSON text. */
const wideObject = (keys: number) => `{${Array.from({ length: keys }, (_, i) => `"k${i}":0`).join(',')}}`;
/** `{"a":{"a":…}}` nested `depth` deep, as raw JSON text (JSON.stringify would itself overflow the stack). */
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

interface ErrorBody {
  statusCode: number;
  code: string;
  errors?: { path: string; message: string }[];
  moreErrors?: number;
}

describe(`hostile JSON: bounded before validation, on every JSON route (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let reporter: Api;
  let roundId: string;
  const snapshot = () => tableSnapshot(running.app.get(DataSource));

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { LOGIN_RATE_LIMIT: '1000' } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin);
    reporter = team.reporters['0780']!;
    roundId = await openRound(team.coordinator, { countyCode: '07' });
    assert.equal(
      (await reporter.put(`/api/rounds/${roundId}/assessments/0780`, completeDocument(0))).status,
      200,
    );
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('refuses a login body of 80,000 keys at once with 400 naming the body, while health keeps answering', async (t) => {
    const body = wideObject(80_000);
    assert.ok(body.length > 800_000 && body.length < 1024 * 1024, 'under the body limit');
    const before = await snapshot();
    const probe = await probingHealth(running.url, () =>
      Promise.all(
        Array.from({ length: 20 }, () =>
          request(running.url).post('/api/auth/login').type('json').send(body),
        ),
      ),
    );
    for (const response of probe.result) {
      assert.equal(response.status, 400);
      const error = response.body as ErrorBody;
      assert.deepEqual(error.errors, [
        {
          path: 'body',
          code: 'max_keys',
          params: { max: BODY_SHAPE.maxKeys },
          message: `får ha högst ${BODY_SHAPE.maxKeys} fält`,
        },
      ]);
      assert.ok(response.text.length < 1000, `a short answer, not ${response.text.length} characters`);
    }
    assert.ok(probe.slowestMs < 1000, `health answered within ${Math.round(probe.slowestMs)} ms`);
    t.diagnostic(`20 logins of 80,000 keys at once: health within ${Math.round(probe.slowestMs)} ms`);
    assert.equal(probe.failed, 0);
    assert.equal(await snapshot(), before, 'nothing was written, not even a failed login');
  });

  it('answers JSON nested 10,000 deep with 400 on every JSON route, signed in or not, never 500', async () => {
    const express = running.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    const routes = express.router.stack
      .filter((layer) => layer.route && layer.route.path.startsWith('/api/'))
      .flatMap((layer) =>
        Object.keys(layer.route!.methods)
          .filter((m) => ['post', 'put', 'patch'].includes(m))
          .map((method) => ({ method, path: layer.route!.path.replace(/:[A-Za-z]+/g, roundId) })),
      );
    assert.ok(routes.length >= 15, `${routes.length} routes take a body`);
    const body = deepObject(10_000);
    const before = await snapshot();
    for (const { method, path } of routes) {
      for (const token of [undefined, reporter.token]) {
        const test = method === 'post' ? request(running.url).post(path) : request(running.url).put(path);
        if (token) void test.set('Authorization', `Bearer ${token}`);
        const response = await test.type('json').send(body);
        assert.equal(
          response.status,
          400,
          `${method} ${path}: ${response.status} ${response.text.slice(0, 200)}`,
        );
        const error = response.body as ErrorBody;
        assert.equal(
          error.errors?.[0]?.message,
          `får vara nästlad högst ${BODY_SHAPE.maxDepth} nivåer djupt`,
        );
        assert.match(error.errors?.[0]?.path ?? '', /^a(\.a)*$/);
      }
    }
    assert.equal(await snapshot(), before);
  });

  it('lists at most 100 field errors and counts the rest', async () => {
    const version = (
      (await reporter.get(`/api/rounds/${roundId}/assessments/0780`)).body as { version: number }
    ).version;
    const risks = Array.from({ length: 50 }, (_, i) => ({
      id: `r${i}`,
      area: 'no-such-area',
      level: 'no-such-level',
      trend: 'no-such-trend',
      extent: 'no-such-extent',
      eventLink: 'no-such-link',
    }));
    const before = await snapshot();
    const response = await reporter.put(`/api/rounds/${roundId}/assessments/0780`, {
      ...completeDocument(version),
      observedRisks: risks,
      measuresTaken: [],
      plannedMeasures: [],
    });
    assert.equal(response.status, 400);
    const error = response.body as ErrorBody;
    assert.equal(error.errors?.length, MAX_FIELD_ERRORS);
    assert.equal(error.moreErrors, 250 - MAX_FIELD_ERRORS);
    assert.equal(await snapshot(), before);
  });

  it('refuses a page form post of more fields than a form has with a clear 413, and changes nothing', async () => {
    const { agent } = await signInOnPage(running.url, 'r0780@k.test');
    const page = await agent.get(`/rounds/${roundId}/assessments/0780`);
    const fields = new URLSearchParams([['_csrf', csrfOf(page.text)]]);
    for (let i = 0; i < 6000; i += 1) fields.append(`observedRisks[${i % 999}].title`, 'x');
    const before = await snapshot();
    const probe = await probingHealth(running.url, () =>
      agent.post(`/rounds/${roundId}/assessments/0780`).type('form').send(fields.toString()),
    );
    assert.equal(probe.result.status, 413);
    assert.match(probe.result.text, /för många fält/);
    assert.ok(probe.slowestMs < 1000);
    assert.equal(await snapshot(), before);
  });
});
