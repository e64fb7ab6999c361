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
});
