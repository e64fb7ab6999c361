import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { currentCode } from '../../src/auth/totp';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { launchBrowser, newUser, signIn, watchForPageErrors, wcagViolations } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { countyTeam, PASSWORD } from '../support/scenario';
import { startSmtpServer } from '../support/smtp';
import { needs } from '../support/tools';

/**
 * The account pages as their users meet them, in Chromium, in Swedish and in English: inviting, choosing a password
 * from the e-mailed link, editing and deactivating a user, one's own account with two-step verification, a forgotten
 * password, and the audit log in words. Every state is checked with axe.
 */
describe(`account pages in the browser (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let browser: Browser;
  const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).at(-1);
  const linkIn = (address: string, kind: string) => {
    const link = mailTo(address)?.text.match(new RegExp(`https?://\\S+/${kind}/[\\w-]+`))?.[0];
    assert.ok(link, `a ${kind} link was e-mailed to ${address}`);
    return new URL(link).pathname;
  };
  const waitForMail = async (address: string, count: number) => {
    for (let i = 0; i < 100 && smtp.received.filter((m) => m.to.includes(address)).length < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  before(async () => {
    db = await createTestDatabase();
    smtp = await startSmtpServer();
    running = await startApp(db.url, { env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT: '1000' } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    await countyTeam(admin, ['0780', '0765'], '07', smtp.received);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await running.close();
    await smtp.close();
    await db.drop();
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`lets a coordinator invite, edit and deactivate, and everyone run their own account (${lang})`, async (t) => {
      if (!needs(t, ['chromium'])) return;
      const violations: string[] = [];
      const failures: string[] = [];
      const contexts: BrowserContext[] = [];
      const open = async () => {
        const context = await newUser(browser, running.url, lang, { width: 1280 });
        contexts.push(context);
        const page = await context.newPage();
        failures.push(...watchForPageErrors(page));
        return page;
      };
      const check = async (page: Page) => {
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        violations.push(...(await wcagViolations(page)));
      };
      const invited = `ny.${lang}@k.test`;
      try {
        // The coordinator invites a reporter; the e-mail's link leads to a chosen password.
        const coordinator = await open();
        await signIn(coordinator, 'c@lst.test', PASSWORD);
        await coordinator.goto('/users');
        await check(coordinator);
        await coordinator.locator('form[action="/users"][method=post] button[type=submit]').click();
        await coordinator.locator('.govuk-error-summary').waitFor();
        await check(coordinator);
        await coordinator.locator('#name').fill(`Nya ${lang}`);
        await coordinator.locator('#email').fill(invited);
        await coordinator.locator('input[name=role][value=reporter]').check();
        await coordinator.locator('#municipalityCode').selectOption('0765');
        await coordinator.locator('form[action="/users"][method=post] button[type=submit]').click();
        await coordinator.locator('.govuk-notification-banner').waitFor();
        assert.match(
          await coordinator.locator('table').nth(1).innerText(),
          new RegExp(invited.replace('.', '\\.')),
        );
        await check(coordinator);

        const newcomer = await open();
        const invitationPath = linkIn(invited, 'invitation');
        await newcomer.goto(invitationPath);
        await check(newcomer);
        await newcomer.locator('#newPassword').fill('kort');
        await newcomer.locator('form button[type=submit]').click();
        await newcomer.locator('.govuk-error-summary').waitFor();
        await check(newcomer);
        await newcomer.locator('#newPassword').fill('ett-eget-langt-losenord');
        await newcomer.locator('form button[type=submit]').click();
        await newcomer.waitForURL(/\/sign-in\?notice=account-created/);
        await signIn(newcomer, invited, 'ett-eget-langt-losenord');
        await newcomer.goto(invitationPath);
        assert.equal(
          await newcomer.locator('h1').innerText(),
          lang === 'sv' ? 'Länken fungerar inte längre' : 'The link no longer works',
        );
        await check(newcomer);

        // The coordinator finds the new user by a filter, edits them and deactivates them: their session ends.
        await coordinator.goto(`/users?q=${encodeURIComponent(invited)}`);
        await check(coordinator);
        assert.equal(await coordinator.locator('table.lb-users').first().locator('tbody tr').count(), 1);
        assert.match(
          await coordinator.locator('table.lb-users').first().innerText(),
          /Lessebo|Ljungby|Tingsryd|Alvesta|Uppvidinge|Växjö|Markaryd|Älmhult/,
        );
        await coordinator.locator('table.lb-users').first().locator('tbody a').click();
        await check(coordinator);
        await coordinator.locator('input[name=role][value=analyst]').check();
        await coordinator.locator('input[name=role][value=reporter]').check();
        await coordinator.locator('#municipalityCode').selectOption('');
        await coordinator
          .locator('form[action^="/users/"]:not([action$="/active"]) button[type=submit]')
          .click();
        await coordinator.locator('.govuk-error-summary').waitFor();
        await check(coordinator);
        await coordinator.locator('#municipalityCode').selectOption('0780');
        await coordinator
          .locator('form[action^="/users/"]:not([action$="/active"]) button[type=submit]')
          .click();
        await coordinator.waitForURL(/notice=user-saved/);
        await coordinator.locator('form[action$="/active"] button[type=submit]').click();
        await coordinator.waitForURL(/notice=user-deactivated/);
        await check(coordinator);
        await newcomer.goto('/rounds');
        assert.match(
          new URL(newcomer.url()).pathname,
          /^\/sign-in/,
          'the deactivated user is signed out at once',
        );

        // One's own account: a wrong current password, then two-step verification switched on.
        await coordinator.goto('/account');
        await check(coordinator);
        await coordinator.locator('#currentPassword').fill('inte-det-losenordet');
        await coordinator.locator('#newPassword').fill('ett-nytt-langt-losenord');
        await coordinator.locator('form[action="/account/password"] button[type=submit]').click();
        await coordinator.locator('.govuk-error-summary').waitFor();
        await check(coordinator);
        await coordinator.goto('/account/two-factor');
        await check(coordinator);
        await coordinator.locator('form[action="/account/two-factor/start"] button[type=submit]').click();
        await coordinator.locator('.lb-qr svg').waitFor();
        await check(coordinator);
        const secret = (await coordinator.locator('.lb-secret').innerText()).replace(/\s/g, '');
        await coordinator
          .locator('#code')
          .fill('000000' === currentCode(secret, running.clock.now()) ? '111111' : '000000');
        await coordinator.locator('form[action="/account/two-factor/confirm"] button[type=submit]').click();
        await coordinator.locator('.govuk-error-summary').waitFor();
        await check(coordinator);
        await coordinator.locator('#code').fill(currentCode(secret, running.clock.now()));
        await coordinator.locator('form[action="/account/two-factor/confirm"] button[type=submit]').click();
        await coordinator.locator('.lb-codes').waitFor();
        assert.equal(await coordinator.locator('.lb-codes li').count(), 10);
        await check(coordinator);

        // Signing in again asks for the app's code.
        const again = await open();
        await again.goto('/sign-in');
        await again.locator('#email').fill('c@lst.test');
        await again.locator('#password').fill(PASSWORD);
        await again.locator('form[action^="/sign-in"] button[type=submit]').click();
        await again.locator('#code').waitFor();
        await check(again);
        await again.locator('#code').fill('12');
        await again.locator('form[action="/sign-in/code"] button[type=submit]').click();
        await again.locator('.govuk-error-summary').waitFor();
        await check(again);
        running.clock.advance(30_000);
        await again.locator('#code').fill(currentCode(secret, running.clock.now()));
        await again.locator('form[action="/sign-in/code"] button[type=submit]').click();
        await again.waitForURL((url) => url.pathname === '/rounds');
        await coordinator.goto('/account/two-factor');
        await coordinator.locator('#currentPassword').fill(PASSWORD);
        await coordinator.locator('form[action="/account/two-factor/disable"] button[type=submit]').click();
        await coordinator.waitForURL(/notice=two-factor-off/);

        // The audit log in the page's words, every column inside the window, filtered, and downloaded.
        await coordinator.goto('/audit?kind=accounts');
        await check(coordinator);
        const words = await coordinator.locator('table.lb-audit').innerText();
        assert.doesNotMatch(
          words,
          /user\.create|login\.success|[0-9a-f]{8}-[0-9a-f]{4}-/,
          'no codes, no ids',
        );
        assert.match(words, lang === 'sv' ? /Stängde av ett konto/ : /Deactivated an account/);
        const overflow = await coordinator.evaluate<{ widest: number; window: number; scroll: number }>(
          "({ widest: Math.max(...[...document.querySelectorAll('table.lb-audit th, table.lb-audit td')].map((c) => c.getBoundingClientRect().right)), window: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth })",
        );
        assert.ok(overflow.widest <= overflow.window, `every column is visible: ${JSON.stringify(overflow)}`);
        assert.ok(overflow.scroll <= overflow.window, 'the page does not scroll sideways');
        await coordinator.goto('/audit?from=inte-ett-datum');
        await coordinator.locator('.govuk-error-summary').waitFor();
        await check(coordinator);
        const download = await coordinator.request.get('/audit/download?kind=accounts');
        assert.equal(download.status(), 200);
        assert.match(download.headers()['content-type'] ?? '', /^text\/csv/);
        const csv = (await download.text())
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/)
          .filter(Boolean);
        assert.equal(
          csv[0],
          lang === 'sv'
            ? 'Tid;Vem;E-post;Händelse;Slag;Gäller;Län;Detaljer;Kod'
            : 'Time;Who;E-mail;Event;Kind;About;County;Details;Code',
        );
        assert.ok(
          csv
            .slice(1)
            .every(
              (line) =>
                line.endsWith(';user.create') ||
                /;(user|invitation|password|sessions|totp)\.[a-z_]+$/.test(line),
            ),
          'only accounts',
        );
        assert.equal(
          csv.length - 1,
          await coordinator
            .locator('table.lb-audit tbody tr')
            .count()
            .then(async () => {
              await coordinator.goto('/audit?kind=accounts');
              return coordinator.locator('table.lb-audit tbody tr').count();
            }),
        );

        // A forgotten password: the same page for any address, and the link from the e-mail (one a minute at most).
        running.clock.advance(61_000);
        const forgetful = await open();
        await forgetful.goto('/sign-in');
        await forgetful.locator('a[href="/forgot-password"]').click();
        await check(forgetful);
        assert.equal(await forgetful.locator('.govuk-inset-text').count(), 0, 'e-mail is set up here');
        await forgetful.locator('form button[type=submit]').click();
        await forgetful.locator('.govuk-error-summary').waitFor();
        await check(forgetful);
        const before = smtp.received.filter((m) => m.to.includes('a@lst.test')).length;
        await forgetful.locator('#email').fill('a@lst.test');
        await forgetful.locator('form button[type=submit]').click();
        await forgetful.locator('h1').waitFor();
        await check(forgetful);
        await waitForMail('a@lst.test', before + 1);
        await forgetful.goto(linkIn('a@lst.test', 'reset-password'));
        await check(forgetful);
        await forgetful.locator('#newPassword').fill(PASSWORD);
        await forgetful.locator('form button[type=submit]').click();
        await forgetful.waitForURL(/notice=password-reset/);
        await check(forgetful);
      } finally {
        for (const context of contexts) await context.close();
      }
      assert.deepEqual(violations, []);
      assert.deepEqual(failures, []);
    });
  }
});
