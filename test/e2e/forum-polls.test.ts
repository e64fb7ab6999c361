import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { EventStream, openStream, Participant } from '../support/forum-live';
import { countyTeam, CountyTeam } from '../support/scenario';

interface Poll {
  id: string;
  state: string;
  results: {
    answers: number;
    words?: { word: string; count: number }[];
    steps?: number[];
    mean?: number | null;
  };
  texts?: { id: string; text: string; hidden: boolean }[];
}

/**
 * Kronoberg's coordinator runs the polls of a forum: guests join with its code on their phones and answer a word
 * cloud, a scale and open text while the presenter's stream follows; Skåne's staff see nothing of it.
 */
describe(`dialogue forums: live polls (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let kronoberg: CountyTeam;
  let skane: CountyTeam;
  let forum: { id: string; joinCode: string };
  let presenter: EventStream;
  const polls: Record<string, Poll> = {};
  const guests: Participant[] = [];
  /** An answer a second after the one before, so that the answers have an order in time. */
  const answer = (guest: Participant, pollId: string, body: object) => {
    running.clock.advance(1000);
    return guest.answer(pollId, body);
  };

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { FORUM_PARTICIPANT_RATE_LIMIT: '30' } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780']);
    skane = await countyTeam(admin, ['1280'], '12');
    const created = await kronoberg.coordinator.post('/api/forums', {
      countyCode: '07',
      title: 'Dialogforum hösten 2026',
      startsAt: '2026-12-10T09:00:00+01:00',
      grouping: 'mainGroup',
    });
    assert.equal(created.status, 201, created.text);
    forum = created.body;
    presenter = await openStream(`${running.url}/api/forums/${forum.id}/events`, {
      Authorization: `Bearer ${kronoberg.analyst.token}`,
    });
  });

  after(async () => {
    presenter?.close();
    await running?.close();
    await db?.drop();
  });

  it('writes polls of each kind, and names the field of a poll that cannot be', async () => {
    const path = `/api/forums/${forum.id}/polls`;
    const bad = await kronoberg.coordinator.post(path, {
      kind: 'choice',
      question: 'Vilket?',
      options: ['Ja'],
      steps: 5,
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      (bad.body.errors as { path: string; code: string }[]).map((e) => [e.path, e.code]),
      [
        ['options', 'min_items'],
        ['steps', 'not_for_kind'],
      ],
    );
    const twice = await kronoberg.coordinator.post(path, {
      kind: 'ranking',
      question: 'Ordna',
      options: ['Skola', 'skola '],
    });
    assert.deepEqual(twice.body.errors[0], {
      path: 'options[1]',
      code: 'duplicate_code_in_list',
      params: { code: 'skola' },
      message: twice.body.errors[0].message,
    });
    for (const [name, body] of Object.entries({
      words: { kind: 'wordCloud', question: 'Vilka sociala risker såg ni i somras?' },
      scale: { kind: 'scale', question: 'Hur oroliga är ni inför hösten?', steps: 5 },
      texts: { kind: 'openText', question: 'Vad vill ni ta upp nästa gång?' },
    })) {
      const made = await kronoberg.coordinator.post(path, body);
      assert.equal(made.status, 201, made.text);
      polls[name] = made.body;
    }
    assert.deepEqual(
      ((await kronoberg.analyst.get(path)).body as (Poll & { position: number })[]).map((p) => [
        p.position,
        p.state,
      ]),
      [
        [1, 'draft'],
        [2, 'draft'],
        [3, 'draft'],
      ],
    );
    // The presenter's stream heard of each new poll.
    const last = await presenter.next((e) => e.type === 'polls' && (e.data as Poll[]).length === 3);
    assert.ok(last);
  });

  it('lets only the county coordinators run the polls, and shows them to no other county', async () => {
    const open = `/api/forums/${forum.id}/polls/${polls.words!.id}/open`;
    assert.equal((await kronoberg.analyst.post(open)).status, 403);
    assert.equal((await kronoberg.reporters['0780']!.get(`/api/forums/${forum.id}/polls`)).status, 403);
    assert.equal((await skane.coordinator.post(open)).status, 404);
    assert.equal((await skane.analyst.get(`/api/forums/${forum.id}/polls`)).status, 404);
    const foreign = await fetch(`${running.url}/api/forums/${forum.id}/events`, {
      headers: { Authorization: `Bearer ${skane.analyst.token}` },
    });
    assert.equal(foreign.status, 404);
  });

  it('lets guests join with the code as typed, and refuses a code no forum has', async () => {
    const wrong = await new Api(running.url).post('/api/forum-participation/join', { joinCode: 'ZZZ-ZZZ' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors[0].path, 'joinCode');
    assert.equal(wrong.body.errors[0].code, 'join_code_unknown');
    const typed = `${forum.joinCode.slice(0, 3).toLowerCase()}-${forum.joinCode.slice(3)}`;
    for (let i = 0; i < 3; i += 1) guests.push(await Participant.join(running.url, typed));
    const between = await guests[0]!.poll();
    assert.equal(between.status, 200);
    assert.deepEqual(between.body, { poll: null });
    assert.equal((await new Participant(running.url, 'not-a-pass').poll()).status, 401);
    const stream = await fetch(`${running.url}/api/forum-participation/events`, {
      headers: { 'X-Participant-Token': 'not-a-pass' },
    });
    assert.equal(stream.status, 401);
    assert.equal(((await stream.json()) as { messageCode: string }).messageCode, 'forum.join_first');
  });

  it('takes answers to the open poll only, each participant once, and the presenter sees them as they come', async () => {
    const phone = await guests[0]!.events();
    await phone.next((e) => e.type === 'poll');
    const opened = await kronoberg.coordinator.post(`/api/forums/${forum.id}/polls/${polls.words!.id}/open`);
    assert.equal(opened.status, 200, opened.text);
    assert.equal(opened.body.state, 'open');
    // The phone hears that a question is open, and shows it.
    const shown = await phone.next(
      (e) => e.type === 'poll' && (e.data as { poll: { id: string } | null }).poll?.id === polls.words!.id,
    );
    assert.equal((shown.data as { poll: { kind: string } }).poll.kind, 'wordCloud');
    phone.close();

    const closedScale = await answer(guests[0]!, polls.scale!.id, { value: 3 });
    assert.equal(closedScale.status, 409);
    assert.equal(closedScale.body.messageCode, 'forum.poll_not_open');
    const tooMany = await answer(guests[0]!, polls.words!.id, { words: ['a', 'b', 'c', 'd'] });
    assert.equal(tooMany.status, 400);
    assert.deepEqual(
      tooMany.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['words', 'max_items']],
    );
    const wrongField = await answer(guests[0]!, polls.words!.id, { value: 3 });
    assert.deepEqual(
      wrongField.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['words', 'required']],
    );

    const from = presenter.events.length;
    const answers = [['Trygghet', 'Ensamhet'], ['trygghet ', 'Droger'], ['TRYGGHET']];
    for (const [i, words] of answers.entries()) {
      const saved = await answer(guests[i]!, polls.words!.id, { words });
      assert.equal(saved.status, 200, saved.text);
    }
    // The second guest changes their mind: the answer is replaced, not added.
    assert.equal(
      (await answer(guests[1]!, polls.words!.id, { words: ['Trygghet', 'Skolfrånvaro'] })).status,
      200,
    );
    const live = await presenter.next(
      (e) =>
        e.type === 'results' &&
        (e.data as Poll).results.words?.find((w) => w.word === 'Skolfrånvaro')?.count === 1,
      5000,
      from,
    );
    const results = (live.data as Poll).results;
    assert.equal(results.answers, 3);
    assert.deepEqual(results.words, [
      { word: 'Trygghet', count: 3 },
      { word: 'Ensamhet', count: 1 },
      { word: 'Skolfrånvaro', count: 1 },
    ]);
    const mine = await guests[1]!.poll();
    assert.deepEqual(mine.body.poll.answer, { kind: 'wordCloud', words: ['Trygghet', 'Skolfrånvaro'] });
  });

  it('opens one poll at a time, and counts a scale per step with its mean', async () => {
    const opened = await kronoberg.coordinator.post(`/api/forums/${forum.id}/polls/${polls.scale!.id}/open`);
    assert.equal(opened.status, 200);
    const states = ((await kronoberg.analyst.get(`/api/forums/${forum.id}/polls`)).body as Poll[]).map(
      (p) => p.state,
    );
    assert.deepEqual(states, ['closed', 'open', 'draft']);
    assert.equal((await answer(guests[0]!, polls.words!.id, { words: ['Sent'] })).status, 409);
    for (const [i, value] of [4, 5, 4].entries())
      assert.equal((await answer(guests[i]!, polls.scale!.id, { value })).status, 200);
    assert.equal((await answer(guests[0]!, polls.scale!.id, { value: 6 })).body.errors[0].code, 'max');
    const scale = ((await kronoberg.analyst.get(`/api/forums/${forum.id}/polls`)).body as Poll[])[1]!;
    assert.deepEqual(scale.results.steps, [0, 0, 0, 2, 1]);
    assert.equal(scale.results.mean, 4.3);
  });

  it('lets the facilitator hide an open-text answer from the presenter view and show it again', async () => {
    await kronoberg.coordinator.post(`/api/forums/${forum.id}/polls/${polls.texts!.id}/open`);
    await answer(guests[0]!, polls.texts!.id, { text: 'Ungas psykiska hälsa' });
    await answer(guests[1]!, polls.texts!.id, { text: 'Ett namn som inte hör hemma här' });
    const all = ((await kronoberg.coordinator.get(`/api/forums/${forum.id}/polls`)).body as Poll[])[2]!;
    const unwanted = all.texts!.find((t) => t.text.startsWith('Ett namn'))!;
    const path = `/api/forums/${forum.id}/polls/${polls.texts!.id}/answers/${unwanted.id}/hidden`;
    assert.equal((await kronoberg.analyst.put(path, { hidden: true })).status, 403);
    assert.equal((await kronoberg.coordinator.put(path, { hidden: 'yes' })).body.errors[0].path, 'hidden');
    const from = presenter.events.length;
    const hidden = await kronoberg.coordinator.put(path, { hidden: true });
    assert.equal(hidden.status, 200, hidden.text);
    const seen = await presenter.next(
      (e) => e.type === 'results' && (e.data as Poll).id === polls.texts!.id,
      5000,
      from,
    );
    assert.deepEqual(
      (seen.data as { results: { texts: { text: string }[] } }).results.texts.map((t) => t.text),
      ['Ungas psykiska hälsa'],
    );
    // Answering again keeps it hidden: a participant cannot bring back what the facilitator took off.
    await answer(guests[1]!, polls.texts!.id, { text: 'Samma sak igen' });
    const after = ((await kronoberg.coordinator.get(`/api/forums/${forum.id}/polls`)).body as Poll[])[2]!;
    assert.deepEqual(
      after.texts!.map((t) => [t.text, t.hidden]),
      [
        ['Ungas psykiska hälsa', false],
        ['Samma sak igen', true],
      ],
    );
    assert.equal((await kronoberg.coordinator.put(path, { hidden: false })).body.results.texts.length, 2);
  });

  it('lists users of the county by name and guests only by number', async () => {
    await Participant.join(running.url, forum.joinCode, kronoberg.reporters['0780']!.token);
    await Participant.join(running.url, forum.joinCode, skane.analyst.token);
    const list = await kronoberg.analyst.get(`/api/forums/${forum.id}/participants`);
    assert.equal(list.status, 200);
    // Skåne's analyst is not of the county: a guest like the others.
    assert.deepEqual(list.body, {
      guests: 4,
      members: [{ name: 'Rapportör 0780', role: 'reporter', municipalityCode: '0780' }],
    });
  });

  it('limits the requests of one participant without holding up the others', async () => {
    const busy = guests[2]!;
    let refused = 0;
    for (let i = 0; i < 40; i += 1) if ((await busy.poll()).status === 429) refused += 1;
    assert.ok(refused >= 10, `${refused} of 40 refused`);
    assert.equal((await guests[0]!.poll()).status, 200);
  });
});

/** An instance keeps only so many live streams open: the next waits with 503, and a stream that ends frees its place. */
describe(`dialogue forums: a bound on live streams (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { FORUM_MAX_STREAMS: '2' } });
  });

  after(async () => {
    await running?.close();
    await db?.drop();
  });

  it('refuses a stream past the bound with Retry-After, and takes one again once another has ended', async () => {
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin, ['0780']);
    const created = await team.coordinator.post('/api/forums', {
      countyCode: '07',
      title: 'Forum',
      startsAt: '2026-12-10T09:00:00+01:00',
      grouping: 'mainGroup',
    });
    const guest = await Participant.join(running.url, created.body.joinCode);
    const first = await openStream(`${running.url}/api/forums/${created.body.id}/events`, {
      Authorization: `Bearer ${team.analyst.token}`,
    });
    const second = await guest.events();
    const refused = await fetch(`${running.url}/api/forum-participation/events`, {
      headers: { 'X-Participant-Token': guest.token },
    });
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '5');
    assert.equal(((await refused.json()) as { messageCode: string }).messageCode, 'forum.busy');
    first.close();
    second.close();
    // The server notices the closed connections; then a new stream is taken.
    for (let attempt = 0; ; attempt += 1) {
      const again = await fetch(`${running.url}/api/forum-participation/events`, {
        headers: { 'X-Participant-Token': guest.token },
        signal: AbortSignal.timeout(2000),
      }).catch(() => null);
      if (again?.status === 200) {
        await again.body?.cancel();
        break;
      }
      assert.ok(attempt < 50, 'a place is freed within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
