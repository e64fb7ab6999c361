import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, createUser, CountyTeam, openRound } from '../support/scenario';
import { needs, readXlsx } from '../support/tools';

const HOSTILE_TITLE = '=HYPERLINK("http://x","y")';
const SAMI = 'Ŋjuolggat Áltá';

interface ExportView {
  id: string;
  status: string;
  countyCode: string | null;
  rowsWritten: number;
  sha256: string | null;
  progress: { stepsDone: number; stepsTotal: number; percent: number };
}

async function finished(api: Api, id: string): Promise<ExportView> {
  for (let i = 0; i < 400; i += 1) {
    const view = (await api.get(`/api/archive-exports/${id}`)).body as ExportView;
    if (view.status === 'done' || view.status === 'failed') return view;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`export ${id} did not finish`);
}

/**
 * Kronoberg: Växjö submitted and approved (with hostile text), Ljungby only a draft. The archive holds what was
 * submitted, written in the background, and only the county's staff and admins may start, follow and download it.
 */
describe(`archive export (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let running: RunningApp;
  let admin: Api;
  let team: CountyTeam;
  let foreignAnalyst: Api;
  let countyExport: ExportView;

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-archive-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781']);
    foreignAnalyst = await createUser(admin, {
      email: 'a12@lst.test',
      name: 'A12',
      role: 'analyst',
      countyCode: '12',
    });
    const roundId = await openRound(team.coordinator, { countyCode: '07' });
    const vaxjo = team.reporters['0780']!;
    const doc = completeDocument(0);
    doc.observedRisks[0]!.title = HOSTILE_TITLE;
    doc.observedRisks[1]!.description = `Oro i ${SAMI}`;
    assert.equal((await vaxjo.put(`/api/rounds/${roundId}/assessments/0780`, doc)).status, 200);
    assert.equal((await vaxjo.post(`/api/rounds/${roundId}/assessments/0780/submit`)).status, 200);
    assert.equal((await team.analyst.post(`/api/rounds/${roundId}/assessments/0780/approve`)).status, 200);
    const draft = await team.reporters['0781']!.put(
      `/api/rounds/${roundId}/assessments/0781`,
      completeDocument(0),
    );
    assert.equal(draft.status, 200);
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts in the background with 202, shows progress, and finishes with the submitted assessments only', async () => {
    const started = await team.coordinator.post('/api/archive-exports', { countyCode: '07' });
    assert.equal(started.status, 202, started.text);
    assert.ok(['queued', 'running'].includes(started.body.status));
    assert.equal(started.body.progress.stepsTotal, 5, 'five sheets over one round');
    countyExport = await finished(team.coordinator, started.body.id);
    assert.equal(countyExport.status, 'done');
    assert.deepEqual(countyExport.progress, { stepsDone: 5, stepsTotal: 5, percent: 100 });
    // Växjö only: 1 assessment, 2 risks, 1 measure, 1 plan, 1 risk ahead.
    assert.equal(countyExport.rowsWritten, 6);
  });

  it('downloads the file byte-identical to its sha256; openpyxl reads every sheet, user text as text', async (t) => {
    const file = await team.analyst.download(`/api/archive-exports/${countyExport.id}/download`);
    assert.equal(file.status, 200);
    assert.match(file.headers['content-disposition']!, /lagesbild-arkiv-07-\d{4}-\d{2}-\d{2}\.xlsx/);
    assert.equal(createHash('sha256').update(file.body).digest('hex'), countyExport.sha256);
    if (!needs(t, ['openpyxl'])) return;
    const path = join(dir, 'archive.xlsx');
    writeFileSync(path, file.body);
    const book = readXlsx(path);
    assert.deepEqual(book.names, [
      'Bedömningar',
      'Observerade risker',
      'Vidtagna åtgärder',
      'Planerade åtgärder',
      'Farhågor',
    ]);
    const rows = (sheet: string) => book.sheets[sheet]!.rows;
    assert.deepEqual(
      rows('Bedömningar')
        .slice(1)
        .map((r) => [r[0]?.v, r[1]?.v, r[2]?.v, r[3]?.v, r[7]?.v]),
      [['07', '0780', 'Växjö', null, 'Godkänd']],
    );
    const risks = rows('Observerade risker');
    const header = risks[0]!.map((c) => c.v);
    assert.equal(risks.length, 3);
    const first = risks[1]!;
    assert.equal(first[header.indexOf('Rubrik')]?.v, HOSTILE_TITLE);
    assert.equal(
      first[header.indexOf('Rubrik')]?.t,
      's',
      'the hostile title is a string cell, not a formula',
    );
    assert.equal(first[header.indexOf('Nivå')]?.v, 'Hög');
    assert.ok(risks[2]![header.indexOf('Beskrivning')]?.v?.includes(SAMI));
    const plans = rows('Planerade åtgärder');
    assert.equal(plans[1]![plans[0]!.map((c) => c.v).indexOf('Gäller risk nr')]?.v, '1, 2');
    for (const name of book.names) {
      assert.equal(book.sheets[name]!.freeze, 'A2', `${name} has its header frozen`);
      assert.ok(book.sheets[name]!.filter, `${name} has an autofilter`);
    }
  });

  it('refuses bad input naming the field and creates nothing', async () => {
    const before = (await admin.get('/api/archive-exports')).body.length;
    for (const countyCode of ['7', '99', 'x'.repeat(300)]) {
      const bad = await admin.post('/api/archive-exports', { countyCode });
      assert.equal(bad.status, 400, bad.text);
      assert.deepEqual(
        bad.body.errors.map((e: { path: string }) => e.path),
        ['countyCode'],
      );
    }
    assert.equal((await admin.get('/api/archive-exports')).body.length, before);
  });

  it('keeps the archive to the county board: reporters 403, another county 404, the whole country admins only', async () => {
    const reporter = team.reporters['0780']!;
    assert.equal((await reporter.post('/api/archive-exports', { countyCode: '07' })).status, 403);
    assert.equal((await reporter.get(`/api/archive-exports/${countyExport.id}`)).status, 403);
    assert.equal((await reporter.get(`/api/archive-exports/${countyExport.id}/download`)).status, 403);
    assert.deepEqual((await reporter.get('/api/archive-exports')).body, []);
    assert.equal((await foreignAnalyst.post('/api/archive-exports', { countyCode: '07' })).status, 404);
    assert.equal((await foreignAnalyst.get(`/api/archive-exports/${countyExport.id}`)).status, 404);
    assert.equal((await foreignAnalyst.get(`/api/archive-exports/${countyExport.id}/download`)).status, 404);
    assert.deepEqual((await foreignAnalyst.get('/api/archive-exports')).body, []);
    assert.equal((await team.coordinator.post('/api/archive-exports', {})).status, 403);
    const national = await admin.post('/api/archive-exports', {});
    assert.equal(national.status, 202);
    assert.equal((await finished(admin, national.body.id)).status, 'done');
    assert.equal((await team.coordinator.get(`/api/archive-exports/${national.body.id}`)).status, 404);
    assert.ok(
      !(await team.coordinator.get('/api/archive-exports')).body.some(
        (e: ExportView) => e.countyCode === null,
      ),
    );
  });

  it('finishes an export that was left unfinished when the server stopped, after the next start', async () => {
    const dataSource = running.app.get(DataSource);
    const id = '00000000-0000-4000-8000-000000000001';
    await dataSource.query(
      `INSERT INTO archive_export (id, county_code, status, steps_total, steps_done, rows_written, requested_by, created_at)
       VALUES ('${id}', '07', 'running', 5, 2, 3, 'someone', '2026-03-10T09:00:00.000Z')`,
    );
    await running.close();
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    const coordinator = new Api(running.url, team.coordinator.token);
    const resumed = await finished(coordinator, id);
    assert.equal(resumed.status, 'done');
    assert.equal(resumed.rowsWritten, 6);
  });
});
