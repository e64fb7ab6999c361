import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, createUser } from '../support/scenario';

/** An organisation's reporters: made by the county's coordinators, belonging to the organisation and its county. */
describe(`an organisation's reporters (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let kronoberg: CountyTeam;
  let region: string;
  let skaneRegion: string;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780']);
    const skane = await countyTeam(admin, ['1280'], '12');
    region = (
      await kronoberg.coordinator.post('/api/counties/07/organisations', {
        name: 'Region Kronoberg',
        kind: 'region',
      })
    ).body.id;
    skaneRegion = (
      await skane.coordinator.post('/api/counties/12/organisations', { name: 'Region Skåne', kind: 'region' })
    ).body.id;
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it("makes a reporter of one of the county's active organisations, in its county and of no municipality", async () => {
    const reporter = await createUser(admin, {
      email: 'rapportor@regionkronoberg.test',
      name: 'Rita Region',
      role: 'reporter',
      organisationId: region,
    });
    const me = (await reporter.get('/api/auth/me')).body;
    assert.deepEqual(
      [me.role, me.countyCode, me.municipalityCode, me.organisationId],
      ['reporter', '07', null, region],
    );
    assert.equal(
      (await reporter.get('/api/counties/07/organisations')).status,
      403,
      'it is not county staff',
    );
    assert.equal((await reporter.get('/api/municipalities/0780/risk-register')).status, 404);
  });

  it('refuses, by field, a place that is not one: both, an organisation of another county, one not active', async () => {
    const base = { email: 'x@region.test', name: 'X', role: 'reporter' };
    const both = await kronoberg.coordinator.post('/api/users', {
      ...base,
      organisationId: region,
      municipalityCode: '0780',
    });
    assert.equal(both.status, 400);
    assert.deepEqual(
      both.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['municipalityCode', 'municipality_or_organisation']],
    );
    const foreign = await kronoberg.coordinator.post('/api/users', { ...base, organisationId: skaneRegion });
    assert.equal(foreign.status, 403, "a coordinator makes no reporters of another county's organisation");
    const notId = await kronoberg.coordinator.post('/api/users', { ...base, organisationId: 'region' });
    assert.deepEqual(
      notId.body.errors.map((e: { path: string }) => e.path),
      ['organisationId'],
    );
    const analyst = await kronoberg.coordinator.post('/api/users', {
      ...base,
      role: 'analyst',
      countyCode: '07',
      organisationId: region,
    });
    assert.deepEqual(
      analyst.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['organisationId', 'only_for_reporter']],
    );
    const inactive = await kronoberg.coordinator.post('/api/counties/07/organisations', {
      name: 'Gammal',
      kind: 'other',
    });
    await kronoberg.coordinator.patch(`/api/organisations/${inactive.body.id}`, { active: false });
    const toInactive = await kronoberg.coordinator.post('/api/users', {
      ...base,
      organisationId: inactive.body.id,
    });
    assert.deepEqual(
      toInactive.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['organisationId', 'organisation_unknown']],
    );
    const users = (await admin.get('/api/users')).body as { email: string }[];
    assert.ok(!users.some((u) => u.email === 'x@region.test'), 'nothing refused was made');
  });

  it("lets the coordinator invite one on the users page, choosing the organisation among the county's places", async () => {
    const { agent } = await signInOnPage(running.url, 'c@lst.test');
    const page = await agent.get('/users');
    assert.ok(page.text.includes(`value="${region}"`), 'the organisation is among the places offered');
    const invited = await agent
      .post('/users')
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        email: 'ny@regionkronoberg.test',
        name: 'Nils Ny',
        role: 'reporter',
        municipalityCode: region,
      });
    assert.ok([200, 303].includes(invited.status), invited.text);
    const invitations = (await kronoberg.coordinator.get('/api/invitations')).body as {
      email: string;
      organisationId: string | null;
      municipalityCode: string | null;
    }[];
    const made = invitations.find((i) => i.email === 'ny@regionkronoberg.test')!;
    assert.deepEqual([made.organisationId, made.municipalityCode], [region, null]);
    const listed = await agent.get('/users');
    assert.ok(listed.text.includes('Region Kronoberg'), 'the invitation names its organisation as its place');
  });
});
