import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { csrfOf } from '../support/page-session';
import { countyTeam, openRound, PASSWORD } from '../support/scenario';

const REPORTER = 'r0780@k.test';

const sessionCookieOf = (response: request.Response) =>
  ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('lagesbild_session='));

/**
 * Signs in on the page as a browser behind the proxy would, with the proxy's forwarding headers. The cookies are
 * carried by hand: a Secure cookie is one a client on plain HTTP does not send back.
 */
async function pageSignIn(url: string, headers: Record<string, string>, email = REPORTER) {
  const form = await request(url).get('/sign-in').set(headers);
  const csrfCookie = ([] as string[])
    .concat(form.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('lagesbild_csrf='));
  assert.ok(csrfCookie);
  return request(url)
    .post('/sign-in')
    .set(headers)
    .set('Cookie', csrfCookie.split(';')[0]!)
    .type('form')
    .send({ _csrf: csrfOf(form.text), email, password: email === REPORTER ? PASSWORD : 'wrong-password' });
}

/** The API's login: the reporter's with the right password, any other address with a wrong one. */
const apiLogin = (url: string, headers: Record<string, string>, email = REPORTER) =>
  request(url)
    .post('/api/auth/login')
    .set(headers)
    .send({ email, password: email === REPORTER ? PASSWORD : 'wrong-password' });

describe(`deployment behind a proxy, one login limiter, no caching (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let direct: RunningApp;
  let admin: Api;
  let roundId: string;

  before(async () => {
    db = await createTestDatabase();
    direct = await startApp(db.url, { env: { LOGIN_RATE_LIMIT: '100' } });
    admin = await new Api(direct.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin);
    roundId = await openRound(team.coordinator, { countyCode: '07' });
  });

  after(async () => {
    await direct.close();
    await db.drop();
  });

  it('without TRUST_PROXY believes no forwarding header: no Secure cookie, one bucket for the peer', async () => {
    const limited = await startApp(db.url, { clock: direct.clock, env: { LOGIN_RATE_LIMIT: '3' } });
    try {
      const signedIn = await pageSignIn(limited.url, { 'X-Forwarded-Proto': 'https' });
      assert.equal(signedIn.status, 303);
      assert.doesNotMatch(sessionCookieOf(signedIn) ?? '', /;\s*Secure/i);
      const statuses: number[] = [];
      for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
        statuses.push((await apiLogin(limited.url, { 'X-Forwarded-For': client }, `g1@x.test`)).status);
      assert.deepEqual(statuses, [401, 401, 429], 'a forged X-Forwarded-For does not buy new attempts');
    } finally {
      await limited.close();
    }
  });

  it('with TRUST_PROXY sets Secure over HTTPS and limits each client, not the proxy', async () => {
    const proxied = await startApp(db.url, {
      clock: direct.clock,
      env: { TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT: '2' },
    });
    try {
      const secure = await pageSignIn(proxied.url, {
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-For': '203.0.113.9',
      });
      assert.equal(secure.status, 303);
      assert.match(sessionCookieOf(secure) ?? '', /;\s*Secure/i, 'the cookie is Secure over HTTPS');
      const plain = await pageSignIn(proxied.url, { 'X-Forwarded-For': '203.0.113.10' });
      assert.doesNotMatch(sessionCookieOf(plain) ?? '', /;\s*Secure/i, 'not over plain HTTP');

      const guesser = { 'X-Forwarded-For': '203.0.113.66' };
      const guesses: number[] = [];
      for (let i = 0; i < 3; i += 1) guesses.push((await apiLogin(proxied.url, guesser, 'g2@x.test')).status);
      assert.deepEqual(guesses, [401, 401, 429], 'the guesser is limited');
      const other = await apiLogin(proxied.url, { 'X-Forwarded-For': '203.0.113.67' });
      assert.equal(other.status, 200, 'another person behind the same proxy still signs in');
    } finally {
      await proxied.close();
    }
  });

  it('with COOKIE_SECURE=always sets Secure even over plain HTTP', async () => {
    const always = await startApp(db.url, { clock: direct.clock, env: { COOKIE_SECURE: 'always' } });
    try {
      const response = await pageSignIn(always.url, {});
      assert.match(sessionCookieOf(response) ?? '', /;\s*Secure/i);
    } finally {
      await always.close();
    }
  });

  it('counts the API login and the page sign-in in one bucket per address', async () => {
    const shared = await startApp(db.url, { clock: direct.clock, env: { LOGIN_RATE_LIMIT: '4' } });
    try {
      const statuses = [
        (await apiLogin(shared.url, {}, 'g3@x.test')).status,
        (await pageSignIn(shared.url, {}, 'g4@x.test')).status,
        (await apiLogin(shared.url, {}, 'g5@x.test')).status,
        (await pageSignIn(shared.url, {}, 'g6@x.test')).status,
        (await pageSignIn(shared.url, {})).status,
        (await apiLogin(shared.url, {})).status,
      ];
      assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
    } finally {
      await shared.close();
    }
  });

  it('marks every page, API answer and download no-store, and lets the static assets be cached', async () => {
    const reporter = await new Api(direct.url).login('r0780@k.test', PASSWORD);
    const answers = [
      await request(direct.url).get('/sign-in'),
      await reporter.get(`/api/rounds/${roundId}`),
      await reporter.get(`/api/rounds/${roundId}/assessments/0780`),
      await request(direct.url).get('/api/health'),
      await request(direct.url).get('/api/rounds'),
    ];
    for (const answer of answers) assert.match(answer.headers['cache-control'] ?? '', /\bno-store\b/);
    const download = await reporter.download(`/api/rounds/${roundId}/assessments/0780/workbook`);
    assert.equal(download.status, 200);
    assert.match(download.headers['cache-control'] ?? '', /\bno-store\b/);
    const signedIn = await pageSignIn(direct.url, {});
    const page = await request(direct.url)
      .get(`/rounds/${roundId}/assessments/0780`)
      .set('Cookie', sessionCookieOf(signedIn)!.split(';')[0]!);
    assert.equal(page.status, 200);
    assert.match(page.headers['cache-control'] ?? '', /\bno-store\b/);
    const asset = /href="(\/assets\/[^"]+\.css)"/.exec(page.text)?.[1];
    assert.ok(asset, 'the page links its stylesheet');
    const css = await request(direct.url).get(asset);
    assert.equal(css.status, 200);
    assert.match(css.headers['cache-control'] ?? '', /max-age=3600/);
  });
});
