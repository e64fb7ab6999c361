import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';
import { stockholmDateTime } from '../../src/common/dates';
import { editXlsx, needs, readXlsx } from '../support/tools';

type Edit = [string, string, string | number | null];
type Rect = [number, number, number, number];

/** "B2:C51" as [first column, first row, last column, last row]. */
function rectOf(range: string): Rect {
  const [from = '', to = from] = range.split(':');
  const at = (cell: string) => {
    const [, letters = '', digits = '0'] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    return [[...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0), Number(digits)];
  };
  return [...at(from), ...at(to)] as Rect;
}
const overlap = (a: Rect, b: Rect) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Växjö fills in its assessment in Excel: a broken cell is refused by sheet and cell, the corrected file is saved. */
describe(`the assessment as an Excel workbook (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let team: CountyTeam;
  let vaxjo: Api;
  let round: string;
  let dir: string;
  const path = (code = '0780') => `/api/rounds/${round}/assessments/${code}`;
  const filled: Edit[] = [
    ['Bedömning', 'B3', 'Anna Lind'],
    ['Bedömning', 'B5', 'anna.lind@vaxjo.test'],
    ['Bedömning', 'B7', 'Oron bland unga har ökat.'],
    ['Bedömning', 'B11', 'Samverkan med polisen\nSkolans roll'],
    ['Observerade risker', 'B2', 'Social oro (ordningsstörningar, skadegörelse, social oro bland unga)'],
    ['Observerade risker', 'C2', 'Skadegörelse i centrum'],
    ['Observerade risker', 'E2', 'Hög'],
    ['Observerade risker', 'F2', 'Ökat'],
    ['Observerade risker', 'H2', 'Ja'],
    ['Observerade risker', 'B3', 'Våld i nära relationer'],
    ['Observerade risker', 'C3', 'Fler orosanmälningar'],
    ['Observerade risker', 'E3', 'Medel'],
    ['Vidtagna åtgärder', 'B2', 'Förstärkt fältverksamhet kvällstid.'],
    ['Vidtagna åtgärder', 'C2', '1, 2'],
    ['Vidtagna åtgärder', 'D2', 'Ja'],
  ];

  async function template(api: Api, code = '0780'): Promise<string> {
    const response = await api.download(`${path(code)}/workbook`);
    assert.equal(response.status, 200);
    const file = join(dir, `template-${code}-${Date.now()}.xlsx`);
    writeFileSync(file, response.body);
    return file;
  }

  function edit(file: string, edits: Edit[]): Buffer {
    const out = `${file}.edited.xlsx`;
    editXlsx(file, out, edits);
    return readFileSync(out);
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-workbook-'));
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781']);
    vaxjo = team.reporters['0780']!;
    round = await openRound(team.coordinator, { countyCode: '07', title: 'Hösten' });
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is a workbook whose dropdowns, read by openpyxl, are the round’s lists on a hidden sheet', async (t) => {
    const response = await vaxjo.download(`${path()}/workbook`);
    assert.equal(response.status, 200);
    assert.match(response.headers['content-type'] ?? '', /spreadsheetml/);
    assert.match(response.headers['content-disposition'] ?? '', /bedomning-0780-v0\.xlsx/);
    if (!needs(t, ['openpyxl'])) return;
    const file = join(dir, 'read.xlsx');
    writeFileSync(file, response.body);
    const read = editXlsx(file, '-', []);
    const risks = read.validations['Observerade risker']!;
    const level = risks.find(([, , formula]) => formula === 'Listor!$B$2:$B$5');
    assert.deepEqual(level, ['E2:E51', 'list', 'Listor!$B$2:$B$5']);
    assert.ok(risks.some(([range, , formula]) => range === 'H2:H51' && formula === '"Ja"'));
    // Overlapping validations make Excel call the file damaged.
    for (const [sheet, list] of Object.entries(read.validations)) {
      const rects = list.map(([range]) => rectOf(range));
      rects.forEach((a, i) =>
        rects.slice(i + 1).forEach((b) => assert.ok(!overlap(a, b), `${sheet}: ${JSON.stringify([a, b])}`)),
      );
    }
    assert.equal(read.states.Listor, 'hidden');
    assert.equal(read.protected['Observerade risker'], true);
    // What people read is in their words and time; what only the upload needs is kept but not shown.
    const dump = readXlsx(file);
    const about = dump.sheets['Om filen']!;
    const rowOf = (key: string) => about.rows.findIndex((row) => row[0]?.v === key) + 1;
    assert.equal(
      about.rows[rowOf('Hämtad') - 1]![1]!.v,
      `${stockholmDateTime(running.clock.now())} (svensk tid)`,
    );
    assert.deepEqual(about.hiddenRows, [rowOf('Omgångens id'), rowOf('Version')]);
    for (const sheet of ['Observerade risker', 'Vidtagna åtgärder', 'Planerade åtgärder', 'Uppföljning']) {
      const header = dump.sheets[sheet]!.rows[0]!;
      const idColumn = header.findIndex((cell) => cell.v === 'id');
      assert.ok(idColumn > 0, `${sheet} has its id column`);
      assert.deepEqual(dump.sheets[sheet]!.hiddenColumns, [String.fromCharCode(65 + idColumn)], sheet);
    }
  });

  it('refuses a file with a broken cell, naming sheet and cell, and saves nothing; the corrected file is saved', async (t) => {
    if (!needs(t, ['openpyxl'])) return;
    const file = await template(vaxjo);
    const broken = edit(file, [
      ...filled,
      ['Observerade risker', 'E3', 'Jättehög'],
      ['Bedömning', 'B5', 'inte en adress'],
      ['Vidtagna åtgärder', 'C2', '1, 7'],
    ]);
    const refused = await vaxjo.upload(`${path()}/workbook`, 'workbook', broken);
    assert.equal(refused.status, 400, refused.text);
    assert.deepEqual(
      refused.body.errors.map((e: { sheet: string; cell: string; path: string }) => [
        e.sheet,
        e.cell,
        e.path,
      ]),
      [
        ['Observerade risker', 'E3', 'observedRisks[1].level'],
        ['Vidtagna åtgärder', 'C2', 'measuresTaken[0].riskIds'],
        ['Bedömning', 'B5', 'contact.email'],
      ],
    );
    const unchanged = await vaxjo.get(`${path()}?prefill=false`);
    assert.deepEqual([unchanged.body.status, unchanged.body.version], ['not_started', 0]);

    const saved = await vaxjo.upload(`${path()}/workbook`, 'workbook', edit(file, filled));
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual([saved.body.status, saved.body.version], ['draft', 1]);
    const stored = (await vaxjo.get(path())).body;
    assert.equal(stored.contact.email, 'anna.lind@vaxjo.test');
    assert.deepEqual(stored.forumThemes, ['Samverkan med polisen', 'Skolans roll']);
    assert.deepEqual(
      stored.observedRisks.map(
        (r: { area: string; level: string; trend: string; affectedGroups: string[] }) => [
          r.area,
          r.level,
          r.trend,
          r.affectedGroups,
        ],
      ),
      [
        ['social_oro', 'hog', 'okat', ['barn_unga']],
        ['vald_nara_relationer', 'medel', null, []],
      ],
    );
    const ids = stored.observedRisks.map((r: { id: string }) => r.id);
    assert.deepEqual(stored.measuresTaken[0].riskIds, ids);
    assert.deepEqual(stored.measuresTaken[0].actors, ['socialtjanst']);

    // The same file again was made of version 0: the draft has moved on, so it is refused rather than overwriting.
    const stale = await vaxjo.upload(`${path()}/workbook`, 'workbook', edit(file, filled));
    assert.equal(stale.status, 409);
    assert.match(stale.body.message, /sparats sedan filen hämtades/);
    // A fresh download carries the saved draft and its version.
    const again = await template(vaxjo);
    const roundTrip = await vaxjo.upload(`${path()}/workbook`, 'workbook', readFileSync(again));
    assert.equal(roundTrip.status, 200, roundTrip.text);
    assert.equal(roundTrip.body.version, 2);
    assert.deepEqual(roundTrip.body.observedRisks, stored.observedRisks);
  });

  it('refuses what is not its own workbook, and those who may not save', async () => {
    const notExcel = await vaxjo.upload(
      `${path()}/workbook`,
      'workbook',
      Buffer.from('a;b\n1;2\n'),
      'svar.csv',
    );
    assert.equal(notExcel.status, 400);
    assert.deepEqual(
      notExcel.body.errors.map((e: { path: string }) => e.path),
      ['workbook'],
    );
    const missing = await vaxjo.put(`${path()}/workbook`, {});
    assert.equal(missing.status, 400);
    assert.match(missing.body.errors[0].message, /välj en ifylld Excelfil/);
    const alvesta = await template(team.reporters['0781']!, '0781');
    const wrongPlace = await vaxjo.upload(`${path()}/workbook`, 'workbook', readFileSync(alvesta));
    assert.equal(wrongPlace.status, 400);
    assert.match(
      wrongPlace.body.errors[0].message,
      /filen gäller Ljungby i omgången ”[^”]+”; hämta den här bedömningens egen fil/,
    );
    const analystFile = await team.analyst.download(`${path()}/workbook`);
    assert.equal(analystFile.status, 200, 'county staff may read it as a workbook');
    assert.equal((await team.analyst.upload(`${path()}/workbook`, 'workbook', analystFile.body)).status, 403);
    const other = await team.reporters['0781']!.upload(`${path()}/workbook`, 'workbook', analystFile.body);
    assert.equal(other.status, 403);
    assert.equal((await vaxjo.get(path())).body.version, 2, 'nothing refused was saved');
  });

  it('is offered on the form page: download, and an upload whose errors are listed by sheet and cell', async (t) => {
    if (!needs(t, ['openpyxl'])) return;
    const { agent } = await signInOnPage(running.url, 'r0780@k.test');
    const base = `/rounds/${round}/assessments/0780`;
    const form = await agent.get(base);
    assert.equal(form.status, 200);
    assert.ok(form.text.includes(`href="${base}/workbook"`));
    const action = /<form method="post" action="([^"]+)" enctype="multipart\/form-data"/.exec(form.text)?.[1];
    assert.ok(action, 'the upload form posts a multipart body');
    const upload = action.replace(/&amp;/g, '&');
    assert.equal(
      upload,
      `${base}/workbook?_csrf=${encodeURIComponent(csrfOf(form.text))}`,
      'carrying the token',
    );
    const download = await agent.get(`${base}/workbook`).buffer(true);
    assert.equal(download.status, 200);
    const file = await template(vaxjo);
    const broken = edit(file, [['Observerade risker', 'E3', 'Jättehög']]);
    const refused = await agent.post(upload).attach('workbook', broken, 'bedomning.xlsx');
    assert.equal(refused.status, 400);
    assert.ok(refused.text.includes('Bladet Observerade risker, cell E3'), refused.text.slice(0, 2000));
    assert.match(refused.text, /href="#workbook"/);
    const withoutToken = await agent.post(`${base}/workbook`).attach('workbook', broken, 'bedomning.xlsx');
    assert.equal(withoutToken.status, 403);
    const saved = await agent
      .post(upload)
      .attach('workbook', edit(file, [['Bedömning', 'B7', 'Ändrat i Excel.']]), 'bedomning.xlsx');
    assert.equal(saved.status, 303, saved.text);
    assert.match(saved.headers.location ?? '', /notice=workbook-saved/);
    assert.equal((await vaxjo.get(path())).body.summary, 'Ändrat i Excel.');
  });
});
