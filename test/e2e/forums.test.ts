import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound, PASSWORD } from '../support/scenario';

interface Group {
  id: string;
  name: string;
  municipalityCodes: string[];
}

/** Kronoberg's coordinator plans a dialogue forum for its autumn round; Skåne's staff see nothing of it. */
describe(`dialogue forums: planning (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: Api;
  let kronoberg: CountyTeam;
  let skane: CountyTeam;
  let round: string;
  let skaneRound: string;
  let forum: { id: string; version: number; groups: Group[] };
  const STARTS = '2026-12-10T09:00:00+01:00';

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780', '0781']);
    skane = await countyTeam(admin, ['1280'], '12');
    round = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Hösten 2026' });
    skaneRound = await openRound(skane.coordinator, { countyCode: '12', title: 'Hösten 2026' });
    const themes: Record<string, string[]> = {
      '0780': ['Trygghet i centrum', 'Ensamkommande unga'],
      '0781': ['trygghet i centrum.'],
    };
    for (const [code, forumThemes] of Object.entries(themes)) {
      const path = `/api/rounds/${round}/assessments/${code}`;
      const saved = await kronoberg.reporters[code]!.put(path, { ...completeDocument(0), forumThemes });
      assert.equal(saved.status, 200, saved.text);
      assert.equal((await kronoberg.reporters[code]!.post(`${path}/submit`)).status, 200);
    }
  });

  after(async () => {
    await running?.close();
    await db?.drop();
  });

  it('plans a forum for the round: the seed questions and the themes asked for, groups by main group', async () => {
    const created = await kronoberg.coordinator.post('/api/forums', {
      countyCode: '07',
      roundId: round,
      title: 'Dialogforum hösten 2026',
      startsAt: STARTS,
      grouping: 'mainGroup',
    });
    assert.equal(created.status, 201, created.text);
    forum = created.body;
    assert.equal(created.body.startsAt, '2026-12-10T08:00:00.000Z');
    assert.match(created.body.joinCode, /^[2-9A-HJKMNP-Z]{6}$/);
    const agenda = created.body.agenda as { id: string; text: { sv: string }; askedBy: string[] }[];
    assert.equal(agenda[0]!.text.sv, 'Vilka sociala risker och farhågor såg vi sedan förra forumet?');
    assert.deepEqual(
      agenda.slice(5).map((q) => [q.text.sv, q.askedBy]),
      [
        ['Trygghet i centrum', ['0780', '0781']],
        ['Ensamkommande unga', ['0780']],
      ],
    );
    // Every municipality of the county once, in the group of its SKR main group.
    const municipalities = (await kronoberg.coordinator.get('/api/counties/07/municipalities')).body as {
      code: string;
      group: { mainGroup: string } | null;
    }[];
    const groups = created.body.groups as Group[];
    assert.deepEqual(
      groups.flatMap((g) => g.municipalityCodes).sort(),
      municipalities.map((m) => m.code).sort(),
    );
    for (const g of groups)
      for (const code of g.municipalityCodes)
        assert.equal(municipalities.find((m) => m.code === code)!.group?.mainGroup ?? 'other', g.id);
    const listed = await kronoberg.analyst.get('/api/forums?countyCode=07');
    assert.deepEqual(
      listed.body.map((f: { id: string }) => f.id),
      [forum.id],
    );
  });

  it('refuses bad plans by field, and stores none of them', async () => {
    const plan = { countyCode: '07', title: 'X', startsAt: STARTS, grouping: 'mainGroup' };
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ ...plan, startsAt: '2026-12-10' }, 'startsAt', 'not_instant'],
      [{ ...plan, startsAt: '2026-13-10T09:00Z' }, 'startsAt', 'not_instant'],
      [{ ...plan, roundId: skaneRound }, 'roundId', 'round_unknown'],
      [{ ...plan, grouping: 'by_size' }, 'grouping', 'not_one_of'],
      [{ ...plan, countyCode: '12', grouping: 'previous' }, 'grouping', 'no_previous_forum'],
      [{ ...plan, grouping: 'manual' }, 'groups', 'required'],
      [
        {
          ...plan,
          grouping: 'manual',
          groups: [{ id: 'g', name: 'G', municipalityCodes: ['0780', '1280'] }],
        },
        'groups[0].municipalityCodes[1]',
        'municipality_not_in_county',
      ],
    ];
    for (const [body, path, code] of refusals) {
      const planner = body.countyCode === '12' ? skane.coordinator : kronoberg.coordinator;
      const refused = await planner.post('/api/forums', body);
      assert.equal(refused.status, 400, `${path}: ${refused.text}`);
      assert.ok(
        refused.body.errors.some((e: { path: string; code: string }) => e.path === path && e.code === code),
        `${path} ${code}: ${refused.text}`,
      );
    }
    assert.equal((await kronoberg.coordinator.get('/api/forums?countyCode=07')).body.length, 1);
    assert.equal((await skane.coordinator.get('/api/forums?countyCode=12')).body.length, 0);
  });

  it('lets the county’s coordinators plan and its staff read; reporters are refused, other counties see nothing', async () => {
    const plan = { countyCode: '07', title: 'X', startsAt: STARTS, grouping: 'mainGroup' };
    assert.equal((await kronoberg.analyst.post('/api/forums', plan)).status, 403);
    assert.equal((await kronoberg.reporters['0780']!.post('/api/forums', plan)).status, 403);
    assert.equal((await skane.coordinator.post('/api/forums', plan)).status, 403);
    assert.equal((await kronoberg.analyst.get(`/api/forums/${forum.id}`)).status, 200);
    assert.equal((await kronoberg.reporters['0780']!.get(`/api/forums/${forum.id}`)).status, 403);
    assert.equal((await skane.coordinator.get(`/api/forums/${forum.id}`)).status, 404);
    assert.equal((await skane.analyst.get('/api/forums?countyCode=07')).status, 404);
    assert.equal((await skane.coordinator.patch(`/api/forums/${forum.id}`, { version: 1 })).status, 404);
    assert.equal((await kronoberg.analyst.patch(`/api/forums/${forum.id}`, { version: 1 })).status, 403);
    assert.equal((await admin.get(`/api/forums/${forum.id}`)).status, 200);
  });

  it('changes the version read, refuses a change to an older one, and the next forum reuses its groups', async () => {
    const groups: Group[] = [
      { id: 'city', name: 'Växjö med grannar', municipalityCodes: ['0780', '0781'] },
      { id: 'rest', name: 'Övriga kommuner', municipalityCodes: ['0760', '0761'] },
    ];
    const changed = await kronoberg.coordinator.patch(`/api/forums/${forum.id}`, {
      version: forum.version,
      title: 'Dialogforum december',
      agenda: [
        { id: 'seen', text: { sv: 'Vad har hänt sedan i våras?', en: 'What has happened since spring?' } },
      ],
      groups,
    });
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual(
      [changed.body.version, changed.body.title, changed.body.grouping, changed.body.agenda.length],
      [2, 'Dialogforum december', 'manual', 1],
    );
    const stale = await kronoberg.coordinator.patch(`/api/forums/${forum.id}`, { version: 1, title: 'Sent' });
    assert.equal(stale.status, 409, stale.text);
    assert.equal(stale.body.errors[0].path, 'version');
    assert.equal((await kronoberg.analyst.get(`/api/forums/${forum.id}`)).body.title, 'Dialogforum december');
    const twice = await kronoberg.coordinator.patch(`/api/forums/${forum.id}`, {
      version: 2,
      groups: [groups[0], { ...groups[1]!, municipalityCodes: ['0780'] }],
    });
    assert.equal(twice.status, 400);
    assert.equal(twice.body.errors[0].path, 'groups[1].municipalityCodes[0]');
    const next = await kronoberg.coordinator.post('/api/forums', {
      countyCode: '07',
      title: 'Dialogforum våren 2027',
      startsAt: '2027-03-10T09:00:00+01:00',
      grouping: 'previous',
    });
    assert.equal(next.status, 201, next.text);
    // The previous groups, then every municipality they did not place, by main group.
    assert.deepEqual(next.body.groups.slice(0, 2), groups);
    const all = (next.body.groups as Group[]).flatMap((g) => g.municipalityCodes);
    assert.equal(new Set(all).size, all.length);
    assert.equal(all.length, 8);
    assert.equal(next.body.agenda.length, 5, 'without a round, the seed questions only');
  });

  it('is planned on the page in Swedish time, and an empty form is refused by field', async () => {
    const { agent } = await signInOnPage(running.url, 'c@lst.test', PASSWORD);
    const page = await agent.get('/forums');
    assert.equal(page.status, 200);
    const refused = await agent
      .post('/forums')
      .type('form')
      .send({ _csrf: csrfOf(page.text), grouping: 'mainGroup' });
    assert.equal(refused.status, 400);
    assert.match(refused.text, /href="#title"/);
    assert.match(refused.text, /href="#startsAt">Tid: måste anges/);
    const planned = await agent
      .post('/forums')
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        title: 'Sommarforum',
        startsAt: '2027-06-15T13:30',
        roundId: round,
        grouping: 'mainGroup',
      });
    assert.equal(planned.status, 303, planned.text);
    const id = /\/forums\/([0-9a-f-]{36})/.exec(planned.headers.location ?? '')![1]!;
    const stored = await kronoberg.analyst.get(`/api/forums/${id}`);
    assert.equal(stored.body.startsAt, '2027-06-15T11:30:00.000Z', 'half past one in Swedish summer time');
    const shown = await agent.get(`/forums/${id}`);
    assert.ok(shown.text.includes(stored.body.joinCode));
    assert.ok(shown.text.includes('Trygghet i centrum'));
  });
});
