import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, openRound } from '../support/scenario';
import { startServerProcess } from '../support/server-process';

const MUNICIPALITIES = ['0760', '0761', '0763', '0764', '0765', '0767', '0780', '0781'];
const TRIALS = 5;

interface Acknowledged {
  code: string;
  version: number;
  marker: string;
  submitted: boolean;
}

/**
 * Starts the real server, fires saves and submits from eight municipalities at once, kills the process with SIGKILL
 * in the middle, starts it again on the same database and checks that every write that was answered 2xx is there.
 */
describe(`crash durability: no acknowledged write is lost when the server is killed (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let round: string;

  before(async () => {
    db = await createTestDatabase();
    const server = await startServerProcess(db.url);
    try {
      const admin = await new Api(server.url).login(ADMIN.email, ADMIN.password);
      const { coordinator } = await countyTeam(admin, MUNICIPALITIES);
      round = await openRound(coordinator, { countyCode: '07', deadline: '2099-12-31' });
    } finally {
      await server.stop();
    }
  });

  after(async () => {
    await db.drop();
  });

  it(`keeps every acknowledged save and submit over ${TRIALS} kills mid-burst`, async (t) => {
    let verified = 0;
    let attempted = 0;
    let interrupted = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const server = await startServerProcess(db.url);
      const reporters = await Promise.all(
        MUNICIPALITIES.map((code) => new Api(server.url).login(`r${code}@k.test`, 'a-good-long-password')),
      );
      const acknowledged: Acknowledged[] = [];
      let killed = false;
      const burst = reporters.map(async (reporter, i) => {
        const code = MUNICIPALITIES[i]!;
        const path = `/api/rounds/${round}/assessments/${code}`;
        let version = (await reporter.get(path)).body.version as number;
        for (let step = 0; !killed && step < 100_000; step += 1) {
          attempted += 1;
          const marker = `trial ${trial} step ${step} ${code}`;
          try {
            // Half the municipalities submit once along the way; the others save until the process dies.
            if (i % 2 === 1 && step === 10) {
              const submitted = await reporter.post(`${path}/submit`, { version });
              if (submitted.status !== 200) break;
              version = submitted.body.version;
              acknowledged.push({ code, version, marker: submitted.body.summary, submitted: true });
              break; // submitted and locked
            }
            const saved = await reporter.put(path, { ...completeDocument(version), summary: marker });
            if (saved.status !== 200) break;
            version = saved.body.version;
            acknowledged.push({ code, version, marker, submitted: false });
          } catch {
            interrupted += 1; // the connection died with the process: this request was never acknowledged
            break;
          }
        }
      });
      const killer = new Promise<void>((resolve) =>
        setTimeout(
          () => {
            killed = true;
            void server.kill().then(resolve);
          },
          400 + trial * 150,
        ),
      );
      await Promise.all([...burst, killer]);
      assert.ok(acknowledged.length > 0, `trial ${trial}: some writes were acknowledged before the kill`);

      const restarted = await startServerProcess(db.url);
      try {
        const admin = await new Api(restarted.url).login(ADMIN.email, ADMIN.password);
        const coordinator = await admin.login('c@lst.test', 'a-good-long-password');
        for (const code of MUNICIPALITIES) {
          const mine = acknowledged.filter((a) => a.code === code);
          const last = mine[mine.length - 1];
          const stored = (await admin.get(`/api/rounds/${round}/assessments/${code}`)).body;
          const history = (await admin.get(`/api/rounds/${round}/assessments/${code}/history`)).body;
          if (last) {
            assert.ok(
              stored.version >= last.version,
              `${code}: stored version ${stored.version} < acknowledged ${last.version}`,
            );
            if (stored.version === last.version) assert.equal(stored.summary, last.marker, code);
          }
          for (const submission of mine.filter((a) => a.submitted)) {
            assert.ok(
              history.submissions.some((s: { version: number }) => s.version === submission.version),
              `${code}: acknowledged submission of version ${submission.version} is kept`,
            );
          }
          verified += mine.length;
          // Reopen for the next trial: a submitted assessment goes back to the municipality.
          if (stored.status === 'submitted') {
            const returned = await coordinator.post(`/api/rounds/${round}/assessments/${code}/return`, {
              comment: 'Igen',
            });
            assert.equal(returned.status, 200, returned.text);
          }
        }
      } finally {
        await restarted.stop();
      }
    }
    t.diagnostic(
      `${TRIALS} kills, ${attempted} writes attempted, ${interrupted} cut off by the kill, ${verified} acknowledged writes verified after restart`,
    );
    assert.ok(interrupted > 0, 'the kills came in the middle of the burst');
  });
});
