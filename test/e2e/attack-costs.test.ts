import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp, TickingClock } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { probingHealth } from '../support/probe';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';
import { startSmtpServer } from '../support/smtp';

/** Sixteen of Skåne's municipalities: enough answers that drawing the county's PDF takes a while. */
/** A final report of the open round: the basis is known to be incomplete. */
const FINAL = { format: 'pdf', acknowledgeIncomplete: true };
const SKANE = ['1214', '1230', '1231', '1233', '1256', '1257', '1260', '1261'].concat([
  '1262',
  '1263',
  '1264',
  '1265',
  '1266',
  '1267',
  '1270',
  '1272',
]);

interface ArchiveView {
  id: string;
  status: string;
  createdAt: string;
  finishedAt: string | null;
}

interface ReportBody {
  id: string;
  format: string;
  snapshotHash: string;
}

/** Expensive actions asked for again and again, by several users at once: each is done once, and the service answers. */
describe(`costly actions: bounded per round, county and user (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let running: RunningApp;
  let admin: Api;
  let skane: CountyTeam;
  let roundId: string;

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-costs-'));
    smtp = await startSmtpServer();
    // Real time, so that the exports' times show whether two of a county were ever unfinished at once.
    running = await startApp(db.url, {
      clock: new TickingClock(),
      env: { SMTP_URL: smtp.url, REMINDER_INTERVAL_SECONDS: '0', REPORTS_DIR: dir, LOGIN_RATE_LIMIT: '1000' },
    });
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    skane = await countyTeam(admin, SKANE, '12', smtp.received);
    roundId = await openRound(skane.coordinator, { countyCode: '12', deadline: '2099-12-31' });
    for (const code of SKANE.slice(0, 12)) {
      const path = `/api/rounds/${roundId}/assessments/${code}`;
      assert.equal((await skane.reporters[code]!.put(path, completeDocument(0))).status, 200);
      assert.equal((await skane.reporters[code]!.post(`${path}/submit`)).status, 200);
      assert.equal((await skane.analyst.post(`${path}/approve`)).status, 200);
    }
  });

  after(async () => {
    await running.close();
    await smtp.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws ten PDF exports asked for at once as one file, while health and saves keep answering', async (t) => {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const reporter = skane.reporters['1270']!;
    const draft = `/api/rounds/${roundId}/assessments/1270`;
    // The draft exists before the exports start: its saves then change no figure of the picture being drawn.
    const first = await reporter.put(draft, completeDocument(0));
    assert.equal(first.status, 200, first.text);
    let version = (first.body as { version: number }).version;
    let slowestSaveMs = 0;
    const probe = await probingHealth(running.url, async () => {
      const exports = Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? skane.analyst : skane.coordinator).post(`/api/rounds/${roundId}/reports`, FINAL),
        ),
      );
      for (let i = 0; i < 5; i += 1) {
        const started = performance.now();
        const saved = await reporter.put(draft, { ...completeDocument(version), summary: `Utkast ${i}` });
        slowestSaveMs = Math.max(slowestSaveMs, performance.now() - started);
        assert.equal(saved.status, 200, saved.text);
        version = (saved.body as { version: number }).version;
      }
      return exports;
    });
    loop.disable();
    const stallMs = loop.max / 1e6;
    t.diagnostic(`event loop: longest stall ${Math.round(stallMs)} ms while the exports ran`);
    // Drawn on the event loop, this PDF stalls it for about 600 ms; in a worker thread, for a few tens.
    assert.ok(stallMs < 300, `the event loop stalled for ${Math.round(stallMs)} ms`);
    const statuses = probe.result.map((r) => r.status).sort();
    assert.deepEqual(
      statuses,
      [200, 200, 200, 200, 200, 200, 200, 200, 200, 201],
      'one drawn, nine given it',
    );
    const ids = new Set(probe.result.map((r) => (r.body as ReportBody).id));
    assert.equal(ids.size, 1);
    const stored = (await skane.analyst.get(`/api/rounds/${roundId}/reports`)).body as ReportBody[];
    assert.deepEqual(
      stored.map((r) => r.id),
      [...ids],
      'one stored report',
    );
    assert.ok(probe.slowestMs < 1000, `health within ${Math.round(probe.slowestMs)} ms while drawing`);
    assert.ok(slowestSaveMs < 1000, `saves within ${Math.round(slowestSaveMs)} ms while drawing`);
  });

  it('answers an export of unchanged data with the stored file, and draws a new one when the data change', async () => {
    // The saves above changed the round (a draft is in its response figures): the first export draws anew.
    const first = (await skane.coordinator.post(`/api/rounds/${roundId}/reports`, FINAL)).body as ReportBody;
    const again = await skane.analyst.post(`/api/rounds/${roundId}/reports`, FINAL);
    assert.equal(again.status, 200);
    assert.equal((again.body as ReportBody).id, first.id);
    const text = await skane.analyst.put(`/api/rounds/${roundId}/narratives/summary`, {
      text: 'Läget i länet.',
    });
    assert.equal(text.status, 200);
    const changed = await skane.coordinator.post(`/api/rounds/${roundId}/reports`, FINAL);
    assert.equal(changed.status, 201);
    assert.notEqual((changed.body as ReportBody).snapshotHash, first.snapshotHash);
  });

  it('writes one archive at a time for 25 requests in a few seconds, and caps the unfinished exports of one user', async (t) => {
    const dataSource = running.app.get(DataSource);
    const count = async () =>
      Number((await dataSource.query(`SELECT COUNT(*) AS n FROM archive_export`))[0].n);
    const before = await count();
    const probe = await probingHealth(running.url, () =>
      Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          (i % 2 === 0 ? skane.analyst : skane.coordinator).post('/api/archive-exports', {
            countyCode: '12',
          }),
        ),
      ),
    );
    assert.ok(probe.result.every((r) => r.status === 202));
    const ids = new Set(probe.result.map((r) => (r.body as { id: string }).id));
    assert.equal(await count(), before + ids.size);
    assert.ok(probe.slowestMs < 1000);
    // Each export was created only once the one before it had finished: never two of the county at once.
    const exports: { createdAt: string; finishedAt: string | null }[] = [];
    for (const id of ids) {
      let e = (await skane.analyst.get(`/api/archive-exports/${id}`)).body as ArchiveView;
      while (e.status !== 'done') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        e = (await skane.analyst.get(`/api/archive-exports/${id}`)).body as ArchiveView;
      }
      exports.push(e);
    }
    exports.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    t.diagnostic(`25 requests: ${ids.size} exports, one after another`);
    for (let i = 1; i < exports.length; i += 1)
      assert.ok(exports[i]!.createdAt >= exports[i - 1]!.finishedAt!, JSON.stringify(exports));

    // Two exports of the admin that another instance holds (their leases are far from expiring): the third is refused.
    const adminId = ((await admin.get('/api/auth/me')).body as { id: string }).id;
    for (const [id, county] of [
      ['00000000-0000-4000-8000-0000000000a1', '01'],
      ['00000000-0000-4000-8000-0000000000a2', '03'],
    ]) {
      await dataSource.query(
        `INSERT INTO archive_export (id, county_code, status, steps_total, steps_done, rows_written, requested_by, created_at)
         VALUES ('${id}', '${county}', 'running', 5, 1, 0, '${adminId}', '2026-03-10T09:00:00.000Z')`,
      );
      await dataSource.query(
        `INSERT INTO job_lease (name, holder, expires_at) VALUES ('archive:${id}', 'another-instance', '2999-01-01T00:00:00.000Z')`,
      );
    }
    const third = await admin.post('/api/archive-exports', { countyCode: '04' });
    assert.equal(third.status, 429, third.text);
    assert.equal(third.body.code, 'LIMIT_REACHED');
    assert.ok(Number(third.headers['retry-after']) > 0);
    const same = await admin.post('/api/archive-exports', { countyCode: '01' });
    assert.equal(same.status, 202, 'the county that is being written: that export, not a new one');
    assert.equal(same.body.id, '00000000-0000-4000-8000-0000000000a1');
  });

  it('sends a reminder now once per cooldown, however often the button is pressed', async () => {
    const mailsBefore = smtp.received.length;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1)
      statuses.push((await skane.coordinator.post(`/api/rounds/${roundId}/reminders`)).status);
    assert.deepEqual(statuses, [200, 429, 429, 429, 429, 429, 429, 429, 429, 429]);
    const sent = smtp.received.length - mailsBefore;
    assert.equal(sent, SKANE.length - 12, 'one mail to each municipality that has not submitted, once');
    running.clock.advance(61 * 60_000);
    assert.equal((await skane.coordinator.post(`/api/rounds/${roundId}/reminders`)).status, 200);
  });
});
