import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument, documentOf } from '../support/documents';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';

/** Växjö answers the spring round; the autumn round's draft starts from that answer. */
describe(`prefill and follow-up across two rounds (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let team: CountyTeam;
  let vaxjo: Api;
  let spring: string;
  let autumn: string;
  const path = (round: string) => `/api/rounds/${round}/assessments/0780`;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781']);
    vaxjo = team.reporters['0780']!;
    spring = await openRound(team.coordinator, { countyCode: '07', title: 'Våren' });
    assert.equal((await vaxjo.put(path(spring), completeDocument(0))).status, 200);
    assert.equal((await vaxjo.post(`${path(spring)}/submit`)).status, 200);
    assert.equal((await team.analyst.post(`${path(spring)}/approve`)).status, 200);
    assert.equal((await team.coordinator.post(`/api/rounds/${spring}/close`)).status, 200);
    autumn = await openRound(team.coordinator, {
      countyCode: '07',
      title: 'Hösten',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      deadline: '2026-12-15',
    });
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('proposes the last submitted assessment: risks carried over with the trend cleared, plans to follow up', async () => {
    const proposed = await vaxjo.get(path(autumn));
    assert.equal(proposed.status, 200, proposed.text);
    assert.equal(proposed.body.status, 'not_started');
    assert.equal(proposed.body.version, 0);
    // The version the spring assessment had when it was submitted: saved as 1, submitted as 2.
    assert.deepEqual(proposed.body.prefilledFrom, { roundId: spring, version: 2 });
    const last = completeDocument(0);
    assert.deepEqual(
      proposed.body.observedRisks.map((r: { title: string; level: string; trend: string | null }) => [
        r.title,
        r.level,
        r.trend,
      ]),
      last.observedRisks.map((r) => [r.title, r.level, null]),
    );
    const springAnswer = (await vaxjo.get(path(spring))).body;
    assert.deepEqual(
      proposed.body.observedRisks.map((r: { id: string }) => r.id),
      springAnswer.observedRisks.map((r: { id: string }) => r.id),
      'the risks keep the ids the server gave them in the spring',
    );
    assert.ok(proposed.body.observedRisks.every((r: { id: string }) => /^[0-9a-f-]{36}$/.test(r.id)));
    assert.deepEqual(proposed.body.followUps, [
      { plannedMeasureId: springAnswer.plannedMeasures[0].id, status: null, comment: '' },
    ]);
    assert.deepEqual(proposed.body.measuresTaken, []);
    assert.equal(proposed.body.contact.email, last.contact.email);
  });

  it('gives the empty document with prefill=false, refuses another value naming the field, and proposes nothing to others', async () => {
    const empty = await vaxjo.get(`${path(autumn)}?prefill=false`);
    assert.equal(empty.body.prefilledFrom, null);
    assert.deepEqual(empty.body.observedRisks, []);
    const bad = await vaxjo.get(`${path(autumn)}?prefill=maybe`);
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['prefill'],
    );
    const analystView = await team.analyst.get(path(autumn));
    assert.equal(analystView.body.prefilledFrom, null, 'only those who may save get a proposal');
    const neverAnswered = await team.reporters['0781']!.get(`/api/rounds/${autumn}/assessments/0781`);
    assert.equal(neverAnswered.body.prefilledFrom, null);
    assert.deepEqual(neverAnswered.body.observedRisks, []);
  });

  it('shows the proposal on the task list and in its sections, and asks before starting from an empty form instead', async () => {
    const { agent } = await signInOnPage(running.url, 'r0780@k.test');
    const base = `/rounds/${autumn}/assessments/0780`;
    const tasks = await agent.get(base);
    assert.equal(tasks.status, 200);
    assert.match(tasks.text, /id="prefilled"/);
    const risks = await agent.get(`${base}/sections/observedRisks`);
    assert.equal(risks.status, 200);
    assert.ok(risks.text.includes(completeDocument(0).observedRisks[0]!.title));
    const asked = await agent
      .post(`${base}/start-empty`)
      .type('form')
      .send({ _csrf: csrfOf(tasks.text) });
    assert.equal(asked.status, 200);
    assert.match(asked.text, /Börja med ett tomt formulär\?/);
    assert.match(asked.text, /name="confirmed" value="yes"/);
    assert.equal(
      (await vaxjo.get(path(autumn))).body.status,
      'not_started',
      'nothing happens before it is confirmed',
    );
  });

  it('saves the proposal as the draft; submitting asks for the trends and the follow-ups, then accepts them', async () => {
    const proposed = (await vaxjo.get(path(autumn))).body;
    const { prefilledFrom: _from, ...document } = proposed;
    const saved = await vaxjo.put(path(autumn), { ...documentOf(document), version: 0 });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.prefilledFrom, null);
    assert.equal(saved.body.observedRisks.length, 2);
    const refused = await vaxjo.post(`${path(autumn)}/submit`);
    assert.equal(refused.status, 422);
    const missing = refused.body.errors.map((e: { path: string }) => e.path);
    for (const p of ['observedRisks[0].trend', 'observedRisks[1].trend', 'followUps[0].status'])
      assert.ok(missing.includes(p), `${p} is asked for`);
    const answered = documentOf(saved.body);
    answered.observedRisks = [
      ...answered.observedRisks.map((r: object, i: number) => ({
        ...r,
        trend: 'oforandrat',
        level: i === 0 ? 'mycket_hog' : 'medel',
      })),
      {
        ...answered.observedRisks[1],
        id: undefined,
        area: 'alkohol_narkotika',
        title: 'Narkotika vid skolor',
        trend: 'okat',
      },
    ];
    answered.followUps = [
      {
        plannedMeasureId: saved.body.followUps[0].plannedMeasureId,
        status: 'genomford',
        comment: 'Avtalet är klart.',
      },
    ];
    // The measures name the carried-over risks by the ids the server gave them.
    const riskId = Object.fromEntries(
      completeDocument(0).observedRisks.map((r, i) => [r.id, saved.body.observedRisks[i].id as string]),
    );
    const linked = <M extends { riskIds: string[] }>(m: M) => ({
      ...m,
      riskIds: m.riskIds.map((id) => riskId[id]),
    });
    Object.assign(answered, {
      summary: 'Läget är oförändrat.',
      changesSinceLastRound: 'Inga större.',
      measuresTaken: completeDocument(0).measuresTaken.map(linked),
      plannedMeasures: completeDocument(0).plannedMeasures.map(linked),
      risksAhead: completeDocument(0).risksAhead,
    });
    assert.equal((await vaxjo.put(path(autumn), { ...answered, version: saved.body.version })).status, 200);
    const submitted = await vaxjo.post(`${path(autumn)}/submit`);
    assert.equal(submitted.status, 200, submitted.text);
  });

  it('tells what changed since the spring round, and between two versions in a round', async () => {
    const changes = await team.analyst.get(`${path(autumn)}/changes`);
    assert.equal(changes.status, 200, changes.text);
    assert.deepEqual(
      [
        changes.body.from.roundId,
        changes.body.from.submission,
        changes.body.to.roundId,
        changes.body.to.submission,
      ],
      [spring, 1, autumn, 1],
    );
    assert.deepEqual(
      changes.body.risksChanged.map((c: { after: { title: string }; changed: string[] }) => [
        c.after.title,
        c.changed,
      ]),
      [
        [completeDocument(0).observedRisks[0]!.title, ['level', 'trend']],
        [completeDocument(0).observedRisks[1]!.title, ['trend']],
      ],
    );
    assert.deepEqual(
      changes.body.risksAdded.map((r: { title: string }) => r.title),
      ['Narkotika vid skolor'],
    );
    assert.deepEqual(changes.body.risksRemoved, []);
    assert.deepEqual(changes.body.measuresAdded, []);
    const within = await team.analyst.get(`${path(spring)}/changes?from=1&to=1`);
    assert.equal(within.status, 200);
    assert.deepEqual([within.body.risksAdded, within.body.risksChanged], [[], []]);
    const half = await team.analyst.get(`${path(autumn)}/changes?from=1`);
    assert.equal(half.status, 400);
    assert.deepEqual(
      half.body.errors.map((e: { path: string }) => e.path),
      ['to'],
    );
    assert.equal((await team.analyst.get(`${path(autumn)}/changes?from=1&to=7`)).status, 404);
    assert.equal(
      (await team.analyst.get(`${path(spring)}/changes`)).status,
      404,
      'nothing earlier to compare with',
    );
    assert.equal((await team.reporters['0781']!.get(`${path(autumn)}/changes`)).status, 403);
    const { agent } = await signInOnPage(running.url, 'a@lst.test');
    const page = await agent.get(`/rounds/${autumn}/assessments/0780`);
    assert.equal(page.status, 200);
    assert.match(page.text, /id="changes"/);
    assert.ok(page.text.includes('Ny risk: ”Narkotika vid skolor”'));
    assert.ok(page.text.includes('Nivå: Hög → Mycket hög'));
  });
});
