import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { assertAccessible, launchBrowser, newUser, signIn, watchForPageErrors } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { createUser, openRound, PASSWORD } from '../support/scenario';
import { needs, pdfText } from '../support/tools';
import { fillRisk, item, openSection, saveSection } from '../support/assessment-pages';

const REPORTER = 'vaxjo@kommun.test';
const ANALYST = 'analytiker@lst.test';
const COORDINATOR = 'samordnare@lst.test';

describe(`pages in Chromium: the whole story (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let dir: string;
  let api: Api;
  let roundId: string;
  let browser: Browser | undefined;

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-pages-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const coordinator = await createUser(admin, {
      email: COORDINATOR,
      name: 'Karin Samordnare',
      role: 'coordinator',
      countyCode: '07',
    });
    await createUser(coordinator, {
      email: ANALYST,
      name: 'Johan Analytiker',
      role: 'analyst',
      countyCode: '07',
    });
    await createUser(coordinator, {
      email: REPORTER,
      name: 'Vera Växjö',
      role: 'reporter',
      municipalityCode: '0780',
    });
    roundId = await openRound(coordinator, {
      countyCode: '07',
      title: 'Lägesbild våren 2026',
      triggeringEvent: 'skogsbränderna',
    });
    api = await new Api(running.url).login(ANALYST, PASSWORD);
  });

  after(async () => {
    await browser?.close();
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a reporter fills and submits, the county returns, the reporter resubmits, the county approves and exports', async (t) => {
    if (!needs(t, ['chromium'])) return;
    browser = await launchBrowser();
    const assessmentPath = `/rounds/${roundId}/assessments/0780`;

    // The reporter signs in without scripts, as the story must work without them, and opens the round's task list.
    const reporterContext = await newUser(browser, running.url, 'sv', { javaScript: false });
    const reporter = await reporterContext.newPage();
    const reporterErrors = watchForPageErrors(reporter);
    let loads = 0;
    reporter.on('load', () => (loads += 1));
    await reporter.goto('/');
    assert.match(reporter.url(), /\/sign-in/);
    await assertAccessible(reporter);
    await signIn(reporter, REPORTER, PASSWORD);
    assert.match(reporter.url(), /\/rounds$/);
    await assertAccessible(reporter);
    await reporter.getByRole('link', { name: 'Lägesbild våren 2026' }).click();
    await reporter.waitForURL(`**${assessmentPath}`);
    assert.equal(await reporter.getByRole('heading', { level: 1 }).textContent(), 'Bedömning för Växjö');
    assert.match(
      (await reporter.locator('#tasks').textContent()) ?? '',
      /Kontaktperson och sammanfattning\s*Ej påbörjat/,
    );
    await assertAccessible(reporter);

    // An invalid e-mail address is refused with an error summary linked to the field, and nothing typed is lost.
    await openSection(reporter, 'Kontaktperson och sammanfattning');
    assert.match((await reporter.locator('label[for="contact-role"]').textContent()) ?? '', /\(valfritt\)/);
    assert.doesNotMatch(
      (await reporter.locator('label[for="contact-name"]').textContent()) ?? '',
      /valfritt/,
    );
    await reporter.getByLabel('Namn', { exact: true }).fill('Vera Växjö');
    await reporter.getByLabel('E-post', { exact: true }).fill('inte-en-adress');
    await reporter.getByLabel('Sammanfattning av läget (valfritt)').fill('Oron ökar i två områden.');
    await saveSection(reporter);
    const summary = reporter.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /Kontaktperson, E-post: måste vara en e-postadress/);
    assert.equal(await summary.getByRole('link').first().getAttribute('href'), '#contact-email');
    assert.match(await reporter.title(), /^Fel: /);
    assert.equal(await reporter.getByLabel('Namn', { exact: true }).inputValue(), 'Vera Växjö');
    assert.equal(
      await reporter.getByLabel('Sammanfattning av läget (valfritt)').inputValue(),
      'Oron ökar i två områden.',
    );
    assert.match(
      (await reporter.locator('#contact-email-error').textContent()) ?? '',
      /^\s*Fel: måste vara en e-postadress/,
    );
    await assertAccessible(reporter);
    const stored = await api.get(`/api/rounds/${roundId}/assessments/0780`);
    assert.equal(
      (stored.body as { status: string }).status,
      'not_started',
      'nothing saved from an invalid section',
    );

    // Corrected and called complete, the section saves and the task list says so.
    await reporter.getByLabel('E-post', { exact: true }).fill('vera@vaxjo.test');
    await reporter.getByLabel('Ja, avsnittet är klart').check();
    await saveSection(reporter);
    await reporter.getByText('Avsnittet är sparat.').waitFor();
    assert.match(
      (await reporter.locator('#tasks').textContent()) ?? '',
      /Kontaktperson och sammanfattning\s*Ändrad av Vera Växjö i dag \d\d\.\d\d\s*Klart/,
    );

    // Two risks: the form ends with an empty one to fill in, and another comes after each save.
    await openSection(reporter, 'Observerade risker');
    assert.equal(await reporter.locator('#observedRisks-0-heading').textContent(), 'Ny observerad risk');
    // The round names its event, and the question names it.
    await item(reporter, 'observedRisks', 0)
      .getByRole('group', { name: 'Koppling till skogsbränderna (valfritt)' })
      .getByLabel('Delvis')
      .check();
    await fillRisk(reporter, 0, {
      area: 'Våld i nära relationer',
      title: 'Fler orosanmälningar',
      level: 'Hög',
      trend: 'Ökat',
    });
    await reporter.getByRole('button', { name: 'Lägg till en observerad risk' }).click();
    await item(reporter, 'observedRisks', 1).waitFor();
    assert.equal(
      await item(reporter, 'observedRisks', 0).getByLabel('Kort rubrik (valfritt)').inputValue(),
      'Fler orosanmälningar',
    );
    await fillRisk(reporter, 1, {
      area: 'Alkohol och narkotika',
      title: 'Narkotika bland unga',
      level: 'Medel',
      trend: 'Ny',
    });
    await reporter.getByLabel('Ja, avsnittet är klart').check();
    await saveSection(reporter);
    await reporter.getByText('Avsnittet är sparat.').waitFor();

    // A measure linked to the first risk by its title; one removed by mistake comes back with undo.
    await openSection(reporter, 'Vidtagna åtgärder');
    const measure = item(reporter, 'measuresTaken', 0);
    await measure.getByLabel('Beskrivning').fill('Utbildning för personal i att fråga om våld.');
    await measure
      .getByRole('group', { name: 'Risker som åtgärden gäller (valfritt)' })
      .getByLabel('Fler orosanmälningar')
      .check();
    await measure.getByRole('group', { name: 'Aktörer (valfritt)' }).getByLabel('Socialtjänst').check();
    await measure
      .getByRole('group', { name: 'Hur väl åtgärden fungerade (valfritt)' })
      .getByLabel('Delvis')
      .check();
    await assertAccessible(reporter);
    await reporter.getByRole('button', { name: 'Lägg till en vidtagen åtgärd' }).click();
    await item(reporter, 'measuresTaken', 1).waitFor();
    await reporter.getByRole('button', { name: 'Ta bort vidtagen åtgärd 1' }).click();
    await reporter.locator('#removed').waitFor();
    assert.match(
      (await reporter.locator('#removed').textContent()) ?? '',
      /”Utbildning för personal i att fråga om våld\.” är borttagen\./,
    );
    assert.equal(
      await item(reporter, 'measuresTaken', 0).getByLabel('Beskrivning').inputValue(),
      '',
      'only the empty one is left',
    );
    await reporter.getByRole('button', { name: 'Ångra' }).click();
    await reporter.getByText('Posten är tillbaka.').waitFor();
    assert.equal(
      await item(reporter, 'measuresTaken', 0).getByLabel('Beskrivning').inputValue(),
      'Utbildning för personal i att fråga om våld.',
    );
    await reporter.getByLabel('Ja, avsnittet är klart').check();
    await saveSection(reporter);
    await reporter.getByText('Avsnittet är sparat.').waitFor();

    const draft = (await api.get(`/api/rounds/${roundId}/assessments/0780`)).body as {
      status: string;
      summary: string;
      observedRisks: { id: string; area: string; level: string; trend: string; affectedGroups: string[] }[];
      measuresTaken: { riskIds: string[]; actors: string[]; effect: string }[];
      contact: { email: string };
    };
    assert.equal(draft.status, 'draft');
    assert.equal(draft.summary, 'Oron ökar i två områden.');
    assert.deepEqual(
      draft.observedRisks.map((r) => [r.area, r.level, r.trend, r.affectedGroups]),
      [
        ['vald_nara_relationer', 'hog', 'okat', ['barn_unga']],
        ['alkohol_narkotika', 'medel', 'ny', ['barn_unga']],
      ],
    );
    assert.equal((draft.observedRisks[0] as { eventLink?: string }).eventLink, 'delvis');
    assert.equal(draft.measuresTaken.length, 1, 'the empty measure added and removed is gone');
    assert.deepEqual(draft.measuresTaken[0], {
      ...draft.measuresTaken[0],
      riskIds: [draft.observedRisks[0]!.id],
      actors: ['socialtjanst'],
      effect: 'delvis',
    });
    assert.equal(draft.contact.email, 'vera@vaxjo.test');

    // The answers to check, each section with its change link, and the submit button after them.
    await reporter.getByRole('button', { name: 'Kontrollera och skicka in' }).click();
    await reporter.waitForURL(`**${assessmentPath}/submit`);
    await reporter
      .getByRole('heading', { level: 1, name: 'Kontrollera svaren innan du skickar in' })
      .waitFor();
    assert.equal(await reporter.getByRole('link', { name: /^Ändra/ }).count(), 6);
    const order = await reporter.evaluate<number>(
      `[...document.querySelectorAll('.lb-answers')].pop().compareDocumentPosition(
        document.querySelector('form[action$="/submit"] button')) & Node.DOCUMENT_POSITION_FOLLOWING`,
    );
    assert.ok(order, 'the submit button comes after the answers');
    await assertAccessible(reporter);
    await reporter.getByRole('button', { name: 'Skicka in bedömningen' }).click();
    await reporter.getByText('Bedömningen är inskickad.').waitFor();
    assert.equal(await reporter.locator('form[action*="/sections/"]').count(), 0, 'no form after submitting');
    assert.equal(
      await reporter
        .locator('.govuk-tag')
        .first()
        .textContent()
        .then((s) => s?.trim()),
      'Inskickad',
    );
    await assertAccessible(reporter);
    const firstPass = loads;

    // The analyst finds it in the round's overview and returns it with a comment.
    const analystContext = await newUser(browser, running.url);
    const analyst = await analystContext.newPage();
    const analystErrors = watchForPageErrors(analyst);
    await signIn(analyst, ANALYST, PASSWORD);
    await analyst.getByRole('link', { name: 'Lägesbild våren 2026' }).click();
    const vaxjoRow = analyst.getByRole('row', { name: /Växjö/ });
    assert.match((await vaxjoRow.textContent()) ?? '', /Inskickad/);
    await assertAccessible(analyst);
    await vaxjoRow.getByRole('link', { name: 'Växjö' }).click();
    await analyst.waitForURL(`**${assessmentPath}`);
    await analyst.getByRole('button', { name: 'Skicka tillbaka till kommunen' }).click();
    await analyst.locator('.govuk-error-summary').waitFor();
    assert.match((await analyst.locator('#comment-error').textContent()) ?? '', /får inte vara tomt/);
    await assertAccessible(analyst);
    await analyst
      .getByLabel('Kommentar till kommunen')
      .fill('Beskriv också vilka områden i kommunen som berörs.');
    await analyst.getByRole('button', { name: 'Skicka tillbaka till kommunen' }).click();
    await analyst
      .getByRole('heading', { level: 1, name: 'Skicka tillbaka bedömningen till kommunen?' })
      .waitFor();
    assert.equal(
      await analyst.locator('#confirm-explanation').textContent(),
      'Kommunen får din kommentar, kan ändra bedömningen och skicka in den igen.',
    );
    await assertAccessible(analyst);
    assert.equal(
      (await api.get(`/api/rounds/${roundId}/assessments/0780`)).body.status,
      'submitted',
      'asked first',
    );
    await analyst.getByRole('button', { name: 'Ja, skicka tillbaka' }).click();
    await analyst.getByText('Bedömningen är återsänd').waitFor();

    // The reporter sees the comment, corrects and submits again.
    await reporter.goto(assessmentPath);
    assert.match(
      (await reporter.locator('.govuk-inset-text').textContent()) ?? '',
      /Beskriv också vilka områden i kommunen som berörs\./,
    );
    await openSection(reporter, 'Observerade risker');
    await item(reporter, 'observedRisks', 0)
      .getByLabel('Geografiskt område (valfritt)')
      .fill('Centrum och Araby');
    await saveSection(reporter);
    await reporter.getByRole('button', { name: 'Kontrollera och skicka in' }).click();
    await reporter.getByRole('button', { name: 'Skicka in bedömningen' }).click();
    await reporter.getByText('Bedömningen är inskickad.').waitFor();
    // Without scripts, a page per step: no more than one save per section.
    assert.ok(loads - firstPass <= 6, `${loads - firstPass} pages to correct one field and submit again`);

    // The analyst approves it, sees the history and opens the county picture.
    await analyst.goto(assessmentPath);
    await analyst.getByRole('button', { name: 'Godkänn bedömningen' }).click();
    await analyst.getByRole('heading', { level: 1, name: 'Godkänna bedömningen?' }).waitFor();
    await analyst.getByRole('button', { name: 'Ja, godkänn bedömningen' }).click();
    await analyst.getByText('Bedömningen är godkänd.').waitFor();
    const history = (await analyst.locator('#history + .lb-scroll table').textContent()) ?? '';
    for (const word of ['Inskickad', 'Återsänd', 'Godkänd', 'Beskriv också', 'Vidtagna åtgärder'])
      assert.match(history, new RegExp(word));
    assert.match((await analyst.getByText(/Antal inskickade versioner/).textContent()) ?? '', /2/);
    await assertAccessible(analyst);
    await analyst.goto(`/rounds/${roundId}`);
    await analyst.getByRole('link', { name: 'Länets lägesbild' }).click();
    await analyst.getByRole('heading', { level: 1, name: 'Länets lägesbild' }).waitFor();
    const area = analyst.locator('section', {
      has: analyst.getByRole('heading', { name: 'Våld i nära relationer' }),
    });
    assert.match((await area.textContent()) ?? '', /1 av 1 kommuner rapporterar området: 100\s%\./);
    const chart = area.getByRole('img');
    assert.match((await chart.getAttribute('aria-label')) ?? '', /Hög 1/);
    assert.match((await area.getByRole('table').textContent()) ?? '', /Hög\s*1/);
    const heatmapRow = analyst.locator('.lb-heatmap').getByRole('row', { name: /Växjö/ });
    assert.match((await heatmapRow.textContent()) ?? '', /Hög, ↑ Ökat/);
    await assertAccessible(analyst);

    // The analyst writes the summary text; it shows on the dashboard.
    await analyst.getByText('Skriv text till avsnittet').first().click();
    await analyst
      .getByLabel('Text till avsnittet Sammanfattning')
      .fill('Våldet i nära relationer ökar i Växjö.');
    await analyst.getByRole('button', { name: 'Spara texten' }).first().click();
    await analyst.getByText('Texten är sparad.').waitFor();
    assert.match(
      (await analyst.locator('#narrative-summary').textContent()) ?? '',
      /Våldet i nära relationer ökar/,
    );

    // The coordinator exports a PDF and downloads it.
    const coordinatorContext = await newUser(browser, running.url);
    const coordinator = await coordinatorContext.newPage();
    const coordinatorErrors = watchForPageErrors(coordinator);
    await signIn(coordinator, COORDINATOR, PASSWORD);
    await coordinator.goto(`/rounds/${roundId}`);
    await coordinator.getByRole('link', { name: 'Rapporter' }).click();
    await coordinator.getByRole('group', { name: 'Format' }).getByLabel('PDF').check();
    // The round is still open: a final report asks to be told so first.
    await coordinator.getByRole('button', { name: 'Skapa rapporten' }).click();
    await coordinator
      .locator('.govuk-error-summary')
      .getByText(/Kryssa i att du vet/)
      .waitFor();
    await coordinator
      .getByText(/Omgången är fortfarande öppen/)
      .first()
      .waitFor();
    await coordinator
      .getByLabel('Jag vet att underlaget inte är komplett och vill skapa en slutrapport ändå')
      .check();
    await coordinator.getByRole('button', { name: 'Skapa rapporten' }).click();
    await coordinator.getByText('Rapporten är skapad och sparad.').waitFor();
    await assertAccessible(coordinator);
    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      coordinator
        .getByRole('link', { name: /Ladda ned/ })
        .first()
        .click(),
    ]);
    const file = join(dir, 'downloaded.pdf');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const listed = (await api.get(`/api/rounds/${roundId}/reports`)).body as {
      sha256: string;
      fileName: string;
    }[];
    assert.equal(listed.length, 1);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), listed[0]!.sha256);
    assert.equal(download.suggestedFilename(), listed[0]!.fileName);
    if (needs(t, ['pdftotext'])) {
      const text = pdfText(file);
      assert.match(text, /Växjö/);
      assert.match(text, /Våldet i nära relationer ökar i Växjö\./);
    }

    assert.deepEqual([...reporterErrors, ...analystErrors, ...coordinatorErrors], []);
  });
});
