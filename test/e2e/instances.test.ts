import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { ArchiveExport } from '../../src/archive/archive-export.entity';
import { AssessmentSubmission } from '../../src/assessments/assessment-submission.entity';
import { Assessment } from '../../src/assessments/assessment.entity';
import { appDataSourceOptions } from '../../src/entities';
import { Round } from '../../src/rounds/round.entity';
import { ADMIN, Api } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { wideDocument } from '../support/documents';
import { countyTeam, openRound } from '../support/scenario';
import { ServerProcess, startServerProcess } from '../support/server-process';

const MUNICIPALITIES = ['0760', '0761', '0763', '0764', '0765', '0767', '0780', '0781'];
/** Copies of the answered round: enough rows (about 50,000) that an export runs for seconds, long enough to kill. */
const ROUND_COPIES = 30;
const LEASE_SECONDS = '5';

interface ExportView {
  id: string;
  status: string;
  progress: { stepsDone: number };
  rowsWritten: number;
  sha256: string | null;
}

/** The ids of the exports a server says it finished, from its log. */
const finishedIn = (server: ServerProcess) =>
  [...server.output().matchAll(/Archive export ([0-9a-f-]{36}): \d+ rows/g)].map((m) => m[1]!);

/**
 * Background work with several instances: each archive export is written by exactly one, and one whose instance dies
 * mid-export is finished by another once its lease expires. On PostgreSQL two instances share the database; on SQLite,
 * where one process owns the file, the instance that starts after the one that died takes over.
 */
describe(`archive exports across instances (${onPostgres ? 'PostgreSQL, two instances' : 'SQLite, one instance after another'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let coordinatorToken: string;
  const servers: ServerProcess[] = [];
  const env = () => ({
    JOB_LEASE_SECONDS: LEASE_SECONDS,
    LOG_LEVEL: 'log',
    REPORTS_DIR: join(dir, 'reports'),
  });
  const start = async () => {
    const server = await startServerProcess(db.url, env());
    servers.push(server);
    return server;
  };
  const exportOf = async (server: ServerProcess, id: string) =>
    (await new Api(server.url, coordinatorToken).get(`/api/archive-exports/${id}`)).body as ExportView;
  async function until(server: ServerProcess, id: string, done: (e: ExportView) => boolean, seconds = 120) {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const e = await exportOf(server, id);
      if (done(e)) return e;
      if (Date.now() > deadline) throw new Error(`export ${id} still ${e.status} after ${seconds} s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-instances-'));
    const setup = await startServerProcess(db.url, env());
    try {
      const admin = await new Api(setup.url).login(ADMIN.email, ADMIN.password);
      const team = await countyTeam(admin, MUNICIPALITIES);
      coordinatorToken = team.coordinator.token!;
      const roundId = await openRound(team.coordinator, { countyCode: '07', deadline: '2099-12-31' });
      for (const code of MUNICIPALITIES) {
        const path = `/api/rounds/${roundId}/assessments/${code}`;
        assert.equal((await team.reporters[code]!.put(path, wideDocument(0))).status, 200);
        assert.equal((await team.reporters[code]!.post(`${path}/submit`)).status, 200);
      }
    } finally {
      await setup.stop();
    }
    // The answered round copied, with its assessments and submissions, as rows of the product's own entities.
    const dataSource = new DataSource(appDataSourceOptions(db.url));
    await dataSource.initialize();
    try {
      const [round] = await dataSource.getRepository(Round).find();
      const assessments = await dataSource.getRepository(Assessment).findBy({ roundId: round!.id });
      const submissions = await dataSource.getRepository(AssessmentSubmission).find();
      for (let copy = 0; copy < ROUND_COPIES; copy += 1) {
        await dataSource.transaction(async (manager) => {
          const roundCopy = { ...round!, id: randomUUID(), title: `${round!.title} (${copy})` };
          await manager.insert(Round, roundCopy);
          for (const a of assessments) {
            const assessmentCopy = { ...a, id: randomUUID(), roundId: roundCopy.id };
            await manager.insert(Assessment, assessmentCopy);
            for (const s of submissions.filter((x) => x.assessmentId === a.id))
              await manager.insert(AssessmentSubmission, {
                ...s,
                id: randomUUID(),
                assessmentId: assessmentCopy.id,
              });
          }
        });
      }
    } finally {
      await dataSource.destroy();
    }
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`runs each export left unfinished at start-up exactly once${onPostgres ? ', with two instances starting together' : ''}`, async (t) => {
    const dataSource = new DataSource(appDataSourceOptions(db.url));
    await dataSource.initialize();
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    try {
      for (const [i, id] of ids.entries())
        await dataSource.getRepository(ArchiveExport).insert({
          id,
          countyCode: '07',
          status: i === 0 ? 'running' : 'queued', // the first as a stopped instance left it
          stepsTotal: 0,
          stepsDone: 0,
          rowsWritten: 0,
          filePath: null,
          byteSize: null,
          sha256: null,
          error: null,
          requestedBy: 'someone',
          createdAt: new Date(`2026-03-10T09:00:0${i}.000Z`),
          finishedAt: null,
        });
    } finally {
      await dataSource.destroy();
    }
    const instances = await Promise.all(onPostgres ? [start(), start()] : [start()]);
    const begun = Date.now();
    const done = await Promise.all(ids.map((id) => until(instances[0], id, (e) => e.status === 'done')));
    const finished = instances.flatMap(finishedIn);
    t.diagnostic(`finished per instance: ${instances.map((s) => finishedIn(s).length).join(' and ')}`);
    t.diagnostic(
      `${done[0]!.rowsWritten} rows each; all three in ${((Date.now() - begun) / 1000).toFixed(1)} s`,
    );
    assert.deepEqual(finished.sort(), [...ids].sort(), 'each export was written once, by one instance');
    assert.ok(done.every((e) => e.rowsWritten === done[0]!.rowsWritten && e.rowsWritten > 30_000));
    await Promise.all(instances.map((s) => s.stop()));
  });

  it('finishes an export whose instance was killed in the middle, on the instance that is left', async (t) => {
    // On PostgreSQL both instances run before the export is asked for; on SQLite the next starts after the kill.
    const running = await Promise.all(onPostgres ? [start(), start()] : [start()]);
    const started = await new Api(running[0].url, coordinatorToken).post('/api/archive-exports', {
      countyCode: '07',
    });
    assert.equal(started.status, 202, started.text);
    const id = (started.body as ExportView).id;
    const midway = await until(
      running[0],
      id,
      (e) => (e.status === 'running' && e.progress.stepsDone > 0) || e.status === 'done',
    );
    assert.notEqual(midway.status, 'done', 'the export ran long enough to be killed midway');
    const writer = running.find((s) => s.output().includes(`Archive export ${id} claimed`));
    assert.ok(writer, 'one instance claimed the export');
    await writer.kill();
    const killedAt = Date.now();
    const survivor = running.find((s) => s !== writer) ?? (await start());
    const done = await until(survivor, id, (e) => e.status === 'done');
    t.diagnostic(
      `killed after ${midway.progress.stepsDone} steps; finished by the other instance ${((Date.now() - killedAt) / 1000).toFixed(1)} s later`,
    );
    assert.deepEqual(finishedIn(writer), [], 'the killed instance never finished it');
    assert.deepEqual(finishedIn(survivor), [id]);
    const download = await new Api(survivor.url, coordinatorToken).download(
      `/api/archive-exports/${id}/download`,
    );
    assert.equal(download.status, 200);
    assert.equal(createHash('sha256').update(download.body).digest('hex'), done.sha256);
    await survivor.stop();
  });
});
