import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { launchBrowser, newUser } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { startOidcProvider, TestProvider } from '../support/oidc-provider';
import { countyTeam, PASSWORD } from '../support/scenario';
import { freePort } from '../support/server-process';

describe(`single sign-on through the organisation's OpenID provider, in Chromium (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let provider: TestProvider;
  let browser: Browser;
  let admin: Api;

  before(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${url}/sign-in/oidc/callback`, {
      anna: { email: 'R0780@k.test', emailVerified: true, name: 'Anna' },
      unverified: { email: 'a@lst.test', emailVerified: false, name: 'Ove' },
      stranger: { email: 'okand@k.test', emailVerified: true, name: 'Okänd' },
      leaver: { email: 'r0765@k.test', emailVerified: true, name: 'Lea' },
    });
    running = await startApp(db.url, {
      port,
      env: {
        PUBLIC_URL: url,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        LOGIN_RATE_LIMIT: '1000',
      },
    });
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin, ['0780', '0765']);
    const leaver = (await team.coordinator.get('/api/users')).body.find(
      (u: { email: string }) => u.email === 'r0765@k.test',
    );
    assert.equal((await team.coordinator.patch(`/api/users/${leaver.id}`, { active: false })).status, 200);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await running.close();
    await provider.close();
    await db.drop();
  });

  /** Through the provider's own sign-in and consent pages, as the person `login`. */
  async function signInThroughProvider(page: Page, login: string, next = ''): Promise<void> {
    await page.goto(`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
    await page.getByRole('button', { name: 'Logga in med din organisation' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('anything');
    await page.locator('button[type=submit]').click();
    await page.locator('button[type=submit]', { hasText: 'Continue' }).click();
    await page.waitForURL((url) => url.origin === running.url);
  }

  it('signs a verified address of an active account in, and its sign-out ends the local session', async () => {
    const context = await newUser(browser, running.url);
    const page = await context.newPage();
    await signInThroughProvider(page, 'anna', '/rounds');
    assert.equal(new URL(page.url()).pathname, '/rounds');
    await assert.doesNotReject(page.getByText('Rapportör 0780').first().waitFor());
    const flow = await running.app
      .get(DataSource)
      .query(
        `SELECT action, detail FROM audit_event WHERE action = 'login.success' ORDER BY id DESC LIMIT 1`,
      );
    assert.match(flow[0].detail, /"method":"oidc"/);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/rounds');
    assert.match(
      new URL(page.url()).pathname,
      /^\/sign-in/,
      'signed out here, whatever the provider remembers',
    );
    await context.close();
  });

  it('makes no account: an address the service does not know, or a deactivated one, is refused and told why', async () => {
    for (const [login, email] of [
      ['stranger', 'okand@k.test'],
      ['leaver', 'r0765@k.test'],
    ] as const) {
      const context = await newUser(browser, running.url);
      const page = await context.newPage();
      await signInThroughProvider(page, login);
      assert.match(new URL(page.url()).pathname, /^\/sign-in\/oidc\/callback/);
      await assert.doesNotReject(
        page.getByText(`Det finns inget aktivt konto i Lägesbild för ${email}`).first().waitFor(),
      );
      await page.goto('/rounds');
      assert.match(new URL(page.url()).pathname, /^\/sign-in/);
      await context.close();
    }
    const users = (await admin.get('/api/users')).body as { email: string }[];
    assert.ok(!users.some((u) => u.email === 'okand@k.test'));
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const context = await newUser(browser, running.url);
    const page = await context.newPage();
    await signInThroughProvider(page, 'unverified');
    await assert.doesNotReject(
      page.getByText('Inloggningen med ditt organisationskonto gick inte igenom').first().waitFor(),
    );
    await context.close();
  });

  it('refuses a callback that did not start here: no state, or another browser’s', async () => {
    const context = await newUser(browser, running.url);
    const page = await context.newPage();
    const response = await page.goto('/sign-in/oidc/callback?code=made-up&state=made-up');
    assert.equal(response?.status(), 401);
    await context.close();
  });

  it('still signs in with a password beside it', async () => {
    const response = await new Api(running.url).login('a@lst.test', PASSWORD);
    assert.equal((await response.get('/api/auth/me')).status, 200);
  });
});
