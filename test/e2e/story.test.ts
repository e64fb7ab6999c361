import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { createUser, openRound } from '../support/scenario';

describe(`the whole story over HTTP (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let coordinator: Api;
  let analyst: Api;
  let vaxjo: Api;
  let ljungby: Api;
  let roundId: string;
  const path = (code = '0780') => `/api/rounds/${roundId}/assessments/${code}`;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it('lets the admin create the county staff, and the coordinator create reporters', async () => {
    coordinator = await createUser(admin, {
      email: 'samordnare@lst.test',
      name: 'Sara Samordnare',
      role: 'coordinator',
      countyCode: '07',
    });
    analyst = await createUser(coordinator, {
      email: 'analytiker@lst.test',
      name: 'Ali Analytiker',
      role: 'analyst',
      countyCode: '07',
    });
    vaxjo = await createUser(coordinator, {
      email: 'anna@vaxjo.test',
      name: 'Anna Lind',
      role: 'reporter',
      municipalityCode: '0780',
    });
    ljungby = await createUser(coordinator, {
      email: 'lars@ljungby.test',
      name: 'Lars Berg',
      role: 'reporter',
      municipalityCode: '0781',
    });
    const me = await vaxjo.get('/api/auth/me');
    assert.equal(me.status, 200);
    assert.deepEqual(
      { role: me.body.role, countyCode: me.body.countyCode, municipalityCode: me.body.municipalityCode },
      { role: 'reporter', countyCode: '07', municipalityCode: '0780' },
    );
    assert.equal(me.body.passwordHash, undefined);
  });

  it('lets the coordinator create a round and open it, freezing the taxonomy', async () => {
    roundId = await openRound(coordinator, { countyCode: '07' });
    const round = await vaxjo.get(`/api/rounds/${roundId}`);
    assert.equal(round.status, 200);
    assert.equal(round.body.status, 'open');
    assert.equal(round.body.taxonomyFrozen, true);
    assert.equal(round.body.taxonomy.riskAreas.length, 10);
    assert.deepEqual(round.body.taxonomy.levels[0], { code: 'lag', label: { sv: 'Låg', en: 'Low' } });
    const list = await vaxjo.get('/api/rounds?county=07');
    assert.deepEqual(
      list.body.map((r: { id: string }) => r.id),
      [roundId],
    );
  });

  it('shows the county every municipality as not started, and a reporter only their own', async () => {
    const all = await analyst.get(`/api/rounds/${roundId}/assessments`);
    assert.equal(all.status, 200);
    assert.equal(all.body.length, 8); // Kronobergs län
    assert.ok(all.body.every((a: { status: string }) => a.status === 'not_started'));
    const own = await vaxjo.get(`/api/rounds/${roundId}/assessments`);
    assert.deepEqual(
      own.body.map((a: { municipalityCode: string }) => a.municipalityCode),
      ['0780'],
    );
  });

  it('saves a draft, and refuses a save based on a stale version without changing anything', async () => {
    const empty = await vaxjo.get(path());
    assert.equal(empty.status, 200);
    assert.equal(empty.body.status, 'not_started');
    assert.equal(empty.body.version, 0);
    assert.deepEqual(empty.body.observedRisks, []);

    const first = await vaxjo.put(path(), { version: 0, summary: 'Första utkastet' });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.status, 'draft');
    assert.equal(first.body.version, 1);

    const stale = await vaxjo.put(path(), { version: 0, summary: 'Skrivet i en annan flik' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'VERSION_CONFLICT');
    assert.equal(stale.body.currentVersion, 1);

    const stored = await vaxjo.get(path());
    assert.equal(stored.body.version, 1);
    assert.equal(stored.body.summary, 'Första utkastet');
  });

  it('submits a complete draft, after which it is locked', async () => {
    const saved = await vaxjo.put(path(), completeDocument(1));
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.version, 2);
    assert.deepEqual(saved.body.allowedActions, ['save', 'submit']);

    const submitted = await vaxjo.post(`${path()}/submit`);
    assert.equal(submitted.status, 200, submitted.text);
    assert.equal(submitted.body.status, 'submitted');
    assert.equal(submitted.body.late, false);

    const locked = await vaxjo.put(path(), {
      ...completeDocument(submitted.body.version),
      summary: 'Ändrat',
    });
    assert.equal(locked.status, 409);
    assert.equal(locked.body.code, 'INVALID_TRANSITION');
    assert.equal((await vaxjo.get(path())).body.summary, completeDocument(0).summary);
  });

  it('lets the analyst return it with a comment, which the reporter sees', async () => {
    const returned = await analyst.post(`${path()}/return`, { comment: 'Ange vilka områden som avses.' });
    assert.equal(returned.status, 200, returned.text);
    assert.equal(returned.body.status, 'returned');
    const seen = await vaxjo.get(path());
    assert.equal(seen.body.status, 'returned');
    assert.equal(seen.body.returnComment, 'Ange vilka områden som avses.');
    assert.deepEqual(seen.body.allowedActions, ['save', 'submit']);
  });

  it('lets the reporter correct and resubmit, and the analyst approve', async () => {
    const current = await vaxjo.get(path());
    const corrected = completeDocument(current.body.version);
    corrected.observedRisks[0]!.location = 'Centrum, Araby och Teleborg';
    const saved = await vaxjo.put(path(), corrected);
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.status, 'draft');
    assert.equal(saved.body.returnComment, 'Ange vilka områden som avses.');
    assert.equal((await vaxjo.post(`${path()}/submit`, { version: saved.body.version })).status, 200);

    const approved = await analyst.post(`${path()}/approve`);
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.status, 'approved');
    assert.equal((await vaxjo.put(path(), completeDocument(approved.body.version))).status, 409);
  });

  it('keeps every step and every submitted version in the history', async () => {
    const history = await analyst.get(`${path()}/history`);
    assert.equal(history.status, 200);
    type Step = {
      action: string;
      fromStatus: string;
      toStatus: string;
      section: string | null;
      comment: string;
    };
    const events = history.body.events as (Step & { actor: { name: string } })[];
    const steps = events
      .filter((e) => e.fromStatus !== e.toStatus)
      .map((e) => `${e.action}:${e.fromStatus}>${e.toStatus}:${e.actor.name}`);
    // Saves in between name the sections they changed.
    const saves = events.filter((e) => e.fromStatus === e.toStatus);
    assert.ok(saves.length > 0);
    assert.ok(saves.every((e) => e.action === 'save' && e.section !== null));
    assert.deepEqual(steps, [
      'save:not_started>draft:Anna Lind',
      'submit:draft>submitted:Anna Lind',
      'return:submitted>returned:Ali Analytiker',
      'save:returned>draft:Anna Lind',
      'submit:draft>submitted:Anna Lind',
      'approve:submitted>approved:Ali Analytiker',
    ]);
    assert.equal(events.find((e) => e.action === 'return')?.comment, 'Ange vilka områden som avses.');
    assert.equal(history.body.submissions.length, 2);
    assert.equal(history.body.submissions[0].document.observedRisks[0].location, 'Centrum och Araby');
    assert.equal(
      history.body.submissions[1].document.observedRisks[0].location,
      'Centrum, Araby och Teleborg',
    );
    assert.deepEqual(
      history.body.submissions.map((s: { number: number }) => s.number),
      [1, 2],
    );
  });

  it('marks a submission after the deadline as late and still accepts it', async () => {
    running.clock.set(new Date('2026-04-01T08:00:00Z'));
    const saved = await ljungby.put(path('0781'), completeDocument(0));
    assert.equal(saved.status, 200, saved.text);
    const submitted = await ljungby.post(`${path('0781')}/submit`);
    assert.equal(submitted.status, 200);
    assert.equal(submitted.body.late, true);
    const list = await analyst.get(`/api/rounds/${roundId}/assessments`);
    const row = list.body.find((a: { municipalityCode: string }) => a.municipalityCode === '0781');
    assert.deepEqual({ status: row.status, late: row.late }, { status: 'submitted', late: true });
  });

  it('answers 422 naming what is missing when an incomplete draft is submitted, and keeps it a draft', async () => {
    const alvesta = await createUser(coordinator, {
      email: 'eva@alvesta.test',
      name: 'Eva Ek',
      role: 'reporter',
      municipalityCode: '0764',
    });
    const doc = completeDocument(0);
    doc.observedRisks[1]!.level = '';
    doc.contact.email = '';
    const checked = await alvesta.post(`${path('0764')}/check`, doc);
    assert.equal(checked.status, 200, checked.text);
    assert.deepEqual(
      checked.body.missingForSubmission.map((e: { path: string }) => e.path),
      ['contact.email', 'observedRisks[1].level'],
    );
    const badCode = await alvesta.post(`${path('0764')}/check`, {
      ...doc,
      observedRisks: [{ ...doc.observedRisks[0]!, level: 'enorm' }, doc.observedRisks[1]!],
    });
    assert.equal(badCode.status, 400);
    assert.deepEqual(
      badCode.body.errors.map((e: { path: string }) => e.path),
      ['observedRisks[0].level'],
    );
    const unchanged = await alvesta.get(path('0764'));
    assert.equal(unchanged.body.status, 'not_started', 'checking writes nothing');
    assert.equal(unchanged.body.version, 0);
    assert.equal((await alvesta.put(path('0764'), doc)).status, 200);
    const refused = await alvesta.post(`${path('0764')}/submit`);
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'INCOMPLETE');
    assert.deepEqual(
      refused.body.errors.map((e: { path: string }) => e.path),
      ['contact.email', 'observedRisks[1].level'],
    );
    assert.equal((await alvesta.get(path('0764'))).body.status, 'draft');
  });

  it('records logins and every state change in the audit log', async () => {
    const rows: { action: string }[] = await running.app
      .get(DataSource)
      .query(`SELECT action FROM audit_event ORDER BY id`);
    const actions = rows.map((r) => r.action);
    for (const action of [
      'login.success',
      'user.create',
      'round.create',
      'round.open',
      'assessment.save',
      'assessment.submit',
      'assessment.return',
      'assessment.approve',
    ]) {
      assert.ok(actions.includes(action), `${action} is in the audit log`);
    }
  });

  it('refuses everything once the round is closed', async () => {
    const closed = await coordinator.post(`/api/rounds/${roundId}/close`);
    assert.equal(closed.status, 200);
    const refused = await vaxjo.put(path('0780'), completeDocument(0));
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'ROUND_NOT_OPEN');
    assert.equal((await analyst.post(`${path('0781')}/approve`)).body.code, 'ROUND_NOT_OPEN');
    assert.equal((await coordinator.post(`/api/rounds/${roundId}/open`)).status, 409);
  });

  it('keeps every piece of data across a restart of the server', async () => {
    const before = await analyst.get(`${path()}/history`);
    await running.close();
    running = await startApp(db.url);
    const again = await new Api(running.url).login('analytiker@lst.test', 'a-good-long-password');
    const stored = await again.get(path());
    assert.equal(stored.status, 200);
    assert.equal(stored.body.status, 'approved');
    assert.equal(stored.body.observedRisks[0].location, 'Centrum, Araby och Teleborg');
    assert.deepEqual((await again.get(`${path()}/history`)).body, before.body);
    const users = await (await new Api(running.url).login(ADMIN.email, ADMIN.password)).get('/api/users');
    assert.equal(users.body.filter((u: { role: string }) => u.role === 'admin').length, 1);
  });
});
