import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { LISTENER_NAME } from '../../src/forums/live/forum-bus';
import { ADMIN, Api } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { EventStream, openStream, Participant } from '../support/forum-live';
import { quantile, runForumLoad } from '../support/forum-load';
import { countyTeam } from '../support/scenario';
import { ServerProcess, startServerProcess } from '../support/server-process';

const PARTICIPANTS = 300;
/** The load's bound: 300 answers must all be in, and on the presenter's stream, within this. */
const LOAD_LIMIT_MS = 30_000;

type Results = { id: string; results: { answers: number } };

/**
 * A forum live across instances: on PostgreSQL two instances share the database and hear of each other's changes
 * through LISTEN/NOTIFY; on SQLite, where one process owns the file, one instance hears its own. Then 300 guests
 * answer one poll, spread over the instances, while a presenter follows on the first.
 */
describe(`dialogue forums across instances (${onPostgres ? 'PostgreSQL, two instances' : 'SQLite, one instance'})`, () => {
  let db: TestDatabase;
  const servers: ServerProcess[] = [];
  let coordinator: Api;
  let forum: { id: string; joinCode: string };
  let presenter: EventStream;
  const last = () => servers[servers.length - 1]!;

  before(async () => {
    db = await createTestDatabase();
    servers.push(await startServerProcess(db.url));
    if (onPostgres) servers.push(await startServerProcess(db.url));
    const admin = await new Api(servers[0]!.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin, ['0780']);
    coordinator = new Api(servers[0]!.url, team.coordinator.token);
    const created = await coordinator.post('/api/forums', {
      countyCode: '07',
      title: 'Dialogforum',
      startsAt: '2026-12-10T09:00:00+01:00',
      grouping: 'mainGroup',
    });
    assert.equal(created.status, 201, created.text);
    forum = created.body;
    presenter = await openStream(`${servers[0]!.url}/api/forums/${forum.id}/events`, {
      Authorization: `Bearer ${coordinator.token}`,
    });
  });

  after(async () => {
    presenter?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  it(`shows on the presenter's instance an answer given on ${onPostgres ? 'the other' : 'it'}`, async () => {
    const made = await coordinator.post(`/api/forums/${forum.id}/polls`, {
      kind: 'scale',
      question: 'Hur är läget?',
      steps: 5,
    });
    const pollId = (made.body as { id: string }).id;
    await coordinator.post(`/api/forums/${forum.id}/polls/${pollId}/open`);
    const guest = await Participant.join(last().url, forum.joinCode);
    const from = presenter.events.length;
    assert.equal((await guest.answer(pollId, { value: 4 })).status, 200);
    const seen = await presenter.next(
      (e) =>
        e.type === 'results' &&
        (e.data as Results).id === pollId &&
        (e.data as Results).results.answers === 1,
      5000,
      from,
    );
    assert.ok(seen);
  });

  if (onPostgres)
    it('hears again after its listening connection is cut, and catches up on what it missed meanwhile', async () => {
      const made = await coordinator.post(`/api/forums/${forum.id}/polls`, {
        kind: 'scale',
        question: 'Och nu?',
        steps: 3,
      });
      const pollId = (made.body as { id: string }).id;
      const isOpen = (e: { type: string; data: unknown }) =>
        e.type === 'polls' &&
        (e.data as { id: string; state: string }[]).some((p) => p.id === pollId && p.state === 'open');
      // The presenter has the new poll, waiting, before the cut.
      await presenter.next(
        (e) => e.type === 'polls' && (e.data as { id: string }[]).some((p) => p.id === pollId),
      );
      const admin = new Client({ connectionString: db.url });
      await admin.connect();
      try {
        const cut = await admin.query(
          'SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = $1',
          [LISTENER_NAME],
        );
        assert.equal(cut.rowCount, 2, 'one listener per instance');
      } finally {
        await admin.end();
      }
      const from = presenter.events.length;
      // Opened while the presenter's instance does not listen: it learns of it when it listens again.
      assert.equal(
        (await new Api(last().url, coordinator.token).post(`/api/forums/${forum.id}/polls/${pollId}/open`))
          .status,
        200,
      );
      const caughtUp = await presenter.next(isOpen, 10_000, from);
      assert.ok(caughtUp);
      const guest = await Participant.join(last().url, forum.joinCode);
      assert.equal((await guest.answer(pollId, { value: 2 })).status, 200);
      await presenter.next((e) => e.type === 'results' && (e.data as Results).id === pollId, 5000, from);
    });

  it(`takes ${PARTICIPANTS} guests' answers to one poll within ${LOAD_LIMIT_MS / 1000} s, each on the presenter's stream`, async (t) => {
    const load = await runForumLoad({
      coordinator,
      forumId: forum.id,
      joinCode: forum.joinCode,
      presenterUrl: servers[0]!.url,
      participantUrls: servers.map((s) => s.url),
      participants: PARTICIPANTS,
      concurrency: 20,
      limitMs: LOAD_LIMIT_MS,
    });
    assert.equal(load.counted, PARTICIPANTS);
    assert.equal(
      load.visibleMs.filter(Number.isFinite).length,
      PARTICIPANTS,
      'every answer reached the presenter',
    );
    t.diagnostic(
      `${PARTICIPANTS} answers in ${Math.round(load.answeringMs)} ms; on the presenter after ` +
        `p50 ${Math.round(quantile(load.visibleMs, 0.5))} ms, p95 ${Math.round(quantile(load.visibleMs, 0.95))} ms, ` +
        `max ${Math.round(Math.max(...load.visibleMs))} ms, in ${load.events} events`,
    );
  });
});
