import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, openRound } from '../support/scenario';

const WRITERS = 32;
const ROUNDS = 5;

describe(`no lost update over HTTP: ${WRITERS} concurrent saves of one version (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let reporter: Api;
  let path: string;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin);
    reporter = team.reporters['0780']!;
    path = `/api/rounds/${await openRound(team.coordinator, { countyCode: '07' })}/assessments/0780`;
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it(`lets exactly one win and answers the other ${WRITERS - 1} with 409, ${ROUNDS} times over`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const version = ((await reporter.get(path)).body as { version: number }).version;
      const responses = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) =>
          reporter.put(path, { ...completeDocument(version), summary: `round ${round} writer ${i}` }),
        ),
      );
      const winners = responses.filter((r) => r.status === 200);
      assert.equal(winners.length, 1, `round ${round}: ${responses.map((r) => r.status).join(',')}`);
      assert.equal(responses.filter((r) => r.status === 409).length, WRITERS - 1);
      const stored = (await reporter.get(path)).body as { version: number; summary: string };
      assert.equal(stored.version, version + 1);
      assert.equal(stored.summary, (winners[0]!.body as { summary: string }).summary);
    }
  });

  it('lets writers of different sections all win, and exactly one writer of each section, however they interleave', async () => {
    const doc = completeDocument(0);
    const bodies: Record<string, (i: number) => object> = {
      contact: (i) => ({ contact: doc.contact, summary: `kontakt ${i}` }),
      observedRisks: (i) => ({ observedRisks: [{ ...doc.observedRisks[0], title: `risk ${i}` }] }),
      measuresTaken: (i) => ({ measuresTaken: [{ description: `åtgärd ${i}` }] }),
      plannedMeasures: (i) => ({ plannedMeasures: [{ description: `plan ${i}` }] }),
      followUps: (i) => ({ followUps: [{ plannedMeasureId: 'p1', comment: `uppföljning ${i}` }] }),
      risksAhead: (i) => ({ risksAhead: [{ description: `framåt ${i}` }] }),
      support: (i) => ({ supportWanted: `stöd ${i}` }),
    };
    const before = (await reporter.get(path)).body as {
      version: number;
      sections: Record<string, { version: number }>;
    };
    const calls = Object.entries(bodies).flatMap(([section, body]) =>
      Array.from({ length: 4 }, (_, i) => ({
        section,
        i,
        body: { version: before.sections[section]!.version, ...body(i) },
      })),
    );
    const responses = await Promise.all(
      calls.map((c) => reporter.put(`${path}/sections/${c.section}`, c.body)),
    );
    const won = calls.filter((_, k) => responses[k]!.status === 200);
    assert.deepEqual(
      responses.map((r) => r.status).filter((status) => status !== 200 && status !== 409),
      [],
    );
    assert.deepEqual(
      won.map((c) => c.section),
      Object.keys(bodies),
      'one writer of each section',
    );
    const stored = (await reporter.get(path)).body as Record<string, unknown> & { version: number };
    assert.equal(stored.version, before.version + won.length);
    const winner = (section: string) => won.find((c) => c.section === section)!.i;
    assert.equal(stored.summary, `kontakt ${winner('contact')}`);
    assert.equal((stored.observedRisks as { title: string }[])[0]!.title, `risk ${winner('observedRisks')}`);
    assert.equal(
      (stored.measuresTaken as { description: string }[])[0]!.description,
      `åtgärd ${winner('measuresTaken')}`,
    );
    assert.equal(stored.supportWanted, `stöd ${winner('support')}`);
    const lost = responses.find((r) => r.status === 409)!.body as { messageCode: string; stored: object };
    assert.equal(lost.messageCode, 'assessment.section_changed');
    assert.ok(lost.stored, 'a stale save gets what is stored');
  });
});
