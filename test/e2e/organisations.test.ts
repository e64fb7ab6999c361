import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';

/** Kronoberg keeps its list of organisations besides the municipalities, and a round chooses which it asks. */
describe(`a county's organisations and the rounds that ask them (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let kronoberg: CountyTeam;
  let skane: CountyTeam;
  let region: string;
  let redCross: string;
  let police: string;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780', '0781']);
    skane = await countyTeam(admin, ['1280'], '12');
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it("lets the county's coordinators add organisations of each kind, and refuses bad input by field", async () => {
    const add = (body: object) => kronoberg.coordinator.post('/api/counties/07/organisations', body);
    const made = await Promise.all([
      add({ name: 'Region Kronoberg', kind: 'region' }),
      add({ name: ' Röda Korset Växjö ', kind: 'civil_society' }),
      add({ name: 'Polisområde Kronoberg', kind: 'police_area' }),
    ]);
    for (const response of made) assert.equal(response.status, 201, response.text);
    [region, redCross, police] = made.map((m) => m.body.id as string) as [string, string, string];
    assert.equal(made[1].body.name, 'Röda Korset Växjö');
    assert.deepEqual(
      [made[0].body.countyCode, made[0].body.kind, made[0].body.active],
      ['07', 'region', true],
    );

    const refused = await add({ name: '', kind: 'kyrka', extra: 1 });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.errors.map((e: { path: string }) => e.path).sort(), [
      'extra',
      'kind',
      'name',
    ]);
    const list = await kronoberg.analyst.get('/api/counties/07/organisations');
    assert.deepEqual(
      list.body.map((o: { name: string }) => o.name),
      ['Polisområde Kronoberg', 'Region Kronoberg', 'Röda Korset Växjö'],
      'nothing refused was added',
    );
  });

  it('shows them to the county staff only, and lets only its coordinators change them', async () => {
    assert.equal((await kronoberg.reporters['0780']!.get('/api/counties/07/organisations')).status, 403);
    assert.equal((await skane.coordinator.get('/api/counties/07/organisations')).status, 404);
    assert.equal((await skane.coordinator.patch(`/api/organisations/${region}`, { name: 'X' })).status, 404);
    assert.equal((await kronoberg.analyst.patch(`/api/organisations/${region}`, { name: 'X' })).status, 403);
    assert.equal(
      (await kronoberg.analyst.post('/api/counties/07/organisations', { name: 'X', kind: 'other' })).status,
      403,
    );
    assert.equal((await skane.coordinator.get('/api/counties/12/organisations')).body.length, 0);
    const renamed = await kronoberg.coordinator.patch(`/api/organisations/${police}`, {
      name: 'Lokalpolisområde Växjö',
      active: false,
    });
    assert.equal(renamed.status, 200, renamed.text);
    assert.deepEqual([renamed.body.name, renamed.body.active], ['Lokalpolisområde Växjö', false]);
    const unchanged = await kronoberg.coordinator.patch(`/api/organisations/${region}`, {});
    assert.deepEqual([unchanged.status, unchanged.body.name], [200, 'Region Kronoberg']);
    const audit = await kronoberg.coordinator.get('/api/audit?limit=20');
    const actions = (audit.body as { action: string }[]).map((e) => e.action);
    assert.ok(actions.includes('organisation.create') && actions.includes('organisation.update'));
  });

  it('lets a round ask active organisations of its own county only, and choose again until it is closed', async () => {
    const refused = await kronoberg.coordinator.post('/api/rounds', {
      countyCode: '07',
      title: 'Hösten',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      deadline: '2026-12-15',
      organisationIds: [region, police, '00000000-0000-4000-8000-000000000000', 'inte-ett-id'],
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(
      refused.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['organisationIds', 'list_invalid_id']],
    );
    const unknown = await kronoberg.coordinator.post('/api/rounds', {
      countyCode: '07',
      title: 'Hösten',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      deadline: '2026-12-15',
      organisationIds: [region, police, '00000000-0000-4000-8000-000000000000'],
    });
    assert.deepEqual(
      unknown.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [
        ['organisationIds[1]', 'organisation_unknown'],
        ['organisationIds[2]', 'organisation_unknown'],
      ],
      'the inactive police area and an id that is not the county’s',
    );
    const skaneOrganisation = await skane.coordinator.post('/api/counties/12/organisations', {
      name: 'Region Skåne',
      kind: 'region',
    });
    const round = await openRound(kronoberg.coordinator, { countyCode: '07' });
    const set = await kronoberg.coordinator.put(`/api/rounds/${round}/organisations`, {
      organisationIds: [region, skaneOrganisation.body.id],
    });
    assert.deepEqual(
      set.body.errors.map((e: { path: string }) => e.path),
      ['organisationIds[1]'],
    );
    const asked = await kronoberg.coordinator.put(`/api/rounds/${round}/organisations`, {
      organisationIds: [region, redCross],
    });
    assert.equal(asked.status, 200, asked.text);
    assert.deepEqual((await kronoberg.reporters['0780']!.get(`/api/rounds/${round}`)).body.organisationIds, [
      region,
      redCross,
    ]);
    assert.equal(
      (await kronoberg.analyst.put(`/api/rounds/${round}/organisations`, { organisationIds: [] })).status,
      403,
    );
    assert.equal((await kronoberg.coordinator.post(`/api/rounds/${round}/close`)).status, 200);
    const closed = await kronoberg.coordinator.put(`/api/rounds/${round}/organisations`, {
      organisationIds: [],
    });
    assert.equal(closed.status, 409);
    assert.deepEqual((await kronoberg.coordinator.get(`/api/rounds/${round}`)).body.organisationIds, [
      region,
      redCross,
    ]);
  });

  it('lets a coordinator add and change them on the pages, and choose those a round asks, refusals shown on the form', async () => {
    const { agent } = await signInOnPage(running.url, 'c@lst.test');
    const list = await agent.get('/organisations');
    assert.equal(list.status, 200);
    assert.ok(list.text.includes('Region Kronoberg') && list.text.includes('Röda Korset Växjö'));
    const refused = await agent
      .post('/organisations')
      .type('form')
      .send({ _csrf: csrfOf(list.text), name: '   ', kind: 'region' });
    assert.equal(refused.status, 400);
    assert.match(refused.text, /govuk-error-summary/);
    assert.match(refused.text, /href="#name"/);
    const added = await agent
      .post('/organisations')
      .type('form')
      .send({ _csrf: csrfOf(list.text), name: 'Länsstyrelsens krisberedskap', kind: 'authority' });
    assert.equal(added.status, 303, added.text);
    type Listed = { id: string; name: string; kind: string; active: boolean };
    const organisations = (await kronoberg.coordinator.get('/api/counties/07/organisations'))
      .body as Listed[];
    const authority = organisations.find((o) => o.name === 'Länsstyrelsens krisberedskap')!;
    assert.equal(authority.kind, 'authority');
    const edit = await agent.get(`/organisations/${authority.id}`);
    const saved = await agent
      .post(`/organisations/${authority.id}`)
      .type('form')
      .send({ _csrf: csrfOf(edit.text), name: 'Länsstyrelsen, krisberedskap', kind: 'authority' });
    assert.equal(saved.status, 303);
    const after = (await kronoberg.coordinator.get('/api/counties/07/organisations')).body as Listed[];
    const changed = after.find((o) => o.id === authority.id)!;
    assert.deepEqual([changed.name, changed.active], ['Länsstyrelsen, krisberedskap', false]);

    const round = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Våren 2027' });
    const overview = await agent.get(`/rounds/${round}`);
    assert.match(overview.text, /id="organisations"/);
    assert.ok(
      !overview.text.includes('Länsstyrelsen, krisberedskap'),
      'an inactive organisation is not offered',
    );
    const chosen = await agent
      .post(`/rounds/${round}/organisations`)
      .type('form')
      .send({ _csrf: csrfOf(overview.text), organisationIds: [region, redCross] });
    assert.equal(chosen.status, 303, chosen.text);
    assert.deepEqual((await kronoberg.analyst.get(`/api/rounds/${round}`)).body.organisationIds, [
      region,
      redCross,
    ]);
  });
});
