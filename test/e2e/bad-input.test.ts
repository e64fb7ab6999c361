import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, tableSnapshot, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { createUser, openRound } from '../support/scenario';

describe(`bad input gets 400 naming the field and changes nothing (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let coordinator: Api;
  let reporter: Api;
  let roundId: string;
  const path = () => `/api/rounds/${roundId}/assessments/0780`;

  const snapshot = () => tableSnapshot(running.app.get(DataSource));

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { BODY_LIMIT: '64kb' } });
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    coordinator = await createUser(admin, {
      email: 'c@lst.test',
      name: 'C',
      role: 'coordinator',
      countyCode: '07',
    });
    reporter = await createUser(coordinator, {
      email: 'r@k.test',
      name: 'R',
      role: 'reporter',
      municipalityCode: '0780',
    });
    roundId = await openRound(coordinator, { countyCode: '07' });
    assert.equal((await reporter.put(path(), completeDocument(0))).status, 200);
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  const invalidDocuments: [name: string, mutate: (doc: Record<string, any>) => void, paths: string[]][] = [
    [
      'a code not on the round list',
      (d) => (d.observedRisks[1].level = 'katastrof'),
      ['observedRisks[1].level'],
    ],
    [
      'a wrong type deep inside',
      (d) => (d.observedRisks[0].affectedGroups = 'barn_unga'),
      ['observedRisks[0].affectedGroups'],
    ],
    ['a number where text belongs', (d) => (d.summary = 42), ['summary']],
    ['an unknown field', (d) => (d.observedRisks[0].severity = 'hög'), ['observedRisks[0].severity']],
    [
      'a text over its length',
      (d) => (d.plannedMeasures[0].description = 'x'.repeat(5001)),
      ['plannedMeasures[0].description'],
    ],
    [
      'too many items',
      (d) => (d.forumThemes = Array.from({ length: 21 }, (_, i) => `Tema ${i}`)),
      ['forumThemes'],
    ],
    [
      'a measure pointing at no risk',
      (d) => (d.measuresTaken[0].riskIds = ['r1', 'r7']),
      ['measuresTaken[0].riskIds[1]'],
    ],
    ['an invalid e-mail', (d) => (d.contact.email = 'anna(at)vaxjo'), ['contact.email']],
    ['an item that is not an object', (d) => (d.risksAhead = ['oro']), ['risksAhead']],
    ['a missing version', (d) => delete d.version, ['version']],
    [
      'several problems at once',
      (d) => {
        d.observedRisks[0].trend = 'upp';
        d.risksAhead[0].area = 'okant_omrade';
      },
      ['observedRisks[0].trend', 'risksAhead[0].area'],
    ],
  ];

  for (const [name, mutate, paths] of invalidDocuments) {
    it(`refuses ${name}`, async () => {
      const before = await snapshot();
      const current = await reporter.get(path());
      const doc = completeDocument(current.body.version) as Record<string, any>;
      mutate(doc);
      const response = await reporter.put(path(), doc);
      assert.equal(response.status, 400, response.text);
      assert.equal(response.body.code, 'VALIDATION_FAILED');
      assert.deepEqual(response.body.errors.map((e: { path: string }) => e.path).sort(), [...paths].sort());
      for (const error of response.body.errors) assert.ok(error.message.length > 0);
      assert.equal(await snapshot(), before);
    });
  }

  it('refuses a body over the size limit with 413 and writes nothing', async () => {
    const before = await snapshot();
    const doc = { ...completeDocument(1), summary: 'x'.repeat(70 * 1024) };
    const response = await reporter.put(path(), doc);
    assert.equal(response.status, 413);
    assert.equal(response.body.code, 'PAYLOAD_TOO_LARGE');
    assert.equal(await snapshot(), before);
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await request(running.url)
      .put(path())
      .set('Authorization', `Bearer ${reporter.token}`)
      .set('Content-Type', 'application/json')
      .send('{"version": 1, "summary": ');
    assert.equal(response.status, 400);
    assert.equal(response.body.statusCode, 400);
  });

  it('refuses a round with impossible dates, naming each field', async () => {
    const before = await snapshot();
    const response = await coordinator.post('/api/rounds', {
      countyCode: '07',
      title: '',
      periodStart: '2026-02-30',
      periodEnd: '2026-01-01',
      deadline: 'snart',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(response.body.errors.map((e: { path: string }) => e.path).sort(), [
      'deadline',
      'periodStart',
      'title',
    ]);
    const reversed = await coordinator.post('/api/rounds', {
      countyCode: '07',
      title: 'Omvänd',
      periodStart: '2026-03-01',
      periodEnd: '2026-01-01',
      deadline: '2026-03-15',
    });
    assert.deepEqual(
      reversed.body.errors.map((e: { path: string }) => e.path),
      ['periodEnd'],
    );
    assert.equal(await snapshot(), before);
  });

  it('refuses a user without the place the role needs, a weak password or a taken e-mail', async () => {
    const before = await snapshot();
    const base = { email: 'ny@k.test', name: 'Ny' };
    const noPlace = await coordinator.post('/api/users', { ...base, role: 'reporter' });
    assert.deepEqual(
      noPlace.body.errors.map((e: { path: string }) => e.path),
      ['municipalityCode'],
    );
    const unknownPlace = await coordinator.post('/api/users', {
      ...base,
      role: 'reporter',
      municipalityCode: '0799',
    });
    assert.deepEqual(
      unknownPlace.body.errors.map((e: { path: string }) => e.path),
      ['municipalityCode'],
    );
    const weak = await admin.post('/api/users', {
      ...base,
      password: 'kort',
      role: 'reporter',
      municipalityCode: '0780',
    });
    assert.equal(weak.status, 400);
    assert.deepEqual(
      weak.body.errors.map((e: { path: string }) => e.path),
      ['password'],
    );
    const taken = await coordinator.post('/api/users', {
      ...base,
      email: 'R@k.test',
      role: 'reporter',
      municipalityCode: '0780',
    });
    assert.equal(taken.status, 409);
    assert.deepEqual(
      taken.body.errors.map((e: { path: string }) => e.path),
      ['email'],
    );
    assert.equal(await snapshot(), before);
  });

  it('refuses a return without a comment', async () => {
    assert.equal((await reporter.post(`${path()}/submit`)).status, 200);
    const before = await snapshot();
    const analystless = await admin.post(`${path()}/return`, {});
    assert.equal(analystless.status, 400);
    assert.deepEqual(
      analystless.body.errors.map((e: { path: string }) => e.path),
      ['comment'],
    );
    assert.equal(await snapshot(), before);
  });
});
