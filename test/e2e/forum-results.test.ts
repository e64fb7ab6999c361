import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ForumResult } from '../../src/forums/forum-results';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { Participant } from '../support/forum-live';
import { signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';
import { assertAccessiblePdf, needs, pdfText, readDocx, readXlsx } from '../support/tools';

/** A text as pdftotext lays it out, on one line: the PDF may break a long cell or caption anywhere. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * After Kronoberg's forum: what it gave is kept with it, goes into the round's county picture as "Dialogforum" with
 * every item traced to the forum, and the forum exports as its own PDF and Word file, read back by other readers.
 */
describe(`dialogue forums: results, the county picture and the forum's report (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let running: RunningApp;
  let kronoberg: CountyTeam;
  let skane: CountyTeam;
  let round: string;
  let forum: { id: string; groups: { id: string; municipalityCodes: string[] }[] };
  let result: ForumResult;
  const TITLE = 'Dialogforum hösten 2026';

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-forum-results-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, ['0780', '0781']);
    skane = await countyTeam(admin, ['1280'], '12');
    round = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Hösten 2026' });
    for (const [code, themes] of [
      ['0780', ['Trygghet i centrum']],
      ['0781', ['Trygghet i centrum', 'Ungas psykiska hälsa']],
    ] as const) {
      const path = `/api/rounds/${round}/assessments/${code}`;
      const document = { ...completeDocument(0), forumThemes: [...themes] };
      assert.equal((await kronoberg.reporters[code]!.put(path, document)).status, 200);
      assert.equal((await kronoberg.reporters[code]!.post(`${path}/submit`)).status, 200);
    }
    const coordinator = kronoberg.coordinator;
    const created = await coordinator.post('/api/forums', {
      countyCode: '07',
      roundId: round,
      title: TITLE,
      startsAt: '2026-12-10T09:00:00+01:00',
      grouping: 'mainGroup',
    });
    assert.equal(created.status, 201, created.text);
    forum = created.body;
    const guests = await Promise.all(
      [1, 2, 3].map(() => Participant.join(running.url, created.body.joinCode)),
    );
    const pollOf = async (body: object) =>
      (await coordinator.post(`/api/forums/${forum.id}/polls`, body)).body.id as string;
    const words = await pollOf({ kind: 'wordCloud', question: 'Ett ord om sommaren' });
    const scale = await pollOf({ kind: 'scale', question: 'Hur oroliga är ni inför hösten?', steps: 5 });
    const open = await pollOf({ kind: 'openText', question: 'Vad ska nästa forum ta upp?' });
    await pollOf({ kind: 'choice', question: 'Aldrig öppnad', options: ['Ja', 'Nej'] });
    const answer = async (poll: string, bodies: object[]) => {
      assert.equal((await coordinator.post(`/api/forums/${forum.id}/polls/${poll}/open`)).status, 200);
      for (const [i, body] of bodies.entries()) {
        running.clock.advance(1000);
        assert.equal((await guests[i]!.answer(poll, body)).status, 200);
      }
    };
    await answer(words, [{ words: ['Trygghet', 'Skola'] }, { words: ['trygghet'] }, { words: ['Fritid'] }]);
    await answer(scale, [{ value: 4 }, { value: 5 }, { value: 4 }]);
    await answer(open, [{ text: 'Samverkan med polisen' }, { text: 'Ett svar som döljs' }]);
    const polls = (await coordinator.get(`/api/forums/${forum.id}/polls`)).body as {
      id: string;
      texts?: { id: string; text: string }[];
    }[];
    const hidden = polls.find((p) => p.id === open)!.texts!.find((x) => x.text === 'Ett svar som döljs')!;
    await coordinator.put(`/api/forums/${forum.id}/polls/${open}/answers/${hidden.id}/hidden`, {
      hidden: true,
    });
    await coordinator.post(`/api/forums/${forum.id}/polls/${open}/close`);
    const group = forum.groups.find((g) => g.municipalityCodes.includes('0780'))!;
    const room = `/api/forums/${forum.id}/groups/${group.id}`;
    assert.equal(
      (
        await kronoberg.analyst.put(`${room}/notes/0780`, {
          version: 0,
          text: 'Växjö: fältarbetet gav färre bränder.',
        })
      ).status,
      200,
    );
    assert.equal(
      (
        await kronoberg.analyst.put(`${room}/notes/summary`, {
          version: 0,
          text: 'Gruppen vill att polisen deltar nästa gång.',
        })
      ).status,
      200,
    );
  });

  after(async () => {
    await running?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps with the forum its themes, the results of the polls it opened and its notes', async () => {
    const response = await kronoberg.analyst.get(`/api/forums/${forum.id}/results`);
    assert.equal(response.status, 200, response.text);
    result = response.body;
    assert.deepEqual(result.themes, [
      { text: 'Trygghet i centrum', askedBy: ['0780', '0781'] },
      { text: 'Ungas psykiska hälsa', askedBy: ['0781'] },
    ]);
    assert.deepEqual(
      result.polls.map((p) => [p.question, p.answers]),
      [
        ['Ett ord om sommaren', 3],
        ['Hur oroliga är ni inför hösten?', 3],
        ['Vad ska nästa forum ta upp?', 2],
      ],
    );
    assert.deepEqual(
      result.polls[0]!.rows.map((r) => [r.label, r.count]),
      [
        ['Trygghet', 2],
        ['Fritid', 1],
        ['Skola', 1],
      ],
    );
    assert.equal(result.polls[1]!.mean, 4.3);
    assert.deepEqual(result.polls[2]!.texts, ['Samverkan med polisen'], 'the hidden answer is left out');
    assert.deepEqual(result.notes, [
      {
        municipalityCode: '0780',
        groupName: result.notes[0]!.groupName,
        text: 'Växjö: fältarbetet gav färre bränder.',
      },
    ]);
    assert.equal(result.summaries[0]!.text, 'Gruppen vill att polisen deltar nästa gång.');
    assert.equal((await kronoberg.reporters['0780']!.get(`/api/forums/${forum.id}/results`)).status, 403);
    assert.equal((await skane.analyst.get(`/api/forums/${forum.id}/results`)).status, 404);
  });

  it("puts the forum into the round's county picture, the same as the forum's own result", async () => {
    const picture = await kronoberg.analyst.get(`/api/rounds/${round}/county-picture?include=submitted`);
    assert.equal(picture.status, 200);
    assert.deepEqual(picture.body.forums, [result]);
    // Skåne's picture has no forum of Kronoberg's.
    const skaneRound = await openRound(skane.coordinator, { countyCode: '12' });
    const other = await skane.analyst.get(`/api/rounds/${skaneRound}/county-picture?include=submitted`);
    assert.deepEqual(other.body.forums, []);
  });

  it('shows the forum on the county picture’s page, every figure as the model has it', async () => {
    const { agent } = await signInOnPage(running.url, 'a@lst.test');
    const page = await agent.get(`/rounds/${round}/picture?include=submitted`);
    assert.equal(page.status, 200);
    const section = page.text.slice(page.text.indexOf('id="forums"'));
    const cells = (html: string) =>
      [...html.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((m) =>
        [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
          c[1]!.replace(/<[^>]+>/g, '').trim(),
        ),
      );
    const rows = cells(section);
    for (const theme of result.themes)
      assert.ok(
        rows.some((r) => r[0] === theme.text),
        theme.text,
      );
    const percent = new Intl.NumberFormat('sv-SE', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    for (const poll of result.polls.filter((p) => p.kind !== 'openText'))
      for (const row of poll.rows) {
        const shown = [
          row.label,
          String(row.count),
          ...(poll.kind === 'scale' || poll.kind === 'choice' ? [percent.format(row.share!)] : []),
        ];
        assert.ok(
          rows.some((r) => JSON.stringify(r) === JSON.stringify(shown)),
          `${poll.question}: ${shown.join(' ')}`,
        );
      }
    assert.ok(section.includes('Samverkan med polisen'));
    assert.ok(!section.includes('Ett svar som döljs'));
    assert.ok(rows.some((r) => r[0] === 'Växjö' && r[2] === 'Växjö: fältarbetet gav färre bränder.'));
  });

  it('gives the county report\'s PDF a "Dialogforum" section with the forum\'s themes and results, traced to it', async (t) => {
    if (!needs(t, ['pdftotext', 'pikepdf'])) return;
    const made = await kronoberg.analyst.post(`/api/rounds/${round}/reports`, {
      format: 'pdf',
      include: 'submitted',
    });
    assert.equal(made.status, 201, made.text);
    const file = join(dir, 'county.pdf');
    writeFileSync(file, (await kronoberg.analyst.download(made.body.downloadUrl)).body);
    const text = flat(pdfText(file));
    assert.ok(text.includes(`${TITLE}, 10 december 2026`), 'the forum by title and date');
    assert.ok(text.includes(`Källa: dialogforumet ${TITLE}, 10 december 2026`));
    for (const theme of result.themes) assert.ok(text.includes(theme.text), theme.text);
    assert.ok(text.includes('Växjö, Ljungby'), 'who asked for the theme');
    for (const poll of result.polls) {
      assert.ok(text.includes(`${poll.question} (${poll.answers} svar) – ${TITLE}`), poll.question);
      for (const row of poll.rows)
        assert.match(text, new RegExp(`${row.label} ${row.count}\\b`), `${poll.question}: ${row.label}`);
    }
    assert.ok(text.includes('Medelvärde: 4,3'));
    assert.ok(text.includes('Samverkan med polisen'));
    assert.ok(!text.includes('Ett svar som döljs'), 'the hidden answer is not in the report');
    assert.ok(text.includes('Växjö: fältarbetet gav färre bränder.'));
    assert.ok(text.includes('Gruppen vill att polisen deltar nästa gång.'));
    assertAccessiblePdf(file, {
      lang: 'sv-SE',
      title: 'Regional lägesbild: social risk: Kronobergs län',
      working: true,
    });
  });

  it('gives the county workbook a sheet of what the forum gave, a row per item, as the model has it', async (t) => {
    if (!needs(t, ['openpyxl'])) return;
    const made = await kronoberg.analyst.post(`/api/rounds/${round}/reports`, {
      format: 'xlsx',
      include: 'submitted',
    });
    assert.equal(made.status, 201, made.text);
    const file = join(dir, 'county.xlsx');
    writeFileSync(file, (await kronoberg.analyst.download(made.body.downloadUrl)).body);
    const sheet = readXlsx(file).sheets.Dialogforum!;
    const rows = sheet.rows.map((r) => r.map((c) => c.v));
    assert.deepEqual(rows[0], [
      'Dialogforum',
      'Forumets datum',
      'Del',
      'Tema, fråga eller grupp',
      'Ord, alternativ eller steg',
      'Antal',
      'Andel av de svarande',
      'Kommun',
      'Text',
    ]);
    const date = '10 december 2026';
    const expected = [
      ...result.themes.map((th) => [
        TITLE,
        date,
        'Tema',
        th.text,
        null,
        th.askedBy.length,
        null,
        th.askedBy.map((c) => ({ '0780': 'Växjö', '0781': 'Ljungby' })[c]).join(', '),
        null,
      ]),
      ...result.polls.flatMap((p) => [
        ...p.rows.map((r) => [TITLE, date, 'Fråga', p.question, r.label, r.count, r.share, null, null]),
        ...p.texts.map((text) => [TITLE, date, 'Fritextsvar', p.question, null, null, null, null, text]),
      ]),
      ...result.notes.map((n) => [TITLE, date, 'Anteckning', n.groupName, null, null, null, 'Växjö', n.text]),
      ...result.summaries.map((s) => [
        TITLE,
        date,
        'Gruppens sammanfattning',
        s.groupName,
        null,
        null,
        null,
        null,
        s.text,
      ]),
    ];
    // The dump gives every value as text, a number as Python writes it.
    const asText = (row: (string | number | null)[]) => row.map((v) => (v === null ? null : String(v)));
    assert.deepEqual(rows.slice(1), expected.map(asText));
  });

  it('exports the forum as PDF and Word, each with what the result holds', async (t) => {
    if (!needs(t, ['pdftotext', 'pikepdf', 'python-docx'])) return;
    const pdf = await kronoberg.coordinator.download(`/api/forums/${forum.id}/report?format=pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(
      pdf.headers['content-disposition']!,
      /filename="dialogforum-hosten-2026-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const pdfFile = join(dir, 'forum.pdf');
    writeFileSync(pdfFile, pdf.body);
    const text = flat(pdfText(pdfFile));
    assert.ok(text.includes('Kronobergs län'));
    for (const q of result.questions) assert.ok(text.includes(q), q);
    for (const poll of result.polls)
      for (const row of poll.rows) assert.match(text, new RegExp(`${row.label} ${row.count}\\b`));
    assertAccessiblePdf(pdfFile, { lang: 'sv-SE', title: `Dialogforum: ${TITLE}`, working: false });

    const word = await kronoberg.coordinator.download(
      `/api/forums/${forum.id}/report?format=docx&language=en`,
    );
    assert.equal(word.status, 200);
    const docxFile = join(dir, 'forum.docx');
    writeFileSync(docxFile, word.body);
    const docx = readDocx(docxFile);
    assert.equal(docx.title, `Dialogue forum: ${TITLE}`);
    const tables = docx.blocks.filter((b) => b.kind === 'table') as { rows: string[][] }[];
    const cloud = tables.find((tb) => tb.rows[0]![0] === 'Word')!;
    assert.deepEqual(
      cloud.rows.slice(1),
      result.polls[0]!.rows.map((r) => [r.label, String(r.count)]),
    );
    const scale = tables.find((tb) => tb.rows[0]![0] === 'Step')!;
    assert.deepEqual(
      scale.rows.slice(1).map((r) => r.slice(0, 2)),
      result.polls[1]!.rows.map((r) => [r.label, String(r.count)]),
    );
    const notes = tables.find((tb) => tb.rows[0]![0] === 'Municipality')!;
    assert.deepEqual(notes.rows[1], [
      'Växjö',
      result.notes[0]!.groupName,
      'Växjö: fältarbetet gav färre bränder.',
    ]);
    assert.equal(
      (await kronoberg.reporters['0780']!.get(`/api/forums/${forum.id}/report?format=pdf`)).status,
      403,
    );
    assert.equal((await skane.coordinator.get(`/api/forums/${forum.id}/report?format=pdf`)).status, 404);
    assert.equal(
      (await kronoberg.coordinator.get(`/api/forums/${forum.id}/report?format=xlsx`)).body.errors[0].path,
      'format',
    );
  });
});
