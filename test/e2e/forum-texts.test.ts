import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { openStream } from '../support/forum-live';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';

interface Section {
  section: string;
  text: string;
  version: number;
  updatedBy: string | null;
}
interface Group {
  id: string;
  municipalityCodes: string[];
}

/**
 * Before and during Kronoberg's forum: each municipality prepares its document, proposed from its assessment; in the
 * group rooms several people write the notes at once, and no one's text is lost.
 */
describe(`dialogue forums: preparation and group rooms (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let kronoberg: CountyTeam;
  let skane: CountyTeam;
  let forumId: string;
  let group: Group;
  const vaxjo = () => kronoberg.reporters['0780']!;
  const ljungby = () => kronoberg.reporters['0781']!;

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780', '0781', '0760']);
    skane = await countyTeam(admin, ['1280'], '12');
    const round = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Hösten 2026' });
    for (const code of ['0780', '0781']) {
      const path = `/api/rounds/${round}/assessments/${code}`;
      assert.equal((await kronoberg.reporters[code]!.put(path, completeDocument(0))).status, 200);
      assert.equal((await kronoberg.reporters[code]!.post(`${path}/submit`)).status, 200);
    }
    const created = await kronoberg.coordinator.post('/api/forums', {
      countyCode: '07',
      roundId: round,
      title: 'Dialogforum hösten 2026',
      startsAt: '2026-12-10T09:00:00+01:00',
      grouping: 'manual',
      groups: [
        { id: 'g1', name: 'Växjö och Ljungby', municipalityCodes: ['0780', '0781'] },
        { id: 'g2', name: 'Övriga', municipalityCodes: ['0760'] },
      ],
    });
    assert.equal(created.status, 201, created.text);
    forumId = created.body.id;
    group = created.body.groups[0];
  });

  after(async () => {
    await running?.close();
    await db?.drop();
  });

  it("proposes each municipality's document from its assessment, shown to it and the county's staff only", async () => {
    const path = `/api/forums/${forumId}/preparations/0780`;
    const mine = await vaxjo().get(path);
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.body.source.roundTitle, 'Hösten 2026');
    const sections = mine.body.sections as Section[];
    assert.deepEqual(
      sections.map((s) => [s.section, s.version]),
      [
        ['risks', 0],
        ['measures', 0],
        ['plans', 0],
        ['themes', 0],
        ['other', 0],
      ],
    );
    assert.match(sections[0]!.text, /^• Skadegörelse i centrum \(Social oro/);
    assert.equal(sections[3]!.text, 'Samverkan med polisen');
    // A municipality that has not answered gets empty sections to write in.
    const unanswered = await kronoberg.analyst.get(`/api/forums/${forumId}/preparations/0760`);
    assert.equal(unanswered.body.source, null);
    assert.equal(
      (unanswered.body.sections as Section[]).every((s) => s.text === ''),
      true,
    );
    assert.equal((await ljungby().get(path)).status, 403);
    assert.equal((await kronoberg.analyst.get(path)).status, 200);
    assert.equal((await skane.analyst.get(path)).status, 404);
    assert.equal((await vaxjo().get(`/api/forums/${forumId}/preparations/1280`)).status, 404);
  });

  it('saves a section on the version read and refuses a save of a section saved meanwhile', async () => {
    const path = `/api/forums/${forumId}/preparations/0780/sections`;
    const first = await vaxjo().put(`${path}/other`, {
      version: 0,
      text: 'Vi vill berätta om sommarens fältarbete.',
    });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.version, 1);
    assert.equal(first.body.updatedBy, 'Rapportör 0780');
    const stale = await vaxjo().put(`${path}/other`, { version: 0, text: 'En annan text.' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.messageCode, 'forum.section_changed');
    assert.equal(stale.body.currentVersion, 1);
    // The stale save changed nothing.
    const read = await vaxjo().get(`/api/forums/${forumId}/preparations/0780`);
    assert.equal((read.body.sections as Section[])[4]!.text, 'Vi vill berätta om sommarens fältarbete.');
    // Other sections at the same time: each has its own version.
    const [risks, themes] = await Promise.all([
      vaxjo().put(`${path}/risks`, { version: 0, text: 'Skadegörelse i centrum har minskat.' }),
      vaxjo().put(`${path}/themes`, { version: 0, text: 'Samverkan med polisen\nUngas hälsa' }),
    ]);
    assert.deepEqual([risks.status, themes.status], [200, 200]);
    assert.equal((await kronoberg.analyst.put(`${path}/risks`, { version: 1, text: 'x' })).status, 403);
    assert.equal((await vaxjo().put(`${path}/nothing`, { version: 0, text: 'x' })).status, 404);
    const long = await vaxjo().put(`${path}/risks`, { version: 1, text: 'x'.repeat(10_001) });
    assert.equal(long.status, 400);
    assert.equal(long.body.errors[0].path, 'text');
  });

  it('shows the facilitator who has prepared', async () => {
    const done = await vaxjo().post(`/api/forums/${forumId}/preparations/0780/prepared`);
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.prepared.by, 'Rapportör 0780');
    const list = await kronoberg.coordinator.get(`/api/forums/${forumId}/preparations`);
    assert.equal(list.status, 200);
    const rows = (
      list.body as { municipalityCode: string; savedSections: number; preparedAt: string | null }[]
    ).map((r) => [r.municipalityCode, r.savedSections, r.preparedAt !== null]);
    assert.deepEqual(rows, [
      ['0780', 3, true],
      ['0781', 0, false],
      ['0760', 0, false],
    ]);
    assert.equal((await vaxjo().get(`/api/forums/${forumId}/preparations`)).status, 403);
  });

  it("lets two people write the same group's notes at once, and loses no one's text", async () => {
    const room = `/api/forums/${forumId}/groups/${group.id}`;
    const stream = await openStream(`${running.url}${room}/events`, {
      Authorization: `Bearer ${ljungby().token}`,
    });
    try {
      await stream.next((e) => e.type === 'room');
      // At once: the analyst on Växjö's presentation, Ljungby's reporter on the summary.
      const [note, summary] = await Promise.all([
        kronoberg.analyst.put(`${room}/notes/0780`, {
          version: 0,
          text: 'Växjö: fältarbetet gav färre bränder.',
        }),
        ljungby().put(`${room}/notes/summary`, { version: 0, text: 'Gruppen ser samma mönster.' }),
      ]);
      assert.deepEqual([note.status, summary.status], [200, 200], `${note.text} ${summary.text}`);
      // Both then change the summary from the version they read: the second is refused, the first kept.
      const analystSummary = await kronoberg.analyst.put(`${room}/notes/summary`, {
        version: 1,
        text: 'Gruppen ser samma mönster. Polisen deltar nästa gång.',
      });
      assert.equal(analystSummary.status, 200);
      const late = await ljungby().put(`${room}/notes/summary`, { version: 1, text: 'Min version.' });
      assert.equal(late.status, 409);
      const read = await ljungby().get(room);
      const notes = read.body.notes as Section[];
      assert.deepEqual(
        notes.map((n) => [n.section, n.text, n.version]),
        [
          ['0780', 'Växjö: fältarbetet gav färre bränder.', 1],
          ['0781', '', 0],
          ['summary', 'Gruppen ser samma mönster. Polisen deltar nästa gång.', 2],
        ],
      );
      // Ljungby's reporter, watching the room, heard of the analyst's notes.
      await stream.next(
        (e) =>
          e.type === 'room' &&
          (e.data as { notes: Section[] }).notes.some((n) => n.text.includes('Polisen deltar')),
      );
    } finally {
      stream.close();
    }
    // Only the group's municipalities and the county's staff write here; admins read.
    assert.equal((await kronoberg.reporters['0760']!.get(room)).status, 403);
    assert.equal(
      (await kronoberg.reporters['0760']!.put(`${room}/notes/summary`, { version: 2, text: 'x' })).status,
      403,
    );
    assert.equal((await skane.coordinator.get(room)).status, 404);
    assert.equal((await kronoberg.analyst.put(`${room}/notes/0760`, { version: 0, text: 'x' })).status, 404);
    assert.equal((await kronoberg.analyst.get(`/api/forums/${forumId}/groups/nothing`)).status, 404);
  });

  it('shows on the page a note saved meanwhile beside the author’s own words, kept to save again', async () => {
    const { agent } = await signInOnPage(running.url, 'r0781@k.test');
    const room = `/forums/${forumId}/groups/${group.id}`;
    const page = await agent.get(room);
    assert.equal(page.status, 200);
    const stale = await agent
      .post(`${room}/notes/summary`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), version: '1', text: 'Ljungbys egen sammanfattning.' });
    assert.equal(stale.status, 409);
    assert.match(stale.text, /Avsnittet har sparats av någon annan/);
    assert.match(stale.text, /Gruppen ser samma mönster\. Polisen deltar nästa gång\./, 'what is stored now');
    assert.match(stale.text, /Ljungbys egen sammanfattning\./, 'the author’s text, kept');
    assert.match(stale.text, /name="version" value="2"/, 'to save again on the version stored now');
  });

  it('times a presentation of ten minutes, started by the county staff', async () => {
    const room = `/api/forums/${forumId}/groups/${group.id}`;
    const started = await kronoberg.analyst.post(`${room}/timer`, { municipalityCode: '0781' });
    assert.equal(started.status, 200, started.text);
    const { timer } = started.body as {
      timer: { municipalityCode: string; startedAt: string; endsAt: string };
    };
    assert.equal(timer.municipalityCode, '0781');
    assert.equal(Date.parse(timer.endsAt) - Date.parse(timer.startedAt), 10 * 60_000);
    assert.equal((await ljungby().post(`${room}/timer`, { municipalityCode: '0781' })).status, 403);
    assert.equal((await kronoberg.analyst.post(`${room}/timer`, { municipalityCode: '0760' })).status, 404);
    const bad = await kronoberg.analyst.post(`${room}/timer`, { municipalityCode: '0781', minutes: 0 });
    assert.equal(bad.body.errors[0].path, 'minutes');
  });
});
