import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';

/** Kronoberg answers two rounds, Skåne one; trends of a county, a municipality and a collection over HTTP. */
describe(`trends over HTTP (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let kronoberg: CountyTeam;
  let skane: CountyTeam;
  let spring: string;
  let autumn: string;
  let skaneRound: string;

  const answer = async (team: CountyTeam, round: string, code: string, approve: boolean) => {
    const path = `/api/rounds/${round}/assessments/${code}`;
    const reporter = team.reporters[code]!;
    const current = (await reporter.get(`${path}?prefill=false`)).body;
    assert.equal((await reporter.put(path, { ...completeDocument(current.version) })).status, 200);
    assert.equal((await reporter.post(`${path}/submit`)).status, 200);
    if (approve) assert.equal((await team.analyst.post(`${path}/approve`)).status, 200);
  };

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780', '0781']);
    skane = await countyTeam(admin, ['1280'], '12');
    spring = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Våren' });
    await answer(kronoberg, spring, '0780', true);
    await answer(kronoberg, spring, '0781', false);
    assert.equal((await kronoberg.coordinator.post(`/api/rounds/${spring}/close`)).status, 200);
    autumn = await openRound(kronoberg.coordinator, {
      countyCode: '07',
      title: 'Hösten',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      deadline: '2026-12-15',
    });
    await answer(kronoberg, autumn, '0780', true);
    skaneRound = await openRound(skane.coordinator, { countyCode: '12', title: 'Våren' });
    await answer(skane, skaneRound, '1280', true);
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it("gives the county's rounds, oldest first, and each area's share in each, counting what is asked for", async () => {
    const approved = await kronoberg.analyst.get('/api/counties/07/trends');
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.include, 'approved');
    assert.deepEqual(approved.body.county, { code: '07', name: 'Kronobergs län' });
    assert.deepEqual(
      approved.body.rounds.map((r: { id: string; answered: number; expected: number }) => [
        r.id,
        r.answered,
        r.expected,
      ]),
      [
        [spring, 1, 8],
        [autumn, 1, 8],
      ],
    );
    const area = completeDocument(0).observedRisks[0]!.area;
    const points = approved.body.riskAreas.find((a: { area: string }) => a.area === area).points;
    assert.deepEqual(
      points.map((p: { roundId: string; municipalityCount: number; share: number }) => [
        p.roundId,
        p.municipalityCount,
        p.share,
      ]),
      [
        [spring, 1, 1],
        [autumn, 1, 1],
      ],
    );
    const working = await kronoberg.analyst.get('/api/counties/07/trends?include=submitted');
    assert.deepEqual(
      working.body.rounds.map((r: { answered: number }) => r.answered),
      [2, 1],
    );
    const since = await kronoberg.analyst.get('/api/counties/07/trends?from=2026-07-01');
    assert.deepEqual(
      since.body.rounds.map((r: { id: string }) => r.id),
      [autumn],
    );
  });

  it("gives one municipality's own trends to its reporters and its county's staff, and to no one else", async () => {
    const own = await kronoberg.reporters['0780']!.get('/api/municipalities/0780/trends');
    assert.equal(own.status, 200, own.text);
    assert.deepEqual(own.body.municipality, { code: '0780', name: 'Växjö', countyCode: '07' });
    assert.deepEqual(
      own.body.rounds.map((r: { answered: number; expected: number }) => [r.answered, r.expected]),
      [
        [1, 1],
        [1, 1],
      ],
    );
    assert.equal((await kronoberg.analyst.get('/api/municipalities/0781/trends')).status, 200);
    assert.equal((await kronoberg.reporters['0780']!.get('/api/municipalities/0781/trends')).status, 404);
    assert.equal((await skane.analyst.get('/api/municipalities/0780/trends')).status, 404);
    assert.equal((await kronoberg.analyst.get('/api/municipalities/9999/trends')).status, 404);
  });

  it("keeps a county's trends to its board: 403 for its reporters, 404 for another county", async () => {
    assert.equal((await kronoberg.reporters['0780']!.get('/api/counties/07/trends')).status, 403);
    const other = await skane.analyst.get('/api/counties/07/trends');
    assert.equal(other.status, 404);
    assert.doesNotMatch(other.text, /Kronoberg|Våren/);
    assert.equal((await admin.get('/api/counties/07/trends')).status, 200);
    assert.equal((await admin.get('/api/counties/99/trends')).status, 404);
  });

  it('refuses a bad query naming the field, and a range that ends before it starts', async () => {
    for (const [query, field] of [
      ['include=everything', 'include'],
      ['from=2026-13-01', 'from'],
      ['from=2026-12-01&to=2026-01-01', 'to'],
    ] as const) {
      const bad = await kronoberg.analyst.get(`/api/counties/07/trends?${query}`);
      assert.equal(bad.status, 400, query);
      assert.deepEqual(
        bad.body.errors.map((e: { path: string }) => e.path),
        [field],
        query,
      );
      assert.ok(bad.body.errors[0].message.length > 0);
    }
  });

  it("gives a collection's counties their trends, each up to its round in the collection, to admins only", async () => {
    const created = await admin.post('/api/collections', {
      title: 'Våren 2026',
      roundIds: [spring, skaneRound],
    });
    assert.equal(created.status, 201, created.text);
    const trends = await admin.get(`/api/collections/${created.body.id}/trends`);
    assert.equal(trends.status, 200, trends.text);
    assert.deepEqual(
      trends.body.counties.map((c: { county: { code: string }; rounds: { id: string }[] }) => [
        c.county.code,
        c.rounds.map((r) => r.id),
      ]),
      [
        ['07', [spring]],
        ['12', [skaneRound]],
      ],
    );
    assert.equal((await kronoberg.analyst.get(`/api/collections/${created.body.id}/trends`)).status, 403);
  });
});
