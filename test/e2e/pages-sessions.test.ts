import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { csrfOf, signInOnPage } from '../support/page-session';
import { createUser, openRound, PASSWORD } from '../support/scenario';

const signIn = (url: string, email: string) => signInOnPage(url, email);

describe(`page sessions, CSRF and access (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let analystApi: Api;
  let roundId: string;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const coordinator = await createUser(admin, {
      email: 'c@lst.test',
      name: 'C',
      role: 'coordinator',
      countyCode: '07',
    });
    analystApi = await createUser(coordinator, {
      email: 'a@lst.test',
      name: 'A',
      role: 'analyst',
      countyCode: '07',
    });
    await createUser(coordinator, {
      email: 'r@k.test',
      name: 'R',
      role: 'reporter',
      municipalityCode: '0780',
    });
    await createUser(admin, { email: 'a@other.test', name: 'O', role: 'analyst', countyCode: '12' });
    roundId = await openRound(coordinator, { countyCode: '07' });
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('sets an HttpOnly, SameSite session cookie and sends signed-out visitors to the sign-in page', async () => {
    const { cookie } = await signIn(running.url, 'r@k.test');
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Secure/, 'not Secure over plain HTTP');
    const anonymous = await request(running.url).get(`/rounds/${roundId}`);
    assert.equal(anonymous.status, 303);
    assert.equal(anonymous.headers.location, `/sign-in?next=${encodeURIComponent(`/rounds/${roundId}`)}`);
  });

  it('refuses a form post without its CSRF token, or with another one, and changes nothing', async () => {
    const { agent } = await signIn(running.url, 'r@k.test');
    const path = `/rounds/${roundId}/assessments/0780/sections/contact`;
    const form = await agent.get(path);
    assert.equal(form.status, 200);
    const fields = { version: '0', 'contact.name': 'Någon', action: 'save' };
    const without = await agent.post(path).type('form').send(fields);
    assert.equal(without.status, 403);
    assert.match(without.text, /säkerhetsnyckel/);
    const other = await agent
      .post(path)
      .type('form')
      .send({ ...fields, _csrf: 'x'.repeat(43) });
    assert.equal(other.status, 403);
    const stored = await analystApi.get(`/api/rounds/${roundId}/assessments/0780`);
    assert.equal(stored.body.status, 'not_started');
    const accepted = await agent
      .post(path)
      .type('form')
      .send({ ...fields, _csrf: csrfOf(form.text) });
    assert.equal(accepted.status, 303);
    assert.equal(
      (await analystApi.get(`/api/rounds/${roundId}/assessments/0780`)).body.contact.name,
      'Någon',
    );
  });

  it('refuses a sign-in post without the token of the sign-in form', async () => {
    const response = await request(running.url)
      .post('/sign-in')
      .type('form')
      .send({ email: 'r@k.test', password: PASSWORD });
    assert.equal(response.status, 403);
    assert.equal(
      ([] as string[])
        .concat(response.headers['set-cookie'] ?? [])
        .some((c) => c.startsWith('lagesbild_session=')),
      false,
    );
  });

  it('gives a new session at each sign-in and ends it at sign-out', async () => {
    const first = await signIn(running.url, 'r@k.test');
    const second = await signIn(running.url, 'r@k.test');
    assert.notEqual(first.cookie.split(';')[0], second.cookie.split(';')[0]);
    const page = await second.agent.get('/rounds');
    assert.equal(page.status, 200);
    const out = await second.agent
      .post('/sign-out')
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    assert.equal(out.status, 303);
    const after = await request(running.url).get('/rounds').set('Cookie', second.cookie.split(';')[0]!);
    assert.equal(after.status, 303);
    assert.match(after.headers.location ?? '', /^\/sign-in/);
    assert.equal((await first.agent.get('/rounds')).status, 200, 'other sessions of the user are unaffected');
  });

  it('ends a session after the idle timeout', async () => {
    const { agent } = await signIn(running.url, 'r@k.test');
    assert.equal((await agent.get('/rounds')).status, 200);
    running.clock.advance(29 * 60_000);
    assert.equal((await agent.get('/rounds')).status, 200, 'still active within 30 minutes');
    running.clock.advance(31 * 60_000);
    const idle = await agent.get('/rounds');
    assert.equal(idle.status, 303);
    assert.match(idle.headers.location ?? '', /^\/sign-in/);
  });

  it('keeps sessions in the database: a restarted server still knows them', async () => {
    const { cookie } = await signIn(running.url, 'a@lst.test');
    await running.close();
    running = await startApp(db.url, { clock: running.clock });
    const page = await request(running.url).get(`/rounds/${roundId}`).set('Cookie', cookie.split(';')[0]!);
    assert.equal(page.status, 200);
    assert.match(page.text, /Kommunernas bedömningar/);
  });

  it('does not let the session cookie stand in for an API token', async () => {
    const { cookie } = await signIn(running.url, 'a@lst.test');
    const api = await request(running.url).get(`/api/rounds/${roundId}`).set('Cookie', cookie.split(';')[0]!);
    assert.equal(api.status, 401);
  });

  it("shows another county's round as not found, and the county picture to reporters as forbidden", async () => {
    const foreign = await signIn(running.url, 'a@other.test');
    const hidden = await foreign.agent.get(`/rounds/${roundId}`);
    assert.equal(hidden.status, 404);
    assert.doesNotMatch(hidden.text, /Lägesbild våren 2026/);
    const reporter = await signIn(running.url, 'r@k.test');
    assert.equal((await reporter.agent.get(`/rounds/${roundId}/picture`)).status, 403);
    assert.equal((await reporter.agent.get(`/rounds/${roundId}/assessments/0781`)).status, 403);
    assert.equal((await reporter.agent.get('/users')).status, 403);
    assert.equal((await reporter.agent.get('/admin')).status, 403);
  });

  it('switches language by a cookie and only ever redirects within the site', async () => {
    const agent = request.agent(running.url);
    const switched = await agent.get('/language?to=en&next=%2F%2Fevil.example%2F');
    assert.equal(switched.status, 303);
    assert.equal(switched.headers.location, '/');
    const page = await agent.get('/sign-in');
    assert.match(page.text, /<html lang="en"/);
    assert.match(page.text, /<h1 class="govuk-heading-l">Sign in<\/h1>/);
    const next = await request(running.url).get('/sign-in?next=https://evil.example/').redirects(0);
    assert.match(
      next.text,
      /<form method="post" action="\/sign-in" novalidate>/,
      'a foreign next is dropped',
    );
  });

  it("tells an error in the page's language, and the API in the client's (Swedish unless English is asked for)", async () => {
    const { agent } = await signIn(running.url, 'c@lst.test');
    assert.equal((await agent.get('/language?to=en&next=/')).status, 303);
    const form = await agent.get('/rounds/new');
    const refused = await agent
      .post('/rounds')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        title: '',
        periodStart: '2026-01-01',
        periodEnd: '2025-06-30',
        deadline: '',
      });
    assert.equal(refused.status, 400);
    assert.match(refused.text, /Name of the round: must not be empty/);
    assert.match(refused.text, /must be a valid date \(YYYY-MM-DD\)/);
    assert.doesNotMatch(refused.text, /får inte vara tomt|måste vara ett giltigt datum/);
    const reporter = await signIn(running.url, 'r@k.test');
    await reporter.agent.get('/language?to=en&next=/');
    const denied = await reporter.agent.get('/users');
    assert.equal(denied.status, 403);
    assert.match(denied.text, /You do not have access to this/);
    const path = '/api/rounds/00000000-0000-0000-0000-000000000000';
    // The server may have been restarted by an earlier test: sign in to the one running now.
    const analyst = await new Api(running.url).login('a@lst.test', PASSWORD);
    const swedish = await analyst.get(path);
    assert.equal(swedish.status, 404);
    assert.equal(swedish.body.messageCode, 'not_found.round');
    assert.equal(swedish.body.message, 'Omgången finns inte');
    const english = await request(running.url)
      .get(path)
      .set('Authorization', `Bearer ${analyst.token}`)
      .set('Accept-Language', 'en-GB,en;q=0.8,sv;q=0.5');
    assert.equal(english.body.message, 'The round does not exist');
    const invalid = await request(running.url)
      .put(`/api/rounds/${roundId}/assessments/0780`)
      .set('Authorization', `Bearer ${analyst.token}`)
      .set('Accept-Language', 'en')
      .send({ version: 'x' });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.message, 'The data is not valid');
    assert.ok(invalid.body.errors.every((e: { code: string; message: string }) => e.code && e.message));
  });

  it('sends security headers with a Content Security Policy that allows no inline script', async () => {
    for (const path of ['/sign-in', '/api/health']) {
      const response = await request(running.url).get(path);
      const csp = response.headers['content-security-policy'] ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, `${path}: scripts only from the site`);
      assert.match(csp, /script-src-attr 'none'/, `${path}: no inline event handlers`);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /form-action 'self'/, path);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(response.headers['referrer-policy'], 'no-referrer', path);
      assert.equal(response.headers['x-powered-by'], undefined, path);
    }
    const page = await request(running.url).get('/sign-in');
    assert.doesNotMatch(page.text, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script on the page');
  });

  it('limits sign-in attempts per address on the page too, and logs each failure', async () => {
    const limited = await startApp(db.url, { clock: running.clock, env: { LOGIN_RATE_LIMIT: '4' } });
    try {
      // The API's login counts in the same bucket, so the admin signs in first.
      const admin = await new Api(limited.url).login(ADMIN.email, ADMIN.password);
      const agent = request.agent(limited.url);
      const token = csrfOf((await agent.get('/sign-in')).text);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await agent
          .post('/sign-in')
          .type('form')
          .send({ _csrf: token, email: 'r@k.test', password: `wrong-password-${i}` });
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      const audit = (
        await request(limited.url)
          .get('/api/audit?county=07&limit=20')
          .set('Authorization', `Bearer ${admin.token}`)
      ).body as {
        action: string;
      }[];
      assert.ok(audit.filter((e) => e.action === 'login.failure').length >= 3);
    } finally {
      await limited.close();
    }
  });
});
