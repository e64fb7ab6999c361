import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { KRONOBERG } from '../support/figures';
import { countyTeam, CountyTeam, createUser, openRound, PASSWORD } from '../support/scenario';
import { signInOnPage } from '../support/page-session';
import { needs, pdfText, readDocx, readXlsx } from '../support/tools';

interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  counted: boolean;
  summary: string;
  risks: { id: string; title: string }[];
}

/** A document of the organisation's own: its summary and one risk of its own title. */
function answerOf(version: number, summary: string, riskTitle: string) {
  const body = completeDocument(version);
  return {
    ...body,
    summary,
    observedRisks: [{ ...body.observedRisks[0]!, title: riskTitle }],
    measuresTaken: [],
    plannedMeasures: [],
  };
}

/**
 * A region and a civil society organisation answer a round through the same workflow as the municipalities; the
 * county picture shows them in their own section, never among the municipalities' figures; and their reporters see
 * nothing of anyone else.
 */
describe(`organisations answering a round (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let kronoberg: CountyTeam;
  let region: string;
  let redCross: string;
  let police: string;
  let regionReporter: Api;
  let redCrossReporter: Api;
  let round: string;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lb-organisations-'));
    db = await createTestDatabase();
    running = await startApp(db.url);
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780', '0781']);
    const made = async (name: string, kind: string) =>
      (await kronoberg.coordinator.post('/api/counties/07/organisations', { name, kind })).body.id as string;
    region = await made('Region Kronoberg', 'region');
    redCross = await made('Röda Korset Kronoberg', 'civil_society');
    police = await made('Polisområde Kronoberg', 'police_area');
    regionReporter = await createUser(kronoberg.coordinator, {
      email: 'rapportor@regionkronoberg.test',
      name: 'Rita Region',
      role: 'reporter',
      organisationId: region,
    });
    redCrossReporter = await createUser(kronoberg.coordinator, {
      email: 'rapportor@rodakorset.test',
      name: 'Rolf Röda',
      role: 'reporter',
      organisationId: redCross,
    });
    round = await openRound(kronoberg.coordinator, {
      countyCode: '07',
      title: 'Hösten 2026',
      organisationIds: [region, redCross],
    });
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lets each organisation's reporters fill, submit and have approved their assessment, like a municipality", async () => {
    const answers: [Api, string, string, string][] = [
      [regionReporter, region, 'Vården ser fler unga med psykisk ohälsa.', 'Ungas psykiska ohälsa'],
      [redCrossReporter, redCross, 'Fler söker stöd hos våra frivilliga.', 'Ensamhet bland äldre'],
      [kronoberg.reporters['0780']!, '0780', 'Växjös bild.', 'Skadegörelse i centrum'],
    ];
    for (const [reporter, key, summary, title] of answers) {
      const saved = await reporter.put(
        `/api/rounds/${round}/assessments/${key}`,
        answerOf(0, summary, title),
      );
      assert.equal(saved.status, 200, saved.text);
      assert.equal(saved.body.respondent.key, key);
      const submitted = await reporter.post(`/api/rounds/${round}/assessments/${key}/submit`, { version: 1 });
      assert.equal(submitted.status, 200, submitted.text);
    }
    const view = (await regionReporter.get(`/api/rounds/${round}/assessments/${region}`)).body;
    assert.deepEqual(
      [view.respondent, view.municipalityCode, view.status],
      [{ kind: 'organisation', key: region, name: 'Region Kronoberg' }, null, 'submitted'],
    );
    const approved = await kronoberg.analyst.post(`/api/rounds/${round}/assessments/${region}/approve`, {
      version: 2,
    });
    assert.equal(approved.status, 200, approved.text);
    const history = (await kronoberg.analyst.get(`/api/rounds/${round}/assessments/${region}/history`)).body;
    assert.deepEqual(
      history.events.map((e: { action: string }) => e.action),
      ['save', 'submit', 'approve'],
    );
  });

  it('refuses an organisation the round does not ask, and one of no county of the round', async () => {
    const notAsked = await kronoberg.coordinator.get(`/api/rounds/${round}/assessments/${police}`);
    assert.equal(notAsked.status, 404);
    assert.equal(notAsked.body.messageCode, 'not_found.organisation_in_round');
    const unknown = await kronoberg.coordinator.get(
      `/api/rounds/${round}/assessments/00000000-0000-4000-8000-000000000000`,
    );
    assert.equal(unknown.status, 404);
  });

  it('lists the organisations asked with their status, to the county and to each one its own only', async () => {
    const listed = (await kronoberg.analyst.get(`/api/rounds/${round}/organisation-assessments`)).body as {
      organisationName: string;
      status: string;
    }[];
    assert.deepEqual(
      listed.map((o) => [o.organisationName, o.status]),
      [
        ['Region Kronoberg', 'approved'],
        ['Röda Korset Kronoberg', 'submitted'],
      ],
    );
    const own = (await regionReporter.get(`/api/rounds/${round}/organisation-assessments`)).body as {
      organisationId: string;
    }[];
    assert.deepEqual(
      own.map((o) => o.organisationId),
      [region],
    );
    assert.deepEqual(
      (await kronoberg.reporters['0780']!.get(`/api/rounds/${round}/organisation-assessments`)).body,
      [],
    );
  });

  it('shows them in their own section of the county picture, with their own response figures', async () => {
    const picture = (await kronoberg.analyst.get(`/api/rounds/${round}/county-picture?include=submitted`))
      .body;
    const { organisations } = picture;
    assert.deepEqual(
      [organisations.expected, organisations.submitted, organisations.approved, organisations.counted],
      [2, 2, 1, 2],
    );
    assert.deepEqual(
      (organisations.rows as OrganisationRow[]).map((o) => [
        o.name,
        o.kind,
        o.status,
        o.risks.map((r) => r.title),
      ]),
      [
        ['Region Kronoberg', 'region', 'approved', ['Ungas psykiska ohälsa']],
        ['Röda Korset Kronoberg', 'civil_society', 'submitted', ['Ensamhet bland äldre']],
      ],
    );
    assert.ok(
      !organisations.rows.some((o: OrganisationRow) => o.id === police),
      'an organisation not asked is not there',
    );
    const final = (await kronoberg.analyst.get(`/api/rounds/${round}/county-picture?include=approved`)).body;
    assert.deepEqual(
      (final.organisations.rows as OrganisationRow[]).map((o) => [o.name, o.counted]),
      [
        ['Region Kronoberg', true],
        ['Röda Korset Kronoberg', false],
      ],
    );
  });

  it('never counts them in "X of Y municipalities" nor among the municipalities\' risks', async () => {
    const picture = (await kronoberg.analyst.get(`/api/rounds/${round}/county-picture?include=submitted`))
      .body;
    assert.equal(picture.response.expected, KRONOBERG.length);
    assert.equal(picture.response.submitted, 1);
    assert.equal(picture.response.counted, 1);
    assert.deepEqual(
      picture.sources.map((s: { municipalityCode: string }) => s.municipalityCode),
      ['0780'],
    );
    const titles = picture.items.observedRisks.map((r: { title: string }) => r.title);
    assert.ok(!titles.includes('Ungas psykiska ohälsa') && !titles.includes('Ensamhet bland äldre'));
    const statuses = (await kronoberg.analyst.get(`/api/rounds/${round}/assessments`)).body as {
      municipalityCode: string;
    }[];
    assert.deepEqual(
      statuses.map((s) => s.municipalityCode),
      KRONOBERG,
    );
    const rounds = (await kronoberg.analyst.get('/api/rounds')).body as {
      id: string;
      counts: Record<string, number>;
    }[];
    const counts = rounds.find((r) => r.id === round)?.counts;
    if (counts)
      assert.equal((counts.submitted ?? 0) + (counts.approved ?? 0), 1, 'the round counts one municipality');
  });

  it("lets their reporters see nothing of others: no municipality's, no other organisation's, no county picture", async () => {
    for (const [reporter, other] of [
      [regionReporter, redCross],
      [redCrossReporter, region],
    ] as const) {
      assert.equal((await reporter.get(`/api/rounds/${round}/assessments/${other}`)).status, 403);
      assert.equal((await reporter.get(`/api/rounds/${round}/assessments/${other}/history`)).status, 403);
      assert.equal((await reporter.get(`/api/rounds/${round}/assessments/0780`)).status, 403);
      assert.equal(
        (await reporter.put(`/api/rounds/${round}/assessments/0781`, answerOf(0, 'x', 'y'))).status,
        403,
      );
      assert.deepEqual((await reporter.get(`/api/rounds/${round}/assessments`)).body, []);
      assert.equal((await reporter.get(`/api/rounds/${round}/county-picture`)).status, 403);
      assert.equal((await reporter.get('/api/municipalities/0780/risk-register')).status, 404);
      assert.equal((await reporter.get('/api/municipalities/0780/trends')).status, 404);
    }
    const vaxjo = kronoberg.reporters['0780']!;
    assert.equal((await vaxjo.get(`/api/rounds/${round}/assessments/${region}`)).status, 403);
    const unchanged = (await kronoberg.analyst.get(`/api/rounds/${round}/assessments/0781`)).body;
    assert.equal(unchanged.status, 'not_started', 'nothing refused was saved');
  });

  it("takes an organisation's reporter on the pages to the rounds that ask it and to its own assessment only", async () => {
    const { agent } = await signInOnPage(running.url, 'rapportor@regionkronoberg.test', PASSWORD);
    const list = await agent.get('/rounds');
    assert.equal(list.status, 200);
    assert.ok(
      list.text.includes('Hösten 2026') && list.text.includes('Godkänd'),
      'its round, with its own status',
    );
    const overview = await agent.get(`/rounds/${round}`).redirects(0);
    assert.equal(overview.status, 303);
    assert.equal(overview.headers.location, `/rounds/${round}/assessments/${region}`);
    const own = await agent.get(`/rounds/${round}/assessments/${region}`);
    assert.equal(own.status, 200);
    assert.ok(own.text.includes('Bedömning för Region Kronoberg'));
    assert.ok(!own.text.includes('href="/risks"'), 'no register of its own to go to');
    assert.equal((await agent.get('/risks').redirects(0)).status, 403);
    assert.equal((await agent.get(`/rounds/${round}/assessments/${redCross}`)).status, 403);
    const staff = await signInOnPage(running.url, 'a@lst.test', PASSWORD);
    const review = await staff.agent.get(`/rounds/${round}`);
    assert.ok(
      review.text.includes(`href="/rounds/${round}/assessments/${redCross}"`),
      'the county reviews it there',
    );
  });

  it('writes their section into the PDF, the Word file and the workbook, as the model has it', async (t) => {
    if (!needs(t, ['pdftotext', 'openpyxl', 'python-docx'])) return;
    const pdf = await kronoberg.analyst.post(`/api/rounds/${round}/reports`, {
      format: 'pdf',
      include: 'submitted',
    });
    assert.equal(pdf.status, 201, pdf.text);
    const pdfFile = join(dir, 'report.pdf');
    writeFileSync(pdfFile, (await kronoberg.analyst.download(`/api/reports/${pdf.body.id}/download`)).body);
    const text = pdfText(pdfFile).replace(/\s+/g, ' ');
    const section = text.slice(text.lastIndexOf('Övriga aktörer'));
    assert.match(section, /frågade omgången 2 andra aktörer/);
    assert.match(section, /2 av dem ingår i underlaget/);
    for (const words of [
      'Region Kronoberg',
      'Ungas psykiska ohälsa',
      'Röda Korset Kronoberg',
      'Ensamhet bland äldre',
    ])
      assert.ok(section.includes(words), `the PDF's section has ${words}`);

    const word = await kronoberg.analyst.post(`/api/rounds/${round}/reports`, {
      format: 'docx',
      include: 'submitted',
    });
    assert.equal(word.status, 201, word.text);
    const docxFile = join(dir, 'report.docx');
    writeFileSync(docxFile, (await kronoberg.analyst.download(`/api/reports/${word.body.id}/download`)).body);
    const blocks = readDocx(docxFile).blocks;
    const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Övriga aktörer');
    assert.ok(start > 0, 'the Word file has the section');
    const [answers] = blocks.slice(start).filter((b) => b.kind === 'table') as { rows: string[][] }[];
    assert.deepEqual(
      answers!.rows.map((r) => [r[0], r[2], r[3], r[4]]),
      [
        ['Aktör', 'Status', 'Risker', 'I underlaget'],
        ['Region Kronoberg', 'Godkänd', '1', 'ja'],
        ['Röda Korset Kronoberg', 'Inskickad', '1', 'ja'],
      ],
      'the same answers and counts as the model',
    );

    const book = await kronoberg.analyst.post(`/api/rounds/${round}/reports`, {
      format: 'xlsx',
      include: 'submitted',
    });
    const xlsx = join(dir, 'report.xlsx');
    writeFileSync(xlsx, (await kronoberg.analyst.download(`/api/reports/${book.body.id}/download`)).body);
    const sheet = readXlsx(xlsx).sheets['Övriga aktörer']!;
    assert.deepEqual(
      sheet.rows.slice(1).map((r) => [r[0]?.v, r[2]?.v, r[6]?.v]),
      [
        ['Region Kronoberg', 'Godkänd', 'Ungas psykiska ohälsa'],
        ['Röda Korset Kronoberg', 'Inskickad', 'Ensamhet bland äldre'],
      ],
    );
    const municipalities = readXlsx(xlsx).sheets['Observerade risker']!;
    assert.ok(!JSON.stringify(municipalities.rows).includes('Ungas psykiska ohälsa'));
  });

  it('keeps their submitted assessments in the archive, each named as its organisation', async (t) => {
    const started = await kronoberg.coordinator.post('/api/archive-exports', { countyCode: '07' });
    assert.equal(started.status, 202, started.text);
    let done = started.body;
    while (done.status !== 'done' && done.status !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      done = (await kronoberg.coordinator.get(`/api/archive-exports/${started.body.id}`)).body;
    }
    assert.equal(done.status, 'done');
    if (!needs(t, ['openpyxl'])) return;
    const file = join(dir, 'archive.xlsx');
    writeFileSync(
      file,
      (await kronoberg.coordinator.download(`/api/archive-exports/${done.id}/download`)).body,
    );
    const sheet = readXlsx(file).sheets['Bedömningar']!;
    const header = sheet.rows[0]!.map((c) => c.v);
    const at = (name: string) => header.indexOf(name);
    assert.deepEqual(
      sheet.rows
        .slice(1)
        .map((r) => [r[at('Kommun')]?.v ?? null, r[at('Organisation')]?.v ?? null, r[at('Status')]?.v]),
      [
        ['Växjö', null, 'Inskickad'],
        [null, 'Region Kronoberg', 'Godkänd'],
        [null, 'Röda Korset Kronoberg', 'Inskickad'],
      ],
    );
  });
});
