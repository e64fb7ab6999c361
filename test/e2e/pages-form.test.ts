import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { assertAccessible, launchBrowser, newUser, signIn, watchForPageErrors } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { createUser, openRound, PASSWORD } from '../support/scenario';
import { needs } from '../support/tools';

const ANNA = 'anna@vaxjo.test';
const BO = 'bo@vaxjo.test';

/** Waits until the section's autosave says it saved. */
const savedBy = async (page: Page) => {
  const status = page.locator('#autosave-status');
  try {
    await status.filter({ hasText: /^(Sparat|Saved at) \d\d[.:]\d\d$/ }).waitFor({ timeout: 10_000 });
  } catch (error) {
    throw new Error(`not saved: "${await status.textContent()}"`, { cause: error });
  }
};

describe(`the assessment form with its script: autosave, two authors, the session (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let api: Api;
  let roundId: string;
  let browser: Browser | undefined;
  let base: string;
  const stored = async () =>
    (await api.get(`/api/rounds/${roundId}/assessments/0780`)).body as Record<string, any>;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { SESSION_IDLE_MINUTES: '1' } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const coordinator = await createUser(admin, {
      email: 'k@lst.test',
      name: 'Karin Samordnare',
      role: 'coordinator',
      countyCode: '07',
    });
    for (const [email, name] of [
      [ANNA, 'Anna Säkerhet'],
      [BO, 'Bo Folkhälsa'],
    ] as const)
      await createUser(coordinator, { email, name, role: 'reporter', municipalityCode: '0780' });
    roundId = await openRound(coordinator, { countyCode: '07', title: 'Lägesbild hösten 2026' });
    base = `/rounds/${roundId}/assessments/0780`;
    api = await new Api(running.url).login(ANNA, PASSWORD);
  });

  after(async () => {
    await browser?.close();
    await running.close();
    await db.drop();
  });

  const reporterPage = async (email: string) => {
    browser ??= await launchBrowser();
    const page = await (await newUser(browser, running.url)).newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, email, PASSWORD);
    let loads = 0;
    page.on('load', () => (loads += 1));
    return { page, errors, loads: () => loads };
  };

  it('saves each section as the author types, and adds, removes and undoes in place, without a page load', async (t) => {
    if (!needs(t, ['chromium'])) return;
    const { page, errors, loads } = await reporterPage(ANNA);
    await page.goto(`${base}/sections/contact`);
    const start = loads();
    await page.getByLabel('Namn', { exact: true }).fill('Anna Säkerhet');
    await page.getByLabel('E-post', { exact: true }).fill('anna@vaxjo.test');
    await savedBy(page);
    assert.equal((await stored()).contact.email, 'anna@vaxjo.test', 'saved without pressing a button');

    // A format error saves nothing of the section and says why; what was typed stays.
    await page.getByLabel('E-post', { exact: true }).fill('anna@');
    await page.locator('#autosave-status').filter({ hasText: 'Inte sparat' }).waitFor();
    assert.match(
      (await page.locator('#autosave-status').textContent()) ?? '',
      /E-post: måste vara en e-postadress/,
    );
    assert.equal((await stored()).contact.email, 'anna@vaxjo.test');
    await page.getByLabel('E-post', { exact: true }).fill('anna.sakerhet@vaxjo.test');
    await savedBy(page);

    await page.goto(`${base}/sections/observedRisks`);
    const inRisks = loads();
    await page.getByRole('button', { name: 'Lägg till en observerad risk' }).click();
    const risk = page.locator('section#observedRisks-0');
    await risk.waitFor();
    assert.equal(
      await page.evaluate('document.activeElement.id'),
      'observedRisks-0-area',
      'the new item has focus',
    );
    assert.equal(
      await risk.locator('[name$=".eventLink"]').count(),
      0,
      'a round that names no event asks about none',
    );
    await risk.getByLabel('Riskområde').selectOption({ label: 'Våld i nära relationer' });
    await risk.getByLabel('Kort rubrik (valfritt)').fill('Fler orosanmälningar');
    await risk.getByRole('group', { name: 'Nivå' }).getByLabel('Hög', { exact: true }).check();
    await risk.getByRole('group', { name: 'Utveckling sedan förra omgången' }).getByLabel('Ökat').check();
    await savedBy(page);
    await page.getByRole('button', { name: 'Lägg till en observerad risk' }).click();
    await page.locator('section#observedRisks-1').waitFor();
    await page.locator('#observedRisks-1-title').fill('Tas bort');
    await savedBy(page);
    await page.getByRole('button', { name: 'Ta bort observerad risk 2' }).click();
    await page.locator('#removed').waitFor();
    assert.match((await page.locator('#removed').textContent()) ?? '', /”Tas bort” är borttagen/);
    await assertAccessible(page);
    await page.locator('#removed').getByRole('button', { name: 'Ångra' }).click();
    await page.locator('section#observedRisks-1').waitFor();
    assert.equal(await page.locator('#observedRisks-1-title').inputValue(), 'Tas bort');
    await page.getByRole('button', { name: 'Ta bort observerad risk 2' }).click();
    await page.locator('#removed').waitFor();
    assert.equal(loads(), inRisks, 'no page load to add, remove and undo');
    assert.equal(loads() - start, 1, 'only the one to open the risks');

    const draft = await stored();
    assert.deepEqual(
      draft.observedRisks.map((r: { title: string; level: string }) => [r.title, r.level]),
      [['Fler orosanmälningar', 'hog']],
    );
    assert.equal(draft.contact.email, 'anna.sakerhet@vaxjo.test');
    assert.equal(draft.sections.observedRisks.updatedBy.name, 'Anna Säkerhet');
    assert.deepEqual(errors, []);
  });

  it('lets two reporters of one municipality edit different sections at once; both saves land', async (t) => {
    if (!needs(t, ['chromium'])) return;
    const anna = await reporterPage(ANNA);
    const bo = await reporterPage(BO);
    await anna.page.goto(`${base}/sections/plannedMeasures`);
    await bo.page.goto(`${base}/sections/support`);
    await anna.page.getByRole('button', { name: 'Lägg till en planerad åtgärd' }).click();
    await anna.page.locator('section#plannedMeasures-0').waitFor();
    await Promise.all([
      anna.page.locator('#plannedMeasures-0-description').fill('Fältarbete under sommaren.'),
      bo.page
        .getByLabel('Stöd ni önskar från länsstyrelsen (valfritt)')
        .fill('Stöd i samverkan med polisen.'),
    ]);
    await Promise.all([savedBy(anna.page), savedBy(bo.page)]);
    const draft = await stored();
    assert.equal(draft.plannedMeasures[0].description, 'Fältarbete under sommaren.');
    assert.equal(draft.supportWanted, 'Stöd i samverkan med polisen.');
    assert.equal(draft.sections.support.updatedBy.name, 'Bo Folkhälsa');
    assert.equal(draft.sections.plannedMeasures.updatedBy.name, 'Anna Säkerhet');

    // The task list names who changed what.
    await anna.page.goto(base);
    const tasks = (await anna.page.locator('#tasks').textContent()) ?? '';
    assert.match(tasks, /Stöd och teman till dialogforum\s*Ändrad av Bo Folkhälsa i dag/);
    assert.match(tasks, /Planerade åtgärder\s*Ändrad av Anna Säkerhet i dag/);
    assert.deepEqual([...anna.errors, ...bo.errors], []);
  });

  it('shows the merge view when two reporters save the same section; nothing either wrote is lost', async (t) => {
    if (!needs(t, ['chromium'])) return;
    const anna = await reporterPage(ANNA);
    const bo = await reporterPage(BO);
    await anna.page.goto(`${base}/sections/support`);
    await bo.page.goto(`${base}/sections/support`);
    const field = 'Teman till kommande dialogforum (valfritt)';
    await anna.page.getByLabel(field).fill('Ensamhet bland äldre');
    await savedBy(anna.page);
    await bo.page.getByLabel(field).fill('Trygghet i centrum');
    const conflict = bo.page.locator('#conflict');
    await conflict.waitFor();
    assert.match((await conflict.textContent()) ?? '', /Anna Säkerhet sparade avsnittet i dag/);
    assert.match((await conflict.textContent()) ?? '', /Ensamhet bland äldre/);
    assert.equal(
      await bo.page.getByLabel(field).inputValue(),
      'Trygghet i centrum',
      'what Bo wrote is still there',
    );
    await assertAccessible(bo.page);
    assert.deepEqual((await stored()).forumThemes, ['Ensamhet bland äldre']);
    await bo.page.getByLabel(field).fill('Ensamhet bland äldre\nTrygghet i centrum');
    await bo.page.getByRole('button', { name: 'Spara och gå tillbaka' }).click();
    await bo.page.getByText('Avsnittet är sparat.').waitFor();
    assert.deepEqual((await stored()).forumThemes, ['Ensamhet bland äldre', 'Trygghet i centrum']);
    assert.deepEqual([...anna.errors, ...bo.errors], []);
  });

  it('warns before the session ends, keeps it on request, and saves what was posted after it ended once signed in', async (t) => {
    if (!needs(t, ['chromium'])) return;
    const { page, errors } = await reporterPage(BO);
    await page.clock.install();
    await page.goto(`${base}/sections/contact`);
    const dialog = page.getByRole('alertdialog');
    // Idle for 31 of its 60 seconds: the warning, announced as a dialog, with the button that keeps the session.
    await page.clock.fastForward(31_000);
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /Du loggas snart ut.*om 30 sekunder/s);
    await assertAccessible(page);
    running.clock.advance(40_000);
    await dialog.getByRole('button', { name: 'Fortsätt vara inloggad' }).click();
    await dialog.waitFor({ state: 'hidden' });
    running.clock.advance(40_000);
    assert.equal(
      (await page.request.get(`${base}/sections/contact`, { maxRedirects: 0 })).status(),
      200,
      'still signed in',
    );

    // Then away for longer than the limit: the page says so, and what is typed and posted now is kept.
    await page.clock.fastForward(61_000);
    await dialog.getByText('Du är utloggad').waitFor();
    running.clock.advance(61_000);
    await page.clock.resume();
    await page.keyboard.press('Escape');
    await page.evaluate("document.getElementById('lb-timeout').close()");
    await page.getByLabel('Befattning (valfritt)').fill('Folkhälsostrateg');
    await page.getByRole('button', { name: 'Spara och gå tillbaka' }).click();
    await page.waitForURL(/\/sign-in\?next=%2Fkept%2F/);
    assert.notEqual((await stored()).contact.role, 'Folkhälsostrateg', 'not saved while signed out');
    await page.locator('#email').fill(BO);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('form[action^="/sign-in"] button[type=submit]').click();
    await page.getByText('Du loggades ut innan det du skrev hann sparas. Det är sparat nu.').waitFor();
    assert.equal((await stored()).contact.role, 'Folkhälsostrateg');
    assert.equal(await page.getByLabel('Befattning (valfritt)').inputValue(), 'Folkhälsostrateg');
    assert.deepEqual(errors, []);
  });
});
