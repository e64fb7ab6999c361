import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core; no browser is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh browser profile for one user, in Swedish unless told otherwise. */
export async function newUser(
  browser: Browser,
  baseURL: string,
  lang: 'sv' | 'en' = 'sv',
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
  if (lang === 'en') {
    await context.addCookies([{ name: 'lagesbild_lang', value: 'en', url: baseURL }]);
  }
  return context;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form[action^="/sign-in"] button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every WCAG 2.1 A and AA rule axe knows, run on the page as it is now; returns one line per violation. */
export async function wcagViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.map(
    (v) =>
      `${page.url()}: ${v.id} (${v.impact ?? ''}) ${v.help}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

export async function assertAccessible(page: Page): Promise<void> {
  assert.deepEqual(await wcagViolations(page), []);
}

/**
 * Pages never fail in the browser: no script error, no refused or missing resource (which a strict CSP would cause).
 * A page itself may answer 4xx on purpose (a form shown again with its errors); that is not counted.
 */
export function watchForPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' || message.location().url === page.url()) return;
    errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}
