import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';
import { near, shareOf } from '../support/figures';
import { needs, pdfText, qpdfCheck, readDocx, readXlsx } from '../support/tools';
import { formatters } from '../../src/web/formatting';
import { TRANSLATORS } from '../../src/common/i18n';

interface AreaFigures {
  area: string;
  municipalityCount: number;
  share: number | null;
}

/** Kronoberg and Skåne answer the same assignment; the admin compiles both rounds into one national picture. */
const NATIONAL_SUMMARY = 'Läget i landet är allvarligare än i våras.';

describe(`the national compilation (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let kronoberg: CountyTeam;
  let skane: CountyTeam;
  const rounds: Record<string, string> = {};
  let collection: string;
  let dir: string;

  async function answer(team: CountyTeam, round: string, code: string, risks: number, approve: boolean) {
    const document = completeDocument(0);
    document.observedRisks = document.observedRisks.slice(0, risks);
    document.measuresTaken = risks > 0 ? document.measuresTaken : [];
    document.plannedMeasures = [];
    const path = `/api/rounds/${round}/assessments/${code}`;
    const reporter = team.reporters[code]!;
    assert.equal((await reporter.put(path, { ...document, noRisksObserved: risks === 0 })).status, 200);
    assert.equal((await reporter.post(`${path}/submit`)).status, 200);
    if (approve) assert.equal((await team.analyst.post(`${path}/approve`)).status, 200);
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-national-'));
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780', '0781', '0760']);
    skane = await countyTeam(admin, ['1280', '1281'], '12');
    rounds['07'] = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Hösten 2026' });
    rounds['12'] = await openRound(skane.coordinator, { countyCode: '12', title: 'Hösten 2026' });
    await answer(kronoberg, rounds['07'], '0780', 2, true);
    await answer(kronoberg, rounds['07'], '0781', 1, true);
    await answer(kronoberg, rounds['07'], '0760', 2, false);
    await answer(skane, rounds['12'], '1280', 1, true);
    await answer(skane, rounds['12'], '1281', 0, true);
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('links one round per county, refusing unknown rounds, a county twice and anyone but an admin', async () => {
    const body = { title: 'Regeringsuppdrag social oro 2026', roundIds: [rounds['07'], rounds['12']] };
    assert.equal((await kronoberg.coordinator.post('/api/collections', body)).status, 403);
    assert.equal((await skane.analyst.get('/api/collections')).status, 403);
    const unknown = await admin.post('/api/collections', {
      ...body,
      roundIds: [rounds['07'], 'no-such-round'],
    });
    assert.equal(unknown.status, 400);
    assert.deepEqual(
      unknown.body.errors.map((e: { path: string }) => e.path),
      ['roundIds[1]'],
    );
    const spring = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Våren 2027' });
    const twice = await admin.post('/api/collections', { ...body, roundIds: [rounds['07'], spring] });
    assert.equal(twice.status, 400);
    assert.match(twice.body.errors[0].message, /från län 07 finns redan/);
    const untitled = await admin.post('/api/collections', { roundIds: body.roundIds });
    assert.deepEqual(
      untitled.body.errors.map((e: { path: string }) => e.path),
      ['title'],
    );
    assert.equal((await admin.get('/api/collections')).body.length, 0, 'nothing refused was saved');
    const created = await admin.post('/api/collections', body);
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(
      created.body.rounds.map((r: { countyCode: string; roundId: string }) => [r.countyCode, r.roundId]),
      [
        ['07', rounds['07']],
        ['12', rounds['12']],
      ],
    );
    collection = created.body.id;
  });

  for (const include of ['approved', 'submitted'] as const) {
    it(`gives each county exactly its own picture's figures, and the nation their sum (${include})`, async () => {
      const national = await admin.get(`/api/collections/${collection}/picture?include=${include}`);
      assert.equal(national.status, 200, national.text);
      assert.deepEqual(
        national.body.counties.map((c: { countyCode: string }) => c.countyCode),
        ['07', '12'],
      );
      for (const county of national.body.counties) {
        const own = await admin.get(
          `/api/rounds/${rounds[county.countyCode]}/county-picture?include=${include}`,
        );
        assert.equal(own.status, 200);
        assert.deepEqual(county.riskAreas, own.body.riskAreas);
        const { expected, submitted, approved, late, counted } = own.body.response;
        assert.deepEqual(county.response, { expected, submitted, approved, late, counted });
        assert.equal(county.snapshotHash, own.body.snapshotHash);
      }
      const [k, s] = national.body.counties;
      assert.equal(national.body.response.expected, k.response.expected + s.response.expected);
      assert.equal(national.body.response.counted, k.response.counted + s.response.counted);
      assert.equal(national.body.response.counted, include === 'approved' ? 4 : 5);
      national.body.riskAreas.forEach((area: AreaFigures, i: number) => {
        assert.equal(area.area, k.riskAreas[i].area);
        assert.equal(
          area.municipalityCount,
          k.riskAreas[i].municipalityCount + s.riskAreas[i].municipalityCount,
        );
      });
      // The same entries as a county picture, and the municipality groups of every county's municipalities.
      assert.deepEqual(Object.keys(national.body.riskAreas[0]).sort(), Object.keys(k.riskAreas[0]).sort());
      const groups = national.body.response.byMainGroup as { expected: number }[];
      assert.equal(
        groups.reduce((sum, g) => sum + g.expected, 0),
        national.body.response.expected,
      );
    });
  }

  it('lets admins write the national report’s own texts, and no one else', async () => {
    const path = `/api/collections/${collection}/narratives`;
    const bad = await admin.put(`${path}/heatmap`, { text: 'x' });
    assert.equal(bad.status, 400, 'the national report has no heatmap section of its own');
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['section'],
    );
    assert.equal((await kronoberg.coordinator.put(`${path}/summary`, { text: 'x' })).status, 403);
    assert.equal((await admin.put(`${path}/summary`, { text: NATIONAL_SUMMARY })).status, 200);
    const saved = await admin.put(`${path}/comparison`, { text: 'Skåne rapporterar oftare än Kronoberg.' });
    assert.deepEqual(saved.body, {
      comparison: 'Skåne rapporterar oftare än Kronoberg.',
      summary: NATIONAL_SUMMARY,
    });
    assert.equal(
      (await admin.put(`${path}/riskArea.social_oro`, { text: 'Oron ökar i hela landet.' })).status,
      200,
    );
    assert.equal(
      (await admin.get(`/api/collections/${collection}/picture`)).body.narratives.summary,
      NATIONAL_SUMMARY,
    );
  });

  it('exports the national picture as a PDF of the nation and each county, and as a workbook with the counties', async (t) => {
    const refused = await admin.post(`/api/collections/${collection}/reports`, { format: 'pdf' });
    assert.equal(refused.status, 409, 'the rounds are open: a final report needs the acknowledgement');
    assert.deepEqual(
      refused.body.errors.map((e: { path: string }) => e.path),
      ['acknowledgeIncomplete'],
    );
    assert.equal(refused.body.incomplete.openRounds, 2);
    const pdf = await admin.post(`/api/collections/${collection}/reports`, {
      format: 'pdf',
      acknowledgeIncomplete: true,
    });
    assert.equal(pdf.status, 201, pdf.text);
    const xlsx = await admin.post(`/api/collections/${collection}/reports`, {
      format: 'xlsx',
      language: 'en',
      acknowledgeIncomplete: true,
    });
    assert.equal(xlsx.status, 201, xlsx.text);
    const word = await admin.post(`/api/collections/${collection}/reports`, {
      format: 'docx',
      acknowledgeIncomplete: true,
    });
    assert.equal(word.status, 201, word.text);
    assert.match(
      word.body.fileName,
      /^nationell-lagesbild-regeringsuppdrag-social-oro-2026-slutlig-\d{4}-\d{2}-\d{2}\.docx$/,
    );
    const bad = await admin.post(`/api/collections/${collection}/reports`, { format: 'odt' });
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['format'],
    );
    assert.equal((await admin.get(`/api/collections/${collection}/reports`)).body.length, 3);
    assert.equal((await kronoberg.coordinator.download(pdf.body.downloadUrl)).status, 403);
    if (!needs(t, ['pdftotext', 'qpdf', 'openpyxl', 'python-docx'])) return;
    const files: Record<string, string> = {};
    for (const [format, report] of [
      ['pdf', pdf],
      ['xlsx', xlsx],
      ['docx', word],
    ] as const) {
      const file = await admin.download(report.body.downloadUrl);
      assert.equal(file.status, 200);
      files[format] = join(dir, `national.${format}`);
      writeFileSync(files[format], file.body);
    }
    assert.equal(qpdfCheck(files.pdf!), 0);
    const text = pdfText(files.pdf!).replace(/\s+/g, ' ');
    for (const expected of [
      'Regeringsuppdrag social oro 2026',
      'Kronobergs län',
      'Skåne län',
      NATIONAL_SUMMARY,
      'Skåne rapporterar oftare än Kronoberg.',
      'Oron ökar i hela landet.',
      'Jämförelse mellan länen',
      'Kommunerna i landet',
    ])
      assert.ok(text.includes(expected), `the PDF says ${expected}`);
    // The Word file: the national picture, the counties compared, then each county's chapter; figures as the model's.
    const document = readDocx(files.docx!);
    assert.equal(document.title, 'Nationell lägesbild: social risk: Regeringsuppdrag social oro 2026');
    const chapters = document.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    for (const heading of [
      'Sammanfattning',
      'Läget i korthet',
      'Jämförelse mellan länen',
      'Kronobergs län',
      'Skåne län',
    ])
      assert.ok(chapters.includes(heading), `the Word file has the chapter ${heading}`);
    const tables = document.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    const answers = tables.find(
      (table) => table.rows[0]![0] === 'Län' && table.rows[0]![1] === 'Förväntade svar',
    )!;
    const shares = tables.find(
      (table) => table.rows[0]![0] === 'Län' && table.rows[0]![1] !== 'Förväntade svar',
    )!;
    const national = (await admin.get(`/api/collections/${collection}/picture`)).body as {
      riskAreas: { area: string }[];
      counties: {
        countyName: string;
        response: Record<string, number>;
        riskAreas: { area: string; share: number | null }[];
      }[];
    };
    assert.deepEqual(
      answers.rows.slice(1).map((row) => [row[0], ...row.slice(1, 4).map(Number)]),
      national.counties.map((c) => [
        c.countyName,
        c.response.expected,
        c.response.submitted,
        c.response.approved,
      ]),
    );
    assert.deepEqual(
      shares.rows.slice(1).map((row) => row[0]),
      national.counties.map((c) => c.countyName),
    );
    national.counties.forEach((c, i) =>
      national.riskAreas.forEach((area, j) => {
        const own = c.riskAreas.find((a) => a.area === area.area)!;
        near(shareOf(shares.rows[i + 1]![j + 1]!.split(' (')[0]!), own.share, `${c.countyName} ${area.area}`);
      }),
    );
    const book = readXlsx(files.xlsx!);
    // The national overview as a picture whose words give the nation's shares; one round each has no trend to draw.
    const [overview, ...more] = book.sheets.Charts!.images;
    assert.equal(more.length, 0);
    assert.match(overview!.alt!, /^Stacked bar chart .*\. The figures are on the sheet Risk areas\.$/);
    assert.ok(overview!.alt!.includes('Domestic violence'), overview!.alt!);
    const counties = book.sheets.Counties!.rows.slice(1).map((row) => row.map((c) => c.v));
    assert.deepEqual(
      counties.map((row) => row[0]),
      ['07', '12'],
    );
    for (const row of counties) {
      const own = (await admin.get(`/api/rounds/${rounds[row[0]!]}/county-picture`)).body.response;
      assert.deepEqual(
        row.slice(3, 8),
        [own.expected, own.submitted, own.approved, own.late, own.counted].map(String),
      );
    }
  });

  it('is on the admin’s pages: create, read per county, export', async () => {
    const { agent } = await signInOnPage(running.url, ADMIN.email, ADMIN.password);
    const list = await agent.get('/collections');
    assert.equal(list.status, 200);
    assert.ok(list.text.includes('Regeringsuppdrag social oro 2026'));
    const refused = await agent
      .post('/collections')
      .type('form')
      .send({ _csrf: csrfOf(list.text), title: '' });
    assert.equal(refused.status, 400);
    assert.match(refused.text, /govuk-error-summary/);
    const page = await agent.get(`/collections/${collection}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /id="county-07"/);
    assert.match(page.text, /id="county-12"/);
    // Every figure of the risk-area table is the model's: the nation's, and each county's own for that area.
    const model = (await admin.get(`/api/collections/${collection}/picture`)).body as {
      riskAreas: AreaFigures[];
      counties: { countyCode: string; riskAreas: AreaFigures[] }[];
    };
    const fmt = formatters('sv', TRANSLATORS.sv);
    const shown = (a: AreaFigures | undefined) =>
      a ? `${a.municipalityCount} (${fmt.percent(a.share)})` : '–';
    for (const area of model.riskAreas) {
      const row = new RegExp(`<tr class="govuk-table__row" id="area-${area.area}">([\\s\\S]*?)</tr>`).exec(
        page.text,
      );
      assert.ok(row, `a row for ${area.area}`);
      const cells = [...row[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!.trim());
      assert.deepEqual(
        cells,
        [shown(area), ...model.counties.map((c) => shown(c.riskAreas.find((a) => a.area === area.area)))],
        area.area,
      );
    }
    assert.ok(page.text.includes(NATIONAL_SUMMARY), 'the page shows the national summary');
    const text = await agent
      .post(`/collections/${collection}/narratives/comparison`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), text: 'Länen skiljer sig åt.' });
    assert.equal(text.status, 303);
    assert.match(text.headers.location ?? '', /notice=narrative-saved#narrative-comparison/);
    assert.equal(
      (await admin.get(`/api/collections/${collection}/narratives`)).body.comparison,
      'Länen skiljer sig åt.',
    );
    const figures = new Set(model.counties.flatMap((c) => c.riskAreas.map((a) => a.municipalityCount)));
    assert.ok(figures.size > 1, 'the counties report different figures, so a mismatch would show');
    const made = await agent
      .post(`/collections/${collection}/reports`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), format: 'pdf', include: 'approved', language: 'sv' });
    assert.equal(made.status, 409, 'without the box ticked, the form says why');
    assert.match(made.text, /govuk-error-summary[\s\S]*href="#acknowledgeIncomplete"/);
    const ticked = await agent
      .post(`/collections/${collection}/reports`)
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        format: 'pdf',
        include: 'approved',
        language: 'sv',
        acknowledgeIncomplete: 'yes',
      });
    assert.equal(ticked.status, 303, ticked.text);
    const after = await agent.get(ticked.headers.location!.replace(/#.*$/, ''));
    assert.equal(after.status, 200, after.text.slice(0, 500));
    const link = /href="(\/collections\/[^"]+\/download)"/.exec(after.text)?.[1];
    assert.ok(link, 'the page links the report for download');
    const download = await agent.get(link).buffer(true);
    assert.equal(download.status, 200);
    assert.match(download.headers['content-type'] ?? '', /pdf/);
    const { agent: coordinator } = await signInOnPage(running.url, 'c@lst.test');
    assert.equal((await coordinator.get(`/collections/${collection}`)).status, 403);
  });
});
