import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { csrfOf, signInOnPage } from '../support/page-session';
import { createUser, openRound } from '../support/scenario';
import type { CountyPicture } from '../../src/county-picture/county-picture.model';
import { near, shareOf } from '../support/figures';
import {
  assertAccessiblePdf,
  needs,
  pdfInfo,
  pdfText,
  qpdfCheck,
  readDocx,
  readXlsx,
  XlsxDump,
} from '../support/tools';

const HOSTILE_TITLE = '=HYPERLINK("http://x","y")';
const SCRIPT = '<script>alert(1)</script>';
const SAMI = 'Ŋjuolggat Áltá';

/**
 * Kronoberg: Växjö approved (with hostile text), Ljungby submitted, the other six not answered. The figures the JSON,
 * the PDF and the workbook must all show are computed here by hand.
 */
describe(`county picture and reports (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let dir: string;
  let analyst: Api;
  let coordinator: Api;
  let reporter: Api;
  let foreignAnalyst: Api;
  let ljungby: Api;
  let roundId: string;
  const files: Record<string, string> = {};
  const reports: Record<string, { id: string; sha256: string; snapshotHash: string; fileName: string }> = {};

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-reports-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    coordinator = await createUser(admin, {
      email: 'c@lst.test',
      name: 'C',
      role: 'coordinator',
      countyCode: '07',
    });
    analyst = await createUser(coordinator, {
      email: 'a@lst.test',
      name: 'A',
      role: 'analyst',
      countyCode: '07',
    });
    reporter = await createUser(coordinator, {
      email: 'vaxjo@k.test',
      name: 'V',
      role: 'reporter',
      municipalityCode: '0780',
    });
    ljungby = await createUser(coordinator, {
      email: 'ljungby@k.test',
      name: 'L',
      role: 'reporter',
      municipalityCode: '0781',
    });
    foreignAnalyst = await createUser(admin, {
      email: 'a12@lst.test',
      name: 'A12',
      role: 'analyst',
      countyCode: '12',
    });
    roundId = await openRound(coordinator, { countyCode: '07' });

    const vaxjoDoc = completeDocument(0);
    vaxjoDoc.observedRisks[0]!.title = HOSTILE_TITLE;
    vaxjoDoc.observedRisks[0]!.description = `Oro i ${SAMI} ${SCRIPT}`;
    assert.equal((await reporter.put(`/api/rounds/${roundId}/assessments/0780`, vaxjoDoc)).status, 200);
    assert.equal((await reporter.post(`/api/rounds/${roundId}/assessments/0780/submit`)).status, 200);
    assert.equal((await analyst.post(`/api/rounds/${roundId}/assessments/0780/approve`)).status, 200);
    const ljungbyDoc = completeDocument(0);
    ljungbyDoc.observedRisks[1]!.level = 'mycket_hog';
    assert.equal((await ljungby.put(`/api/rounds/${roundId}/assessments/0781`, ljungbyDoc)).status, 200);
    assert.equal((await ljungby.post(`/api/rounds/${roundId}/assessments/0781/submit`)).status, 200);
    const narrative = await analyst.put(`/api/rounds/${roundId}/narratives/summary`, {
      text: `Länets bild ${SAMI}.`,
    });
    assert.equal(narrative.status, 200, narrative.text);
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the hand-computed figures in JSON, counting approved only by default', async () => {
    const final = await analyst.get(`/api/rounds/${roundId}/county-picture`);
    assert.equal(final.status, 200, final.text);
    assert.equal(final.body.include, 'approved');
    assert.deepEqual(
      {
        ...final.body.response,
        byMainGroup: undefined,
        byGroup: undefined,
        statuses: undefined,
        missing: final.body.response.missing.length,
      },
      {
        expected: 8,
        submitted: 2,
        approved: 1,
        late: 0,
        missing: 6,
        returned: [],
        lateMunicipalities: [],
        counted: 1,
        byMainGroup: undefined,
        byGroup: undefined,
        statuses: undefined,
      },
    );
    const working = await analyst.get(`/api/rounds/${roundId}/county-picture?include=submitted`);
    assert.equal(working.body.response.counted, 2);
    const vald = working.body.riskAreas.find((a: { area: string }) => a.area === 'vald_nara_relationer');
    assert.equal(vald.municipalityCount, 2);
    assert.equal(vald.share, 1);
    assert.deepEqual(
      vald.levels
        .filter((l: { count: number }) => l.count > 0)
        .map((l: { code: string; count: number; from: string[] }) => [l.code, l.count, l.from]),
      [
        ['medel', 1, ['0780']],
        ['mycket_hog', 1, ['0781']],
      ],
    );
    assert.equal(working.body.riskAreas.length, 10);
    assert.deepEqual(
      working.body.sources.map((s: { municipalityCode: string; submission: number }) => [
        s.municipalityCode,
        s.submission,
      ]),
      [
        ['0780', 1],
        ['0781', 1],
      ],
    );
    assert.equal(working.body.narratives.summary, `Länets bild ${SAMI}.`);
    const again = await analyst.get(`/api/rounds/${roundId}/county-picture?include=submitted`);
    assert.equal(again.body.snapshotHash, working.body.snapshotHash);
    assert.notEqual(final.body.snapshotHash, working.body.snapshotHash);
  });

  it('refuses a narrative for a section that does not exist, and an unknown include', async () => {
    const bad = await analyst.put(`/api/rounds/${roundId}/narratives/nonsense`, { text: 'x' });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['section'],
    );
    assert.equal(
      (await analyst.put(`/api/rounds/${roundId}/narratives/riskArea.social_oro`, { text: 'Oron ökar.' }))
        .status,
      200,
    );
    assert.equal((await analyst.get(`/api/rounds/${roundId}/county-picture?include=everything`)).status, 400);
  });

  it('refuses a final report while the round is open and an assessment waits, naming what is incomplete', async () => {
    const refused = await coordinator.post(`/api/rounds/${roundId}/reports`, { format: 'pdf' });
    assert.equal(refused.status, 409, refused.text);
    assert.equal(refused.body.code, 'BASIS_INCOMPLETE');
    assert.deepEqual(refused.body.incomplete, { openRounds: 1, awaitingReview: 1, approved: 1, expected: 8 });
    assert.deepEqual(
      refused.body.errors.map((e: { path: string }) => e.path),
      ['acknowledgeIncomplete'],
    );
    assert.match(refused.body.message, /öppen och 1 av de inskickade bedömningarna väntar på granskning/);
    assert.match(refused.body.message, /1 av 8 kommuner/);
    assert.equal((await analyst.get(`/api/rounds/${roundId}/reports`)).body.length, 0, 'nothing was made');
    const bad = await coordinator.post(`/api/rounds/${roundId}/reports`, {
      format: 'pdf',
      acknowledgeIncomplete: 'yes',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['acknowledgeIncomplete'],
    );
    const working = await coordinator.post(`/api/rounds/${roundId}/reports`, {
      format: 'xlsx',
      include: 'submitted',
    });
    assert.equal(working.status, 201, 'a working version needs no acknowledgement');
    assert.match(
      working.body.fileName,
      /^lagesbild-kronobergs-lan-.+-arbetsversion-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const final = await coordinator.post(`/api/rounds/${roundId}/reports`, {
      format: 'xlsx',
      acknowledgeIncomplete: true,
    });
    assert.equal(final.status, 201, final.text);
    assert.match(final.body.fileName, /^lagesbild-kronobergs-lan-.+-slutlig-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('keeps the case number and the contact of the report, set by the county’s coordinators only', async () => {
    const path = `/api/rounds/${roundId}`;
    const details = {
      caseNumber: '701-4711-2026',
      contactName: 'Karin Samordnare',
      contactEmail: 'karin@lst.test',
      contactPhone: '010-223 40 00',
    };
    const bad = await coordinator.patch(path, { ...details, contactEmail: 'inte en adress' });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['contactEmail'],
    );
    assert.equal((await coordinator.get(path)).body.caseNumber, null, 'a refused change changes nothing');
    assert.equal((await analyst.patch(path, details)).status, 403);
    assert.equal((await foreignAnalyst.patch(path, details)).status, 404);
    const saved = await coordinator.patch(path, details);
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual(
      [saved.body.caseNumber, saved.body.contactName, saved.body.contactEmail, saved.body.contactPhone],
      Object.values(details),
    );
    const cleared = await coordinator.patch(path, { contactPhone: '' });
    assert.equal(cleared.body.contactPhone, null, 'an empty field is cleared');
    assert.equal(cleared.body.caseNumber, details.caseNumber, 'a field left out stays');
    assert.equal((await coordinator.patch(path, { contactPhone: details.contactPhone })).status, 200);
  });

  it('keeps the details on the round page: a form for the coordinators, what is set for the analysts', async () => {
    const { agent } = await signInOnPage(running.url, 'c@lst.test');
    const page = await agent.get(`/rounds/${roundId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /name="caseNumber"[^>]*value="701-4711-2026"/);
    const form = {
      _csrf: csrfOf(page.text),
      caseNumber: '701-4711-2026',
      contactName: 'Karin Samordnare',
      contactEmail: 'karin@lst.test',
      contactPhone: '010-223 40 00',
    };
    const refused = await agent
      .post(`/rounds/${roundId}/report-details`)
      .type('form')
      .send({ ...form, contactEmail: 'karin på länsstyrelsen' });
    assert.equal(refused.status, 400);
    assert.match(refused.text, /govuk-error-summary[\s\S]*href="#contactEmail"/);
    assert.match(refused.text, /value="karin på länsstyrelsen"/, 'what was typed stays in the form');
    assert.equal((await coordinator.get(`/api/rounds/${roundId}`)).body.contactEmail, 'karin@lst.test');
    const saved = await agent.post(`/rounds/${roundId}/report-details`).type('form').send(form);
    assert.equal(saved.status, 303);
    assert.match(saved.headers.location ?? '', /notice=report-details-saved/);
    const { agent: analystPage } = await signInOnPage(running.url, 'a@lst.test');
    const read = await analystPage.get(`/rounds/${roundId}`);
    assert.doesNotMatch(read.text, /report-details" novalidate/);
    assert.match(read.text, /701-4711-2026/);
    assert.match(read.text, /Karin Samordnare, karin@lst.test, 010-223 40 00/);
  });

  it('exports a PDF and a workbook, stored with their hashes; unchanged data answers with the stored export', async () => {
    for (const [key, format] of [
      ['pdf', 'pdf'],
      ['xlsx', 'xlsx'],
    ] as const) {
      const response = await coordinator.post(`/api/rounds/${roundId}/reports`, {
        format,
        include: 'submitted',
      });
      assert.equal(response.status, 201, response.text);
      reports[key] = response.body;
    }
    assert.equal(reports.pdf!.snapshotHash, reports.xlsx!.snapshotHash);
    const again = await coordinator.post(`/api/rounds/${roundId}/reports`, {
      format: 'xlsx',
      include: 'submitted',
    });
    assert.equal(again.status, 200, 'the same data, format, basis and language: the stored export');
    assert.deepEqual(again.body, reports.xlsx);
    const listed = new Set(
      (await analyst.get(`/api/rounds/${roundId}/reports`)).body.map((r: { id: string }) => r.id),
    );
    for (const report of Object.values(reports)) assert.ok(listed.has(report.id), 'the round lists it');
  });

  it('downloads every stored report byte-identical to its recorded sha256', async () => {
    for (const [key, report] of Object.entries(reports)) {
      const response = await analyst.download(`/api/reports/${report.id}/download`);
      assert.equal(response.status, 200);
      const body = response.body;
      assert.equal(createHash('sha256').update(body).digest('hex'), report.sha256);
      assert.match(String(response.headers['content-disposition']), new RegExp(report.fileName));
      files[key] = join(dir, `${key}.${key.startsWith('pdf') ? 'pdf' : 'xlsx'}`);
      writeFileSync(files[key], body);
    }
  });

  it('writes a tagged PDF with the same figures, the Sami characters and the hostile text as text', (t) => {
    if (!needs(t, ['pdftotext', 'pdfinfo', 'qpdf'])) return;
    const file = files.pdf!;
    assert.equal(qpdfCheck(file), 0);
    const info = pdfInfo(file);
    assert.equal(info.Tagged, 'yes');
    assert.match(info.Title ?? '', /Kronobergs län/);
    const pages = Number(info.Pages);
    const text = pdfText(file);
    assert.match(text, /Förväntade svar\s+8\b/);
    assert.match(text, /Inskickade\s+2\b/);
    assert.match(text, /Godkända\s+1\b/);
    assert.match(text, /Saknas\s+6\b/);
    assert.match(text, /Bedömningar i underlaget\s+2\b/);
    assert.match(text, /2 av 2 kommuner rapporterar området: 100\s%\./);
    assert.ok(text.includes(SAMI), 'the Sami name survives');
    assert.ok(text.includes('<script>alert(1)</script>'), 'markup is printed as text');
    assert.ok(text.includes(`Länets bild ${SAMI}.`), 'the narrative is printed');
    assert.ok(text.includes('Oron ökar.'), 'the risk area narrative is printed');
    assert.ok(text.includes('Innehåll'));
    assert.ok(text.includes(`Sida 2 av ${pages}`) && text.includes(`Sida ${pages} av ${pages}`));
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes('Diarienummer: 701-4711-2026'), 'the cover gives the case number');
    assert.ok(flat.includes('Kontaktperson: Karin Samordnare, karin@lst.test, 010-223 40 00'));
    assert.ok(
      flat.includes('Underlag: Inskickade och godkända bedömningar från 2 av 8 kommuner (arbetsversion)'),
    );
    const marks = text.split('Arbetsversion – innehåller bedömningar som inte är godkända').length - 1;
    assert.equal(marks, pages, 'every page of a working version says so');
  });

  it('has the tagged structure a reader that did not write it checks: headings, figures, tables, artifacts', (t) => {
    if (!needs(t, ['pikepdf'])) return;
    const structure = assertAccessiblePdf(files.pdf!, {
      lang: 'sv-SE',
      title: 'Regional lägesbild: social risk: Kronobergs län',
      working: true,
    });
    assert.ok(
      structure.headings.filter((h) => h === 2).length >= 10,
      'every risk area is a heading of its own',
    );
  });

  it('marks no page of a final report as a working version, and says on its cover what its basis lacked', async (t) => {
    if (!needs(t, ['pdftotext'])) return;
    const made = await coordinator.post(`/api/rounds/${roundId}/reports`, {
      format: 'pdf',
      acknowledgeIncomplete: true,
    });
    assert.equal(made.status, 201, made.text);
    assert.match(made.body.fileName, /-slutlig-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = join(dir, 'final.pdf');
    writeFileSync(file, (await analyst.download(made.body.downloadUrl)).body);
    const text = pdfText(file).replace(/\s+/g, ' ');
    assert.ok(!text.includes('Arbetsversion'), 'no working-version mark');
    if (needs(t, ['pikepdf']))
      assertAccessiblePdf(file, {
        lang: 'sv-SE',
        title: 'Regional lägesbild: social risk: Kronobergs län',
        working: false,
      });
    assert.ok(
      text.includes(
        'Underlaget var inte komplett när rapporten skapades: 1 av 8 kommuners bedömningar var godkända.',
      ),
    );
    assert.ok(text.includes('Omgången var fortfarande öppen.'));
  });

  it('writes a workbook whose cells carry the same figures, typed, with user text never a formula', (t) => {
    if (!needs(t, ['openpyxl'])) return;
    const book: XlsxDump = readXlsx(files.xlsx!);
    assert.deepEqual(book.names, [
      'Sammanfattning',
      'Diagram',
      'Svarsfrekvens',
      'Riskområden',
      'Värmekarta',
      'Utveckling',
      'Åtgärder per område',
      'Observerade risker',
      'Vidtagna åtgärder',
      'Planerade åtgärder',
      'Uppföljning',
      'Farhågor',
      'Status',
    ]);
    const rows = (sheet: string) => book.sheets[sheet]!.rows;
    const valueOf = (sheet: string, key: string) => rows(sheet).find((r) => r[0]?.v === key)?.[1];
    assert.deepEqual(valueOf('Sammanfattning', 'Förväntade svar'), { v: '8', t: 'n', f: 'General' });
    assert.equal(valueOf('Sammanfattning', 'Inskickade')?.v, '2');
    assert.equal(valueOf('Sammanfattning', 'Godkända')?.v, '1');
    const header = rows('Riskområden')[0]!.map((c) => c.v);
    const vald = rows('Riskområden').find((r) => r[1]?.v === 'vald_nara_relationer')!;
    assert.deepEqual(vald[2], { v: '2', t: 'n', f: 'General' });
    assert.deepEqual(vald[header.indexOf('Bedömningar i underlaget')], { v: '2', t: 'n', f: 'General' });
    const share = vald[header.indexOf('Andel')];
    assert.deepEqual([share?.t, share?.f, Number(share?.v)], ['n', '0.0%', 1]);
    assert.equal(vald[header.indexOf('Nivå: Medel')]?.v, '1');
    assert.equal(vald[header.indexOf('Nivå: Mycket hög')]?.v, '1');
    // One row per item, as many as in the JSON model (Växjö and Ljungby: 2 risks, 1 measure, 1 plan, 1 risk ahead each).
    assert.equal(rows('Observerade risker').length - 1, 4);
    assert.equal(rows('Vidtagna åtgärder').length - 1, 2);
    assert.equal(rows('Planerade åtgärder').length - 1, 2);
    assert.equal(rows('Farhågor').length - 1, 2);
    assert.equal(rows('Status').length - 1, 8);
    for (const name of book.names.filter((n) => n !== 'Diagram')) {
      assert.equal(book.sheets[name]!.freeze, 'A2', `${name} has its header frozen`);
      assert.ok(book.sheets[name]!.filter, `${name} has an autofilter`);
    }
    const hostile = rows('Observerade risker')
      .flat()
      .filter((c) => c.v === HOSTILE_TITLE);
    assert.equal(hostile.length, 1);
    assert.equal(hostile[0]!.t, 's', 'the hostile text is a string cell, not a formula');
    assert.ok(
      rows('Observerade risker')
        .flat()
        .some((c) => c.v?.includes(SAMI)),
    );
    // A working version says so first, and on every printed page; the cover's details and the computed findings.
    assert.deepEqual(
      rows('Sammanfattning')[1]!.map((c) => c.v),
      [
        'Arbetsversion – innehåller bedömningar som inte är godkända',
        'Arbetsversion. Rapporten räknar med inskickade bedömningar som länsstyrelsen ännu inte har godkänt. Den är inte den slutliga rapporten och ska inte skickas som en sådan.',
      ],
    );
    for (const name of book.names)
      assert.equal(
        book.sheets[name]!.printHeader,
        'Arbetsversion – innehåller bedömningar som inte är godkända',
        name,
      );
    assert.equal(valueOf('Sammanfattning', 'Diarienummer')?.v, '701-4711-2026');
    assert.equal(
      valueOf('Sammanfattning', 'Underlag')?.v,
      'Inskickade och godkända bedömningar från 2 av 8 kommuner (arbetsversion)',
    );
    assert.match(
      valueOf('Sammanfattning', 'Beräknat ur underlaget: Mest rapporterade områden')?.v ?? '',
      /2 av 2 kommuner/,
    );
    const statusRow = rows('Status').find((r) => r[0]?.v === '0780')!;
    assert.equal(statusRow[6]?.t, 'd', 'the submission time is a real date');
    // The overview chart as a picture: after its caption, drawn at twice its size, its words as its alternative
    // text and in the cell under it. One round has no trend to draw.
    const charts = book.sheets.Diagram!;
    assert.equal(charts.images.length, 1);
    const [overview] = charts.images;
    assert.equal(rows('Diagram')[overview!.row - 2]![0]!.v, 'Andel kommuner per nivå i varje riskområde');
    assert.ok(
      overview!.png[0] >= 900 && overview!.png[1] > 300,
      `drawn large enough: ${overview!.png.join(' × ')}`,
    );
    assert.match(
      overview!.alt ?? '',
      /^Staplat diagram .*Våld i nära relationer 100\s%.*Siffrorna står på bladet Riskområden\.$/,
    );
    assert.ok(rows('Diagram').some((r) => r[0]?.v === `I text: ${overview!.alt}`));
  });

  it('writes an editable Word file of the same report, as python-docx reads it', async (t) => {
    if (!needs(t, ['python-docx'])) return;
    const made = await coordinator.post(`/api/rounds/${roundId}/reports`, {
      format: 'docx',
      include: 'submitted',
    });
    assert.equal(made.status, 201, made.text);
    assert.match(made.body.fileName, /^lagesbild-kronobergs-lan-.+-arbetsversion-\d{4}-\d{2}-\d{2}\.docx$/);
    const download = await analyst.download(made.body.downloadUrl);
    assert.match(String(download.headers['content-type']), /wordprocessingml/);
    const file = join(dir, 'report.docx');
    writeFileSync(file, download.body);
    const word = readDocx(file);
    const model = (await analyst.get(`/api/rounds/${roundId}/county-picture?include=submitted`))
      .body as CountyPicture;
    assert.equal(word.title, 'Regional lägesbild: social risk: Kronobergs län');
    assert.equal(word.language, 'sv-SE');
    assert.ok(word.contents, 'Word’s own table of contents, from the heading styles');
    const headings = word.blocks.filter((b) => b.kind === 'heading');
    assert.deepEqual(
      headings
        .filter((h) => h.level === 1)
        .map((h) => h.text)
        .slice(0, 4),
      ['Sammanfattning', 'Läget i korthet', 'Utveckling över tid', 'Metod och svarsfrekvens'],
    );
    headings.reduce((before, h) => {
      assert.ok(h.level <= before + 1, `${h.text}: no heading level is skipped`);
      return h.level;
    }, 1);
    const tables = word.blocks.filter((b) => b.kind === 'table');
    assert.ok(
      tables.length > 5 && tables.every((table) => table.repeatHeader),
      'every table repeats its header row',
    );
    // The overview table: one row per risk area, the model's count and share.
    const overview = tables.find(
      (table) => table.rows[0]![0] === 'Riskområde' && table.rows[0]![2] === 'Andel',
    )!;
    const label = new Map(model.taxonomy.riskAreas.map((a) => [a.code, a.label.sv]));
    assert.deepEqual(
      overview.rows.slice(1).map((row) => [row[0], Number(row[1])]),
      model.riskAreas.map((a) => [label.get(a.area), a.municipalityCount]),
    );
    model.riskAreas.forEach((a, i) =>
      near(shareOf(overview.rows[i + 1]![2]!), a.share, `Word ${a.area}: share`),
    );
    const response = tables.find((table) => table.rows[0]![0] === 'Svar')!;
    assert.deepEqual(Object.fromEntries(response.rows.slice(1).map((row) => [row[0], Number(row[1])])), {
      'Förväntade svar': model.response.expected,
      Inskickade: model.response.submitted,
      Godkända: model.response.approved,
      Sena: model.response.late,
      Saknas: model.response.missing.length,
      'Bedömningar i underlaget': model.response.counted,
    });
    assert.ok(word.images.length >= 1);
    for (const image of word.images)
      assert.ok(image.descr && image.descr.length > 40, `${image.name} has alternative text`);
    assert.ok(word.sections.includes('landscape'), 'the heatmap has a page turned sideways');
    assert.ok(
      word.headers.every((h) => h.includes('Arbetsversion – innehåller bedömningar som inte är godkända')),
      'every page of a working version says so',
    );
    const text = word.blocks.map((b) => ('text' in b ? b.text : b.rows.flat().join(' '))).join('\n');
    assert.ok(text.includes(`Länets bild ${SAMI}.`), 'the analysts’ text is in place');
    assert.ok(text.includes('Diarienummer: 701-4711-2026'));
    assert.ok(text.includes('Beräknat ur underlaget'));
  });

  it('writes the report in English when asked, from the English templates', async (t) => {
    if (!needs(t, ['pdftotext', 'openpyxl'])) return;
    for (const format of ['pdf', 'xlsx'] as const) {
      const created = await coordinator.post(`/api/rounds/${roundId}/reports`, {
        format,
        include: 'submitted',
        language: 'en',
      });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.body.language, 'en');
      const file = join(dir, `report-en.${format}`);
      const download = await analyst.download(created.body.downloadUrl);
      writeFileSync(file, download.body);
      if (format === 'pdf') {
        const text = pdfText(file);
        assert.match(text, /Contents/);
        assert.match(text, /Expected answers\s+8\b/);
        assert.match(text, /Domestic violence/);
      } else {
        assert.deepEqual(readXlsx(file).names.slice(0, 3), ['Summary', 'Charts', 'Response']);
      }
    }
  });

  it('lets neither reporters (403) nor another county (404) read the picture or the reports', async () => {
    assert.equal((await reporter.get(`/api/rounds/${roundId}/county-picture`)).status, 403);
    assert.equal((await reporter.get(`/api/rounds/${roundId}/reports`)).status, 403);
    assert.equal((await reporter.post(`/api/rounds/${roundId}/reports`, { format: 'pdf' })).status, 403);
    assert.equal((await reporter.get(`/api/reports/${reports.pdf!.id}/download`)).status, 403);
    assert.equal(
      (await reporter.put(`/api/rounds/${roundId}/narratives/summary`, { text: 'x' })).status,
      403,
    );
    assert.equal((await foreignAnalyst.get(`/api/rounds/${roundId}/county-picture`)).status, 404);
    assert.equal((await foreignAnalyst.get(`/api/rounds/${roundId}/reports`)).status, 404);
    assert.equal(
      (await foreignAnalyst.post(`/api/rounds/${roundId}/reports`, { format: 'xlsx' })).status,
      404,
    );
    const foreign = await foreignAnalyst.get(`/api/reports/${reports.pdf!.id}/download`);
    assert.equal(foreign.status, 404);
    assert.ok(!foreign.text.includes(SAMI));
  });

  it('counts only the latest submission after a return and a resubmission', async () => {
    const returned = await analyst.post(`/api/rounds/${roundId}/assessments/0781/return`, {
      comment: 'Ange nivån igen.',
    });
    assert.equal(returned.status, 200, returned.text);
    const changed = completeDocument(returned.body.version);
    changed.observedRisks[1]!.level = 'lag';
    assert.equal((await ljungby.put(`/api/rounds/${roundId}/assessments/0781`, changed)).status, 200);
    assert.equal((await ljungby.post(`/api/rounds/${roundId}/assessments/0781/submit`)).status, 200);
    const working = await analyst.get(`/api/rounds/${roundId}/county-picture?include=submitted`);
    const ljungbySource = working.body.sources.find(
      (s: { municipalityCode: string }) => s.municipalityCode === '0781',
    );
    assert.equal(ljungbySource.submission, 2);
    const vald = working.body.riskAreas.find((a: { area: string }) => a.area === 'vald_nara_relationer');
    assert.deepEqual(
      vald.levels
        .filter((l: { count: number }) => l.count > 0)
        .map((l: { code: string; from: string[] }) => [l.code, l.from]),
      [
        ['lag', ['0781']],
        ['medel', ['0780']],
      ],
    );
  });
});
