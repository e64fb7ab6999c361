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

/** A fresh browser profile for one user, in Swedish unless told otherwise, with scripts unless told otherwise. */
export async function newUser(
  browser: Browser,
  baseURL: string,
  lang: 'sv' | 'en' = 'sv',
  options: { javaScript?: boolean; width?: number } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: lang === 'sv' ? 'sv-SE' : 'en-GB',
    javaScriptEnabled: options.javaScript ?? true,
    ...(options.width ? { viewport: { width: options.width, height: 900 } } : {}),
  });
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

/**
 * Checks a page as it is, also one shown without scripts. Axe needs scripts, so such a page is copied, as it stands and
 * with what it shows only without scripts, into a page of the same site in a context that has them, and checked there.
 */
export async function assertAccessible(page: Page): Promise<void> {
  if (page.context().browser() && !(await scriptsRun(page))) {
    const html = (await page.content())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<(\/?)noscript>/g, '<$1div>');
    const copy = await page
      .context()
      .browser()!
      .newContext({ baseURL: new URL(page.url()).origin });
    try {
      const twin = await copy.newPage();
      // The copy is served at the page's own address, so that its styles and links load as they did.
      await twin.route(page.url(), (route) => route.fulfill({ body: html, contentType: 'text/html' }));
      await twin.goto(page.url());
      const violations = await wcagViolations(twin);
      assert.deepEqual(
        violations.map((v) => v.replace(twin.url(), page.url())),
        [],
      );
    } finally {
      await copy.close();
    }
    return;
  }
  assert.deepEqual(await wcagViolations(page), []);
}

/** Whether the page runs its scripts (its context may have them turned off). */
async function scriptsRun(page: Page): Promise<boolean> {
  return page.evaluate<boolean>("document.body.classList.contains('js-enabled')");
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
