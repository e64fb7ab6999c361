import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/demo-content';
import { seedDemo } from '../../src/demo/demo-seed';
import { SECTION_KEYS } from '../../src/assessments/sections';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { launchBrowser, newUser, signIn, watchForPageErrors, wcagViolations } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { needs } from '../support/tools';

type Visit = string | ((page: Page) => Promise<void>);

/** Shows a form again with its errors by sending it empty. */
const postEmpty =
  (path: string, action = path) =>
  async (page: Page) => {
    await page.goto(path);
    await page.locator(`form[method=post][action^="${action}"] button[type=submit]`).click();
    await page.locator('.govuk-error-summary').waitFor();
  };

// The two languages walk the pages at once, each in a context of its own: one browser, one server, both cores.
describe(
  `every page passes axe's WCAG 2.1 A and AA rules, in Swedish and English (${onPostgres ? 'PostgreSQL' : 'SQLite'})`,
  { concurrency: 2 },
  () => {
    let db: TestDatabase;
    let running: RunningApp;
    let dir: string;
    let launched: Promise<Browser> | undefined;
    const browserOf = () => (launched ??= launchBrowser());
    let spring: string;
    let autumn: string;

    before(async () => {
      db = await createTestDatabase();
      dir = mkdtempSync(join(tmpdir(), 'lagesbild-a11y-'));
      running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
      const now = new Date('2026-11-20T10:00:00Z');
      await seedDemo(running.app, running.clock, now);
      running.clock.set(now);
      const coordinator = await new Api(running.url).login(DEMO_ACCOUNTS.coordinator.email, DEMO_PASSWORD);
      const rounds = (await coordinator.get('/api/rounds')).body as { id: string; title: string }[];
      spring = rounds.find((r) => r.title.includes('våren'))!.id;
      autumn = rounds.find((r) => r.title.includes('hösten'))!.id;
      const report = await coordinator.post(`/api/rounds/${autumn}/reports`, {
        format: 'xlsx',
        include: 'submitted',
      });
      assert.equal(report.status, 201, report.text);
    });

    after(async () => {
      await (await launched)?.close();
      await running.close();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    /**
     * A reporter's pages, every state of them: the task list, each section, a refused save, a removal and its undo, the
     * merge view of a stale save, the answers to check, and an earlier round's assessment.
     */
    const reporterVisits = (code: string): Visit[] => {
      const base = `/rounds/${autumn}/assessments/${code}`;
      const saveButton = 'button[value=save][data-continue]';
      return [
        '/rounds',
        base,
        ...SECTION_KEYS.map((key) => `${base}/sections/${key}`),
        async (page) => {
          await page.goto(`${base}/sections/contact`);
          await page.locator('#contact-email').fill('inte-en-adress');
          await page.locator(saveButton).click();
          await page.locator('.govuk-error-summary').waitFor();
        },
        async (page) => {
          await page.goto(`${base}/sections/observedRisks`);
          await page.locator('button[value=remove-0]').click();
          await page.locator('#removed').waitFor();
        },
        async (page) => {
          await page.locator('#removed button[value=undo]').click();
          await page.locator('#removed').waitFor({ state: 'detached' });
          await page.locator('#observedRisks-0').waitFor();
        },
        async (page) => {
          await page.goto(`${base}/sections/support`);
          const version = await page.locator('#section-form input[name=version]').inputValue();
          const csrf = await page.locator('#section-form input[name=_csrf]').inputValue();
          const meanwhile = await page.request.post(`${base}/sections/support`, {
            form: { _csrf: csrf, version, supportWanted: 'Sparat av en kollega medan du skrev' },
          });
          assert.ok(meanwhile.ok(), `the colleague's save: ${meanwhile.status()}`);
          await page.locator('#supportWanted').fill('Det jag skrev');
          await page.locator(saveButton).click();
          await page.locator('#conflict').waitFor();
        },
        `${base}/submit`,
        `/rounds/${spring}/assessments/${code}`,
        '/risks',
      ];
    };

    /** The forum the coordinator plans in each language, for its guests to join. */
    const forums: Record<string, { path: string; joinCode: string }> = {};
    const visitsByUser = (
      lang: 'sv' | 'en',
    ): { email: string | null; password: string; visits: Visit[] }[] => [
      { email: null, password: '', visits: ['/sign-in', postEmpty('/sign-in'), '/forgot-password'] },
      {
        email: DEMO_ACCOUNTS.reporter(lang === 'sv' ? 'ljungby' : 'lessebo'),
        password: DEMO_PASSWORD,
        visits: reporterVisits(lang === 'sv' ? '0781' : '0761'),
      },
      {
        // An organisation's reporter: the region has submitted, the civil society organisation has a draft.
        email: DEMO_ACCOUNTS.reporter(lang === 'sv' ? 'region' : 'rodakorset'),
        password: DEMO_PASSWORD,
        visits: ['/rounds', `/rounds/${autumn}`],
      },
      {
        email: DEMO_ACCOUNTS.analyst.email,
        password: DEMO_PASSWORD,
        visits: [
          '/rounds',
          `/rounds/${autumn}`,
          `/rounds/${autumn}/assessments/0780`,
          `/rounds/${autumn}/assessments/0760`,
          async (page) => {
            await page.goto(`/rounds/${autumn}/assessments/0780`);
            await page.locator('form[action$="/approve"] button').click();
            await page.locator('input[name=confirmed]').waitFor({ state: 'attached' });
          },
          async (page) => {
            await page.goto(`/rounds/${autumn}/assessments/0780`);
            await page.locator('#comment').fill('Komplettera gärna med underlaget.');
            await page.locator('form[action$="/return"] button').click();
            await page.locator('#confirm-comment').waitFor();
          },
          `/rounds/${autumn}/picture?include=submitted`,
          `/rounds/${spring}/picture?include=approved`,
          '/risks',
          '/risks/0780',
          '/organisations',
          '/rounds/00000000-0000-4000-8000-000000000000',
        ],
      },
      {
        email: DEMO_ACCOUNTS.coordinator.email,
        password: DEMO_PASSWORD,
        visits: [
          '/rounds',
          '/rounds/new',
          postEmpty('/rounds/new', '/rounds'),
          '/organisations',
          postEmpty('/organisations'),
          async (page) => {
            await page.goto('/organisations');
            await page.locator('table a[href^="/organisations/"]').first().click();
            await page.locator('form[action^="/organisations/"] input[name=name]').waitFor();
          },
          `/rounds/${autumn}/reports`,
          '/users',
          postEmpty('/users'),
          '/audit',
          '/forums',
          postEmpty('/forums'),
          async (page) => {
            // A forum planned for the autumn round: its agenda, its groups and its join code.
            await page.goto('/forums');
            await page.locator('#title').fill(lang === 'sv' ? 'Dialogforum hösten' : 'Dialogue forum autumn');
            await page.locator('#startsAt').fill('2026-12-10T09:00');
            await page.locator('#roundId').selectOption(autumn);
            await page.locator('form[action="/forums"] button[type=submit]').click();
            await page.waitForURL((url) => /^\/forums\/[0-9a-f-]{36}$/.test(url.pathname));
            await page.locator('.lb-join-code').waitFor();
          },
          // A question refused for want of options, then a word cloud written and opened.
          async (page) => {
            await page.locator('input[name=kind][value=choice]').check();
            await page.locator('#question').fill(lang === 'sv' ? 'Vilket område?' : 'Which area?');
            await page.locator('form[action$="/polls"] button[type=submit]').click();
            await page.locator('.govuk-error-summary').waitFor();
          },
          async (page) => {
            await page.locator('input[name=kind][value=wordCloud]').check();
            await page
              .locator('#question')
              .fill(lang === 'sv' ? 'Ett ord om sommaren' : 'A word on the summer');
            await page.locator('form[action$="/polls"] button[type=submit]').click();
            await page.locator('section.lb-poll form button').first().click();
            await page.locator('section.lb-poll .govuk-tag--green').waitFor();
            forums[lang] = {
              path: new URL(page.url()).pathname,
              joinCode: (await page.locator('dd .lb-join-code').innerText()).trim(),
            };
          },
          async (page) => {
            await page.goto(`${forums[lang]!.path}/presenter`);
            await page.locator('#lb-presenter-live h2').waitFor();
          },
          // A municipality's preparatory document as the county reads it.
          async (page) => {
            await page.goto(forums[lang]!.path);
            await page.locator('#preparations + table a').first().click();
            await page.locator('.lb-text-section').first().waitFor();
          },
          // A group room, its timer started.
          async (page) => {
            await page.goto(forums[lang]!.path);
            await page.locator('a[href*="/groups/"]').first().click();
            await page.locator('form.lb-timer__start button').first().click();
            await page.locator('#timer-text[data-ends-at]').waitFor();
          },
          async (page) => {
            await page.goto('/archive');
            await page.locator('form[action="/archive"] button').click();
            await page.locator('.govuk-notification-banner').waitFor();
            // The page follows the export in the background until its file can be downloaded.
            await page.locator('#archive-exports a[href$="/download"]').first().waitFor({ timeout: 20_000 });
            // A small file's size in kB, not as 0 MB.
            assert.match(await page.locator('#archive-exports').innerText(), /\(\d+ kB\)/);
          },
        ],
      },
      {
        // A guest on a phone joins the coordinator's forum with its code and answers the open word cloud.
        email: null,
        password: '',
        visits: [
          '/delta',
          postEmpty('/delta'),
          async (page) => {
            await page.goto('/delta');
            await page.locator('#joinCode').fill(forums[lang]!.joinCode.toLowerCase());
            await page.locator('form[action="/delta"] button[type=submit]').click();
            await page.locator('#words').waitFor();
          },
          postEmpty('/delta/forum'),
          async (page) => {
            await page.locator('#words').fill(lang === 'sv' ? 'Trygghet' : 'Safety');
            await page.locator('form[action="/delta/forum"] button[type=submit]').click();
            await page.locator('.govuk-notification-banner').waitFor();
          },
          // The answer given, shown to change while the question is open.
          '/delta/forum',
          // Each other kind of question, opened in turn by the coordinator, as the phone shows it.
          ...(['choice', 'scale', 'openText', 'ranking'] as const).map((kind) => async (page: Page) => {
            const coordinator = await new Api(running.url).login(
              DEMO_ACCOUNTS.coordinator.email,
              DEMO_PASSWORD,
            );
            const forumId = forums[lang]!.path.split('/').pop()!;
            const made = await coordinator.post(`/api/forums/${forumId}/polls`, {
              kind,
              question: lang === 'sv' ? `Fråga (${kind})` : `Question (${kind})`,
              ...(kind === 'choice' || kind === 'ranking' ? { options: ['Skola', 'Polis', 'Fritid'] } : {}),
              ...(kind === 'choice' ? { maxChoices: 2 } : {}),
              ...(kind === 'scale' ? { steps: 5 } : {}),
            });
            assert.equal(made.status, 201, made.text);
            assert.equal(
              (await coordinator.post(`/api/forums/${forumId}/polls/${made.body.id}/open`)).status,
              200,
            );
            // The phone's page may already be loading the question itself, told by its stream: either way it is shown.
            await page.goto('/delta/forum').catch(() => undefined);
            await page.locator(`input[name=pollId][value="${made.body.id}"]`).waitFor({ state: 'attached' });
            // Sent empty: the error as the phone shows it.
            await page.locator('form[action="/delta/forum"] button[type=submit]').click();
            await page.locator('.govuk-error-summary').waitFor();
          }),
          // Between questions: the phone waits for the next.
          async (page: Page) => {
            const coordinator = await new Api(running.url).login(
              DEMO_ACCOUNTS.coordinator.email,
              DEMO_PASSWORD,
            );
            const forumId = forums[lang]!.path.split('/').pop()!;
            const polls = (await coordinator.get(`/api/forums/${forumId}/polls`)).body as {
              id: string;
              state: string;
            }[];
            const open = polls.find((p) => p.state === 'open')!;
            assert.equal(
              (await coordinator.post(`/api/forums/${forumId}/polls/${open.id}/close`)).status,
              200,
            );
            // The phone's page may already be loading the question itself, told by its stream: either way it is shown.
            await page.goto('/delta/forum').catch(() => undefined);
            await page.locator('[data-live-poll=""]').waitFor();
          },
        ],
      },
      {
        // The reporter prepares the municipality's document for the forum and writes in its group's room.
        email: DEMO_ACCOUNTS.reporter(lang === 'sv' ? 'ljungby' : 'lessebo'),
        password: DEMO_PASSWORD,
        visits: [
          '/forums',
          async (page) => {
            await page.goto('/forums');
            await page.locator('a[href*="/preparation/"]').first().click();
            await page.locator('#text-other').waitFor();
          },
          async (page) => {
            await page
              .locator('#text-other')
              .fill(lang === 'sv' ? 'Sommarens fältarbete.' : 'The summer’s field work.');
            await page.locator('#section-other button').click();
            await page.locator('.govuk-notification-banner').waitFor();
          },
          async (page) => {
            await page.goto('/forums');
            await page.locator('a[href*="/groups/"]').first().click();
            await page.locator('#lb-room').waitFor();
          },
          // The summary saved by the county's analyst while the reporter wrote: the page says so at once, and on
          // saving shows both texts.
          async (page) => {
            await page.locator('#text-summary').fill(lang === 'sv' ? 'Min sammanfattning.' : 'My summary.');
            const analyst = await new Api(running.url).login(DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
            const room = new URL(page.url()).pathname;
            const read = (await analyst.get(`/api${room}`)).body as {
              notes: { section: string; version: number }[];
            };
            const summary = read.notes.find((n) => n.section === 'summary')!;
            const saved = await analyst.put(`/api${room}/notes/summary`, {
              version: summary.version,
              text: lang === 'sv' ? 'Länets sammanfattning.' : 'The county’s summary.',
            });
            assert.equal(saved.status, 200, saved.text);
            await page.locator('#note-summary [data-changed]').waitFor();
            await page.locator('#note-summary button').click();
            await page.locator('#conflict').waitFor();
          },
        ],
      },
      {
        email: ADMIN.email,
        password: ADMIN.password,
        visits: [
          '/admin',
          '/users',
          '/audit',
          '/archive',
          `/rounds/${autumn}`,
          '/risks',
          '/risks?county=07',
          '/collections',
          postEmpty('/collections'),
          async (page) => {
            await page.goto('/collections');
            await page.locator('#title').fill('Regeringsuppdrag 2026');
            await page.locator('input[name=roundIds]').first().check();
            await page.locator('form[action="/collections"] button').click();
            await page.locator('#counties').waitFor();
          },
        ],
      },
    ];

    for (const lang of ['sv', 'en'] as const) {
      it(`finds no violation on any page in ${lang === 'sv' ? 'Swedish' : 'English'}, and no page fails in the browser`, async (t) => {
        if (!needs(t, ['chromium'])) return;
        const browser = await browserOf();
        const violations: string[] = [];
        const failures: string[] = [];
        let checked = 0;
        for (const user of visitsByUser(lang)) {
          const context = await newUser(browser, running.url, lang);
          try {
            const page = await context.newPage();
            failures.push(...watchForPageErrors(page));
            if (user.email) await signIn(page, user.email, user.password);
            for (const visit of user.visits) {
              if (typeof visit === 'string') await page.goto(visit);
              else await visit(page);
              assert.equal(await page.locator('html').getAttribute('lang'), lang, page.url());
              violations.push(...(await wcagViolations(page)));
              checked += 1;
            }
          } finally {
            await context.close();
          }
        }
        assert.deepEqual(violations, []);
        assert.deepEqual(failures, []);
        assert.equal(
          checked,
          visitsByUser(lang).reduce((n, user) => n + user.visits.length, 0),
          'every visit is checked',
        );
      });
    }

    it('fits a phone-width screen (320 CSS pixels, as 1280 at 400 % zoom) without scrolling sideways', async (t) => {
      if (!needs(t, ['chromium'])) return;
      const browser = await browserOf();
      const context = await browser.newContext({
        baseURL: running.url,
        viewport: { width: 320, height: 640 },
      });
      try {
        const page = await context.newPage();
        const overflowing: string[] = [];
        const check = async (path: string) => {
          await page.goto(path);
          const [scrollWidth, width] = await page.evaluate<[number, number]>(
            '[document.documentElement.scrollWidth, window.innerWidth]',
          );
          if (scrollWidth > width) overflowing.push(`${path}: ${scrollWidth} > ${width}`);
        };
        // Not even inside a scrolling region: every cell of these tables is on the screen.
        const cellsShown = async (path: string) => {
          await page.goto(path);
          const clipped = await page.evaluate<number>(
            "[...document.querySelectorAll('main tbody td, main tbody th')].filter((c) => c.getBoundingClientRect().right > window.innerWidth + 1).length",
          );
          if (clipped > 0) overflowing.push(`${path}: ${clipped} cells off the screen`);
        };
        await check('/sign-in');
        await check('/delta');
        await signIn(page, DEMO_ACCOUNTS.reporter('ljungby'), DEMO_PASSWORD);
        await check('/rounds');
        await cellsShown('/rounds');
        await check(`/rounds/${autumn}/assessments/0781`);
        for (const key of SECTION_KEYS) await check(`/rounds/${autumn}/assessments/0781/sections/${key}`);
        await check(`/rounds/${autumn}/assessments/0781/submit`);
        await context.clearCookies();
        await signIn(page, DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
        for (const path of [
          `/rounds/${autumn}`,
          `/rounds/${autumn}/assessments/0780`,
          `/rounds/${autumn}/picture`,
        ])
          await check(path);
        assert.deepEqual(overflowing, []);
      } finally {
        await context.close();
      }
    });
  },
);
