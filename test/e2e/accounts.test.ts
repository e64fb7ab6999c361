import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { signInOnPage } from '../support/page-session';
import { countyTeam, createUser, PASSWORD } from '../support/scenario';

describe(`account lifecycle (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let coordinator: Api;
  const ids: Record<string, string> = {};
  const anonymous = () => new Api(running.url);

  /** Whether a page session still opens a page that needs one. */
  const pageOpens = async (agent: Awaited<ReturnType<typeof signInOnPage>>['agent']) => {
    const response = await agent.get('/rounds');
    return response.status === 200;
  };

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { LOGIN_RATE_LIMIT: '1000' } });
    admin = await anonymous().login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin, ['0780', '0765']);
    coordinator = team.coordinator;
    await countyTeam(admin, ['1280'], '12');
    for (const user of (await admin.get('/api/users')).body as { id: string; email: string }[]) {
      ids[user.email] = user.id;
    }
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('ends a deactivated user’s token and page session on their next request, and refuses their sign-in alike', async () => {
    const reporter = await anonymous().login('r0780@k.test', PASSWORD);
    const page = await signInOnPage(running.url, 'r0780@k.test');
    assert.equal((await reporter.get('/api/auth/me')).status, 200);
    assert.equal(await pageOpens(page.agent), true);

    const off = await coordinator.patch(`/api/users/${ids['r0780@k.test']}`, { active: false });
    assert.equal(off.status, 200, off.text);
    assert.equal(off.body.active, false);

    const after = await reporter.get('/api/auth/me');
    assert.equal(after.status, 401);
    assert.equal(await pageOpens(page.agent), false);
    const deactivated = await anonymous().post('/api/auth/login', {
      email: 'r0780@k.test',
      password: PASSWORD,
    });
    const wrong = await anonymous().post('/api/auth/login', {
      email: 'r0765@k.test',
      password: 'not-the-password',
    });
    assert.equal(deactivated.status, 401);
    assert.deepEqual(deactivated.body, wrong.body);

    const on = await coordinator.patch(`/api/users/${ids['r0780@k.test']}`, { active: true });
    assert.equal(on.body.active, true);
    assert.equal(
      (await anonymous().post('/api/auth/login', { email: 'r0780@k.test', password: PASSWORD })).status,
      200,
    );
  });

  it('makes a change of role take effect at once', async () => {
    const analyst = await anonymous().login('a@lst.test', PASSWORD);
    const roundsBefore = await analyst.get('/api/rounds?county=07');
    assert.equal(roundsBefore.status, 200);
    const moved = await admin.patch(`/api/users/${ids['a@lst.test']}`, {
      role: 'reporter',
      municipalityCode: '0765',
    });
    assert.equal(moved.status, 200, moved.text);
    assert.deepEqual(
      [moved.body.role, moved.body.countyCode, moved.body.municipalityCode],
      ['reporter', '07', '0765'],
    );
    assert.equal((await analyst.get('/api/auth/me')).status, 401, 'the token of the old role is void');
    const asReporter = await anonymous().login('a@lst.test', PASSWORD);
    assert.equal((await asReporter.get('/api/users')).status, 403);
    const back = await admin.patch(`/api/users/${ids['a@lst.test']}`, { role: 'analyst', countyCode: '07' });
    assert.equal(back.status, 200, back.text);
    assert.equal(back.body.municipalityCode, null);
  });

  it('leaves a name change without ending anything', async () => {
    const reporter = await anonymous().login('r0765@k.test', PASSWORD);
    const renamed = await coordinator.patch(`/api/users/${ids['r0765@k.test']}`, { name: '  Rut Lind  ' });
    assert.equal(renamed.body.name, 'Rut Lind');
    assert.equal((await reporter.get('/api/auth/me')).status, 200);
  });

  it('lets a coordinator manage only their own county’s reporters and analysts', async () => {
    const elsewhere = await coordinator.patch(`/api/users/${ids['r1280@k.test']}`, { active: false });
    const unknown = await coordinator.patch('/api/users/00000000-0000-4000-8000-000000000000', {
      active: false,
    });
    assert.equal(elsewhere.status, 404);
    assert.deepEqual(
      elsewhere.body,
      unknown.body,
      'another county’s account answers as one that does not exist',
    );
    assert.equal((await coordinator.patch(`/api/users/${ids[ADMIN.email]}`, { active: false })).status, 404);
    const promote = await coordinator.patch(`/api/users/${ids['a@lst.test']}`, { role: 'coordinator' });
    assert.equal(promote.status, 403);
    const away = await coordinator.patch(`/api/users/${ids['r0765@k.test']}`, { municipalityCode: '1280' });
    assert.equal(away.status, 403, 'a reporter cannot be moved out of the county');
    const own = await coordinator.patch(`/api/users/${ids['c@lst.test']}`, {
      active: false,
      role: 'analyst',
    });
    assert.equal(own.status, 400);
    assert.deepEqual(
      own.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [
        ['role', 'own_account'],
        ['active', 'own_account'],
      ],
    );
  });

  it('names the field of a bad edit and changes nothing', async () => {
    const before = (await admin.get('/api/users')).body;
    const bad = await admin.patch(`/api/users/${ids['r0765@k.test']}`, {
      name: '',
      role: 'reporter',
      municipalityCode: '9999',
      active: 'no',
    });
    assert.equal(bad.status, 400);
    const fields = bad.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(fields, ['active']);
    const unknownPlace = await admin.patch(`/api/users/${ids['r0765@k.test']}`, { municipalityCode: '9999' });
    assert.equal(unknownPlace.status, 400);
    assert.equal(unknownPlace.body.errors[0].path, 'municipalityCode');
    const noCounty = await admin.patch(`/api/users/${ids['r0765@k.test']}`, { role: 'analyst' });
    assert.equal(noCounty.body.errors[0].path, 'countyCode');
    assert.deepEqual((await admin.get('/api/users')).body, before);
  });

  it('signs out everywhere: every token and page session of the account ends', async () => {
    const first = await anonymous().login('r0765@k.test', PASSWORD);
    const second = await anonymous().login('r0765@k.test', PASSWORD);
    const page = await signInOnPage(running.url, 'r0765@k.test');
    assert.equal((await first.post('/api/account/sign-out-everywhere')).status, 204);
    assert.equal((await first.get('/api/auth/me')).status, 401);
    assert.equal((await second.get('/api/auth/me')).status, 401);
    assert.equal(await pageOpens(page.agent), false);
    assert.equal((await coordinator.get('/api/auth/me')).status, 200, 'other accounts are untouched');
  });

  it('changes one’s own password with the current one, ending every earlier token', async () => {
    const reporter = await anonymous().login('r0765@k.test', PASSWORD);
    const wrong = await reporter.post('/api/account/password', {
      currentPassword: 'not-the-password',
      newPassword: 'a-new-long-password',
    });
    assert.equal(wrong.status, 400);
    assert.deepEqual(
      wrong.body.errors.map((e: { path: string }) => e.path),
      ['currentPassword'],
    );
    const weak = await reporter.post('/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    assert.deepEqual(
      weak.body.errors.map((e: { path: string }) => e.path),
      ['newPassword'],
    );
    const changed = await reporter.post('/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'a-new-long-password',
    });
    assert.equal(changed.status, 200, changed.text);
    assert.equal((await reporter.get('/api/auth/me')).status, 401);
    assert.equal((await new Api(running.url, changed.body.accessToken).get('/api/auth/me')).status, 200);
    assert.equal(
      (await anonymous().post('/api/auth/login', { email: 'r0765@k.test', password: PASSWORD })).status,
      401,
    );
    await anonymous().login('r0765@k.test', 'a-new-long-password');
  });

  it('logs every change of an account', async () => {
    const log = await admin.get('/api/audit?limit=200');
    const actions = new Set(log.body.map((e: { action: string }) => e.action));
    for (const action of [
      'user.deactivate',
      'user.reactivate',
      'user.update',
      'sessions.end_all',
      'password.change',
    ]) {
      assert.ok(actions.has(action), `the log has ${action}`);
    }
  });

  it('filters the log by kind, user and day, and names what each entry is about', async () => {
    const accounts = (await admin.get('/api/audit?kind=accounts&limit=500')).body as {
      action: string;
      actor: { id: string } | null;
      subjectLabel: string | null;
    }[];
    assert.ok(accounts.length > 0);
    assert.ok(accounts.every((e) => /^(user|invitation|password|sessions|totp)\./.test(e.action)));
    const deactivation = accounts.find((e) => e.action === 'user.deactivate');
    assert.equal(deactivation?.subjectLabel, 'Rapportör 0780');
    const byCoordinator = (await admin.get(`/api/audit?actor=${ids['c@lst.test']}&limit=500`)).body as {
      actor: { id: string } | null;
    }[];
    assert.ok(byCoordinator.length > 0 && byCoordinator.every((e) => e.actor?.id === ids['c@lst.test']));
    const today = '2026-03-10';
    assert.ok((await admin.get(`/api/audit?from=${today}&to=${today}`)).body.length > 0);
    assert.deepEqual((await admin.get('/api/audit?from=2026-03-11')).body, []);
    assert.deepEqual((await admin.get('/api/audit?to=2026-03-09')).body, []);
    const bad = await admin.get('/api/audit?kind=everything&from=yesterday');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ['from', 'kind']);
    const foreign = await coordinator.get('/api/audit?county=12');
    assert.equal(foreign.status, 403);
  });

  it('says on the forgotten-password page when the installation sends no e-mail', async () => {
    const page = await request(running.url).get('/forgot-password');
    assert.equal(page.status, 200);
    assert.match(page.text, /Den här installationen skickar ingen e-post/);
  });

  it('still creates users as before', async () => {
    await createUser(coordinator, {
      email: 'r0765b@k.test',
      name: 'B',
      role: 'reporter',
      municipalityCode: '0765',
    });
  });
});
