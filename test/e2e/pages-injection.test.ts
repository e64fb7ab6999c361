import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { launchBrowser, newUser, signIn } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, createUser, openRound, PASSWORD } from '../support/scenario';
import { needs } from '../support/tools';

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "'; window.__pwned = 'quote'; '",
  '{{ 7 * 7 }} {% raw %}',
  '=HYPERLINK("http://evil.example","x")',
];
const HOSTILE = PAYLOADS.join(' ');

describe(`user text is shown as text in the browser, and no script of it runs (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let running: RunningApp;
  let browser: Browser | undefined;
  let round: string;

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-injection-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const { coordinator, analyst, reporters } = await countyTeam(admin);
    const reporter = reporters['0780']!;
    // A user whose name is hostile too: it shows in the user list, and as the actor of a login in the audit log.
    await createUser(coordinator, {
      email: 'hostile@k.test',
      name: HOSTILE.slice(0, 150),
      role: 'reporter',
      municipalityCode: '0781',
    });
    round = await openRound(coordinator, { countyCode: '07', title: HOSTILE.slice(0, 190) });
    const doc = completeDocument(0);
    doc.summary = HOSTILE;
    doc.observedRisks[0]!.title = HOSTILE.slice(0, 190);
    doc.observedRisks[0]!.description = HOSTILE;
    doc.measuresTaken[0]!.description = HOSTILE;
    doc.forumThemes = [HOSTILE.slice(0, 190)];
    const path = `/api/rounds/${round}/assessments/0780`;
    assert.equal((await reporter.put(path, doc)).status, 200);
    assert.equal((await reporter.post(`${path}/submit`)).status, 200);
    assert.equal((await analyst.post(`${path}/return`, { comment: HOSTILE })).status, 200);
    assert.equal(
      (await analyst.put(`/api/rounds/${round}/narratives/summary`, { text: HOSTILE })).status,
      200,
    );
  });

  after(async () => {
    await browser?.close();
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('escapes it on every page that shows it', async (t) => {
    if (!needs(t, ['chromium'])) return;
    browser = await launchBrowser();
    const visits: [string, string[]][] = [
      ['r0780@k.test', ['/rounds', `/rounds/${round}/assessments/0780`]],
      [
        'a@lst.test',
        [
          '/rounds',
          `/rounds/${round}`,
          `/rounds/${round}/assessments/0780`,
          `/rounds/${round}/picture?include=submitted`,
          `/rounds/${round}/reports`,
        ],
      ],
      ['c@lst.test', ['/users', '/audit']],
    ];
    let pages = 0;
    for (const [email, paths] of visits) {
      const context = await newUser(browser, running.url);
      try {
        const page = await context.newPage();
        await signIn(page, email, PASSWORD);
        for (const path of paths) {
          await page.goto(path);
          const found = await page.evaluate<{
            pwned: unknown;
            injected: number;
            text: string;
          }>(`({
            pwned: window.__pwned,
            injected: document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
            text: document.body.innerText,
          })`);
          assert.equal(found.pwned, undefined, `${path}: a script ran`);
          assert.equal(found.injected, 0, `${path}: markup from user text became elements`);
          if (!['/users', '/audit'].includes(path)) {
            assert.ok(
              found.text.includes('<script>window.__pwned = "script"</script>'),
              `${path}: shown as text`,
            );
            assert.ok(
              found.text.includes('{{ 7 * 7 }} {% raw %}'),
              `${path}: template syntax shown, not evaluated`,
            );
          }
          pages += 1;
        }
      } finally {
        await context.close();
      }
    }
    t.diagnostic(`${pages} pages checked with ${PAYLOADS.length} payloads in every text field`);
  });
});
