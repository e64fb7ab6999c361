import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { signInOnPage } from '../support/page-session';
import { completeDocument } from '../support/documents';
import { countyTeam, createUser, openRound } from '../support/scenario';

describe(`the audit log (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let running: RunningApp;
  let admin: Api;
  let coordinator: Api;

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-audit-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin);
    coordinator = team.coordinator;
    const analyst = team.analyst;
    const reporter = team.reporters['0780']!;
    await createUser(admin, { email: 'c12@lst.test', name: 'C12', role: 'coordinator', countyCode: '12' });
    const failed = await request(running.url)
      .post('/api/auth/login')
      .send({ email: 'r0780@k.test', password: 'wrong' });
    assert.equal(failed.status, 401);
    const round = await openRound(coordinator, { countyCode: '07' });
    const base = `/api/rounds/${round}/assessments/0780`;
    assert.equal((await reporter.put(base, completeDocument(0))).status, 200);
    assert.equal((await reporter.post(`${base}/submit`)).status, 200);
    assert.equal((await analyst.post(`${base}/return`, { comment: 'Mer' })).status, 200);
    assert.equal((await reporter.put(base, completeDocument(3))).status, 200);
    assert.equal((await reporter.post(`${base}/submit`)).status, 200);
    assert.equal((await analyst.post(`${base}/approve`)).status, 200);
    assert.equal(
      (await analyst.put(`/api/rounds/${round}/narratives/summary`, { text: 'Text' })).status,
      200,
    );
    const report = await coordinator.post(`/api/rounds/${round}/reports`, {
      format: 'xlsx',
      acknowledgeIncomplete: true,
    });
    assert.equal(report.status, 201);
    assert.equal((await coordinator.download(`/api/reports/${report.body.id}/download`)).status, 200);
    assert.equal((await coordinator.post(`/api/rounds/${round}/close`)).status, 200);
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives the county's coordinator every login, change, export and new user of the county, newest first", async () => {
    const response = await coordinator.get('/api/audit');
    assert.equal(response.status, 200);
    const events = response.body as {
      id: number;
      action: string;
      countyCode: string;
      actor: { email: string } | null;
    }[];
    assert.ok(
      events.every((e) => e.countyCode === '07'),
      'only the county',
    );
    assert.deepEqual(
      events.map((e) => e.id),
      [...events.map((e) => e.id)].sort((a, b) => b - a),
    );
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      'login.success',
      'login.failure',
      'user.create',
      'round.create',
      'round.open',
      'assessment.save',
      'assessment.submit',
      'assessment.return',
      'assessment.approve',
      'narrative.save',
      'report.create',
      'report.download',
      'round.close',
    ]) {
      assert.ok(actions.has(action), action);
    }
    assert.ok(events.some((e) => e.action === 'assessment.approve' && e.actor?.email === 'a@lst.test'));
  });

  it('gives admins the whole log or one county, page by page', async () => {
    const all = (await admin.get('/api/audit?limit=500')).body as { id: number; countyCode: string | null }[];
    assert.ok(all.some((e) => e.countyCode === '12'));
    assert.ok(
      all.some((e) => e.countyCode === null),
      'entries of no county, such as an admin signing in',
    );
    const first = (await admin.get('/api/audit?county=07&limit=5')).body as { id: number }[];
    assert.equal(first.length, 5);
    const next = (await admin.get(`/api/audit?county=07&limit=5&before=${first[4]!.id}`)).body as {
      id: number;
    }[];
    assert.ok(next.every((e) => e.id < first[4]!.id));
    assert.equal((await admin.get('/api/audit?limit=0')).status, 400);
    assert.equal((await admin.get('/api/audit?county=7')).status, 400);
  });

  it('has no route that changes or removes an entry', async () => {
    for (const method of ['put', 'patch', 'delete'] as const) {
      const client = request(running.url);
      const response = await client[method]('/api/audit').set('Authorization', `Bearer ${admin.token}`);
      assert.equal(response.status, 404, method);
    }
    const one = (await admin.get('/api/audit?limit=1')).body[0] as { id: number };
    const single = await request(running.url)
      .delete(`/api/audit/${one.id}`)
      .set('Authorization', `Bearer ${admin.token}`);
    assert.equal(single.status, 404);
  });

  it('records page sign-ins like API logins', async () => {
    const latest = await coordinator.get('/api/audit?limit=1');
    const before = latest.body[0].id as number;
    await signInOnPage(running.url, 'r0780@k.test');
    const newer = (await coordinator.get('/api/audit?limit=5')).body as { id: number; action: string }[];
    assert.ok(newer.some((e) => e.id > before && e.action === 'login.success'));
  });
});
