import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { currentCode } from '../../src/auth/totp';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { csrfOf } from '../support/page-session';
import { countyTeam, PASSWORD } from '../support/scenario';

const base32 = (uri: string) => new URL(uri).searchParams.get('secret') ?? '';

describe(`two-step verification (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let secret = '';
  let recoveryCodes: string[] = [];
  const login = (body: Record<string, string>) =>
    request(running.url)
      .post('/api/auth/login')
      .send({ email: 'r0780@k.test', password: PASSWORD, ...body });
  const code = () => currentCode(secret, running.clock.now());

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { LOGIN_RATE_LIMIT: '1000' } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    await countyTeam(admin, ['0780']);
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('switches on with the app’s first code, and gives ten recovery codes once', async () => {
    const reporter = await new Api(running.url).login('r0780@k.test', PASSWORD);
    const begun = await reporter.post('/api/account/two-factor');
    assert.equal(begun.status, 200);
    assert.match(begun.body.uri, /^otpauth:\/\/totp\/L%C3%A4gesbild:r0780%40k\.test\?/);
    secret = base32(begun.body.uri);
    assert.equal(secret, begun.body.secret);
    const wrong = await reporter.post('/api/account/two-factor/confirm', {
      code: '000000' === code() ? '111111' : '000000',
    });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors[0].path, 'code');
    assert.equal((await login({})).status, 200, 'not on until confirmed');
    const confirmed = await reporter.post('/api/account/two-factor/confirm', { code: code() });
    assert.equal(confirmed.status, 200, confirmed.text);
    recoveryCodes = confirmed.body.recoveryCodes;
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    assert.ok(recoveryCodes.every((c) => /^[a-z0-9]{4}-[a-z0-9]{4}$/.test(c)));
  });

  it('asks for the code after the right password only, takes each code once, and a recovery code once', async () => {
    const none = await login({});
    assert.equal(none.status, 401);
    assert.equal(none.body.messageCode, 'totp_required');
    const badPassword = await login({ password: 'not-the-password' });
    assert.equal(
      badPassword.body.messageCode,
      'sign_in_failed',
      'a wrong password says nothing of a second factor',
    );
    running.clock.advance(30_000);
    const wrong = await login({ totp: code() === '123456' ? '654321' : '123456' });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.messageCode, 'totp_wrong');
    const now = code();
    assert.equal((await login({ totp: now })).status, 200);
    assert.equal((await login({ totp: now })).status, 401, 'the same code does not work twice');
    running.clock.advance(30_000);
    assert.equal((await login({ totp: code() })).status, 200);
    const recovery = recoveryCodes[3]!;
    assert.equal((await login({ totp: recovery.toUpperCase() })).status, 200);
    assert.equal((await login({ totp: recovery })).status, 401, 'a recovery code is used up');
  });

  it('takes the code as a second step on the pages', async () => {
    running.clock.advance(30_000);
    const agent = request.agent(running.url);
    const form = await agent.get('/sign-in');
    const first = await agent
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), email: 'r0780@k.test', password: PASSWORD });
    assert.equal(first.status, 200);
    assert.match(first.text, /name="code"/);
    assert.equal((await agent.get('/rounds')).status, 303, 'not signed in before the code');
    const csrf = csrfOf(first.text);
    const wrong = await agent
      .post('/sign-in/code')
      .type('form')
      .send({ _csrf: csrf, code: code() === '123456' ? '654321' : '123456' });
    assert.equal(wrong.status, 401);
    assert.match(wrong.text, /govuk-error-summary/);
    const right = await agent.post('/sign-in/code').type('form').send({ _csrf: csrf, code: code() });
    assert.equal(right.status, 303, right.text);
    assert.equal((await agent.get('/rounds')).status, 200);
  });

  it('switches off with the password', async () => {
    const reporter = await new Api(running.url).login('r0780@k.test', recoveryCodes[5]!).catch(() => null);
    assert.equal(reporter, null, 'a recovery code is not a password');
    running.clock.advance(30_000);
    const token = (await login({ totp: code() })).body.accessToken as string;
    const api = new Api(running.url, token);
    assert.equal(
      (await api.post('/api/account/two-factor/disable', { password: 'wrong-password-here' })).status,
      400,
    );
    assert.equal((await api.post('/api/account/two-factor/disable', { password: PASSWORD })).status, 204);
    assert.equal((await login({})).status, 200);
  });
});

describe(`two-step verification required of admins (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { REQUIRE_TOTP_FOR_ADMINS: 'true', LOGIN_RATE_LIMIT: '1000' } });
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('refuses an admin without it a token, sends their pages to set it up, and then asks for the code', async () => {
    const refused = await request(running.url).post('/api/auth/login').send(ADMIN);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.messageCode, 'totp_setup_required');

    const agent = request.agent(running.url);
    const form = await agent.get('/sign-in');
    await agent
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), ...ADMIN });
    const admin = await agent.get('/admin');
    assert.equal(admin.status, 303);
    assert.equal(admin.headers.location, '/account/two-factor');
    const setup = await agent.get('/account/two-factor');
    assert.equal(setup.status, 200);
    const csrf = csrfOf(setup.text);
    assert.equal(
      (await agent.post('/account/two-factor/start').type('form').send({ _csrf: csrf })).status,
      303,
    );
    const pending = await agent.get('/account/two-factor');
    const secret =
      /<code class="lb-secret">([A-Z2-7 ]+)<\/code>/.exec(pending.text)?.[1]?.replace(/ /g, '') ?? '';
    assert.ok(secret.length >= 32, 'the key is shown as text beside the QR code');
    assert.match(pending.text, /<svg/);
    const confirmed = await agent
      .post('/account/two-factor/confirm')
      .type('form')
      .send({ _csrf: csrf, code: currentCode(secret, running.clock.now()) });
    assert.equal(confirmed.status, 200);
    assert.equal((confirmed.text.match(/<li><code>[a-z0-9]{4}-[a-z0-9]{4}<\/code><\/li>/g) ?? []).length, 10);
    assert.equal((await agent.get('/admin')).status, 200);
    const off = await agent
      .post('/account/two-factor/disable')
      .type('form')
      .send({ _csrf: csrf, currentPassword: ADMIN.password });
    assert.equal(off.status, 403, 'an admin cannot switch it off where it is required');

    running.clock.advance(30_000);
    const withoutCode = await request(running.url).post('/api/auth/login').send(ADMIN);
    assert.equal(withoutCode.body.messageCode, 'totp_required');
    const withCode = await request(running.url)
      .post('/api/auth/login')
      .send({ ...ADMIN, totp: currentCode(secret, running.clock.now()) });
    assert.equal(withCode.status, 200);
  });
});
