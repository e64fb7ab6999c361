import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { assertAccessible, launchBrowser, newUser, signIn, watchForPageErrors } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, CountyTeam, openRound, PASSWORD } from '../support/scenario';
import { needs, pdfText } from '../support/tools';

/** Phones: the width and touch of a small one. */
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;
const TITLE = 'Dialogforum hösten 2026';

/**
 * A whole dialogue forum in Chromium: the coordinator plans it for the round with groups by main group; the
 * municipalities prepare; three guests join by code on phones and answer a word cloud and a scale while the presenter
 * view follows; two people write the same group's notes at once; and the county picture's PDF then holds the forum's
 * themes and results.
 */
describe(`pages in Chromium: a whole dialogue forum (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let running: RunningApp;
  let team: CountyTeam;
  let round: string;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-forum-story-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781']);
    round = await openRound(team.coordinator, { countyCode: '07', title: 'Hösten 2026' });
    for (const [code, theme] of [
      ['0780', 'Trygghet i centrum'],
      ['0781', 'Ungas psykiska hälsa'],
    ] as const) {
      const path = `/api/rounds/${round}/assessments/${code}`;
      assert.equal(
        (await team.reporters[code]!.put(path, { ...completeDocument(0), forumThemes: [theme] })).status,
        200,
      );
      assert.equal((await team.reporters[code]!.post(`${path}/submit`)).status, 200);
    }
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const pageOf = async (
    email: string | null,
    options: { phone?: boolean; width?: number } = {},
  ): Promise<Page> => {
    browser ??= await launchBrowser();
    const context = options.phone
      ? await browser.newContext({ baseURL: running.url, locale: 'sv-SE', ...PHONE })
      : await newUser(browser, running.url, 'sv', { width: options.width ?? 1280 });
    contexts.push(context);
    const page = await context.newPage();
    errors.push(...watchForPageErrors(page));
    if (email) await signIn(page, email, PASSWORD);
    return page;
  };

  it('runs the forum from its plan to the county picture', async (t) => {
    if (!needs(t, ['chromium', 'pdftotext'])) return;
    // The coordinator plans the forum for the round, with groups by SKR main group.
    const coordinator = await pageOf('c@lst.test');
    await coordinator.goto('/forums');
    await coordinator.locator('#title').fill(TITLE);
    await coordinator.locator('#startsAt').fill('2026-12-10T09:00');
    await coordinator.locator('#roundId').selectOption(round);
    await coordinator.locator('input[name=grouping][value=mainGroup]').check();
    await coordinator.locator('form[action="/forums"] button[type=submit]').click();
    await coordinator.waitForURL((url) => /^\/forums\/[0-9a-f-]{36}$/.test(url.pathname));
    const forumPath = new URL(coordinator.url()).pathname;
    const joinCode = (await coordinator.locator('dd .lb-join-code').innerText()).trim();
    const agenda = await coordinator.locator('ol.govuk-list--number').innerText();
    assert.match(agenda, /Trygghet i centrum/);
    assert.match(agenda, /Ungas psykiska hälsa/);
    const groupHeadings = await coordinator.locator('h3.govuk-heading-s').allInnerTexts();
    assert.ok(
      groupHeadings.some((h) => /^B /.test(h)) && groupHeadings.some((h) => /^C /.test(h)),
      groupHeadings.join(' | '),
    );

    // Each municipality prepares: the proposal from its assessment, changed, saved, and said to be ready.
    for (const code of ['0780', '0781']) {
      const reporter = await pageOf(`r${code}@k.test`);
      await reporter.goto('/forums');
      await reporter.locator('a[href*="/preparation/"]').click();
      assert.match(await reporter.locator('#text-risks').inputValue(), /^• Skadegörelse i centrum/);
      await reporter.locator('#text-other').fill(`Kommun ${code} berättar om sommarens fältarbete.`);
      await reporter.locator('#section-other button').click();
      await reporter.locator('.govuk-notification-banner').waitFor();
      await reporter.locator('form[action$="/prepared"] button').click();
      await reporter.locator('.govuk-tag--green').waitFor();
      await reporter.context().close();
    }
    await coordinator.reload();
    const prepared = await coordinator.locator('#preparations + table tbody tr').allInnerTexts();
    // Växjö and Ljungby have prepared; the county's other municipalities, which have no reporters here, have not.
    const ready = prepared.filter((row) => /Ja, /.test(row)).map((row) => row.split('\t')[0]!.trim());
    assert.deepEqual(ready.sort(), ['Ljungby', 'Växjö']);
    assert.equal(prepared.length, 8);

    // Two questions, the word cloud opened; the presenter view on the projector.
    for (const [kind, question] of [
      ['wordCloud', 'Vilka sociala risker såg ni i somras?'],
      ['scale', 'Hur oroliga är ni inför hösten?'],
    ] as const) {
      await coordinator.locator(`input[name=kind][value=${kind}]`).check();
      await coordinator.locator('#question').fill(question);
      await coordinator.locator('form[action$="/polls"] button[type=submit]').click();
      await coordinator.locator('.govuk-notification-banner').waitFor();
    }
    await coordinator.locator('section.lb-poll').first().locator('form button').click();
    await coordinator.locator('section.lb-poll .govuk-tag--green').waitFor();
    const presenter = await pageOf('a@lst.test', { width: 1280 });
    await presenter.goto(`${forumPath}/presenter`);
    await presenter.locator('#lb-presenter-live h2', { hasText: 'Vilka sociala risker' }).waitFor();
    assert.equal((await presenter.locator('.lb-presenter__code').innerText()).trim(), joinCode);

    // Three guests join by code on their phones and answer.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i += 1) {
      const phone = await pageOf(null, { phone: true });
      await phone.goto('/delta');
      await phone.locator('#joinCode').fill(`${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`);
      await phone.locator('form[action="/delta"] button[type=submit]').click();
      await phone.locator('#words').waitFor();
      phones.push(phone);
    }
    await assertAccessible(phones[0]!);
    const words = [['Trygghet', 'Ensamhet'], ['trygghet'], ['Skolfrånvaro']];
    for (const [i, phone] of phones.entries()) {
      // A second between the answers (the test's clock stands still otherwise): a word is shown as first written.
      running.clock.advance(1000);
      for (const [j, word] of words[i]!.entries())
        await phone.locator(j === 0 ? '#words' : `#words-${j}`).fill(word);
      await phone.locator('form[action="/delta/forum"] button[type=submit]').click();
      await phone.locator('.govuk-notification-banner').waitFor();
    }
    // The presenter view follows by itself: every answer, drawn and in its table.
    const live = presenter.locator('#lb-presenter-live');
    await live.locator('.lb-results__count', { hasText: 'Antal svar: 3' }).waitFor({ timeout: 10_000 });
    const rows = await live.locator('table tbody tr').allInnerTexts();
    assert.deepEqual(
      rows.map((r) => r.replace(/\s+/g, ' ').trim()),
      ['Trygghet 2', 'Ensamhet 1', 'Skolfrånvaro 1'],
    );
    assert.equal(await presenter.locator('#lb-presenter-status').getAttribute('aria-live'), 'polite');
    await presenter.locator('#lb-presenter-status', { hasText: '3 svar' }).waitFor({ timeout: 15_000 });
    await assertAccessible(presenter);

    // The scale is opened; the phones show it by themselves.
    await coordinator.reload();
    await coordinator.locator('section.lb-poll').nth(1).locator('form button').click();
    for (const [i, phone] of phones.entries()) {
      await phone.locator('input[name=value]').first().waitFor({ timeout: 10_000 });
      if (i === 0) await assertAccessible(phone);
      await phone.locator(`input[name=value][value="${[4, 5, 4][i]}"]`).check();
      await phone.locator('form[action="/delta/forum"] button[type=submit]').click();
      await phone.locator('.govuk-notification-banner').waitFor();
    }
    await live.locator('h2', { hasText: 'Hur oroliga' }).waitFor({ timeout: 10_000 });
    await live.locator('.lb-results__count', { hasText: 'medelvärde 4,3' }).waitFor({ timeout: 10_000 });

    // Two people write the same group's notes at once: the analyst on Växjö's presentation, Växjö's reporter on the
    // summary; each sees the other's text without reloading, and both texts are kept.
    const analyst = presenter;
    await analyst.goto(forumPath);
    const roomPath = await analyst
      .locator('h3.govuk-heading-s', { hasText: /^B / })
      .locator('a[href*="/groups/"]')
      .getAttribute('href');
    const reporter = await pageOf('r0780@k.test');
    await Promise.all([analyst.goto(roomPath!), reporter.goto(roomPath!)]);
    await analyst.locator('#text-0780').fill('Växjö: fältarbetet gav färre bränder.');
    await reporter.locator('#text-summary').fill('Gruppen vill att polisen deltar nästa gång.');
    await Promise.all([
      analyst.locator('#note-0780 button').click(),
      reporter.locator('#note-summary button').click(),
    ]);
    await analyst.locator('.govuk-notification-banner').waitFor();
    await reporter.locator('.govuk-notification-banner').waitFor();
    await analyst.waitForFunction(
      "document.getElementById('text-summary').value.includes('polisen deltar')",
      undefined,
      {
        timeout: 10_000,
      },
    );
    await reporter.waitForFunction(
      "document.getElementById('text-0780').value.includes('färre bränder')",
      undefined,
      {
        timeout: 10_000,
      },
    );
    await assertAccessible(reporter);

    // The county picture's PDF holds the forum: its themes and its results.
    const made = await team.coordinator.post(`/api/rounds/${round}/reports`, {
      format: 'pdf',
      include: 'submitted',
    });
    assert.equal(made.status, 201, made.text);
    const file = join(dir, 'lagesbild.pdf');
    writeFileSync(file, (await team.coordinator.download(made.body.downloadUrl)).body);
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const expected of [
      'Dialogforum',
      `Källa: dialogforumet ${TITLE}`,
      'Trygghet i centrum',
      'Ungas psykiska hälsa',
      `Vilka sociala risker såg ni i somras? (3 svar) – ${TITLE}`,
      'Trygghet 2',
      `Hur oroliga är ni inför hösten? (3 svar) – ${TITLE}`,
      'Medelvärde: 4,3',
      'Växjö: fältarbetet gav färre bränder.',
      'Gruppen vill att polisen deltar nästa gång.',
    ])
      assert.ok(text.includes(expected), expected);
    assert.deepEqual(errors, []);
  });
});
