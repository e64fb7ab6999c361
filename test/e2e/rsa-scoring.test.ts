import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument, documentOf, ScoredRisk as Risk, scoredDocument } from '../support/documents';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';
import { assertAccessiblePdf, editXlsx, needs, pdfText, readDocx, readXlsx } from '../support/tools';

interface Register {
  rounds: { id: string }[];
  risks: {
    id: string;
    number: number;
    title: string;
    current: boolean;
    entries: {
      roundId: string;
      likelihoodRank: number | null;
      consequenceRank: number | null;
      escalationStage: string | null;
      plans: { followUp: { roundId: string } | null }[];
    }[];
  }[];
  matrix: { cells: { likelihood: number; consequence: number; riskIds: string[] }[]; unscored: string[] };
}

const SCORING = { scoring: true, escalationAreas: ['social_oro'] };

/** A county asks for RSA scoring: the round freezes its scales, the form, the API and the workbook ask for it. */
describe(`RSA scoring in a round (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let team: CountyTeam;
  let vaxjo: Api;
  let spring: string;
  let autumn: string;
  let dir: string;
  const path = (round: string, code = '0780') => `/api/rounds/${round}/assessments/${code}`;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-rsa-'));
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781']);
    vaxjo = team.reporters['0780']!;
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('freezes the RSA scales with the taxonomy when the round opens', async () => {
    spring = await openRound(team.coordinator, { countyCode: '07', title: 'Våren', rsa: SCORING });
    const planned = await team.coordinator.post('/api/rounds', {
      countyCode: '07',
      title: 'Planerad',
      periodStart: '2027-01-01',
      periodEnd: '2027-04-30',
      deadline: '2027-03-31',
      rsa: { scoring: true },
    });
    assert.equal(planned.status, 201, planned.text);
    const label = DEFAULT_TAXONOMY.rsaLikelihoods[0]!.label;
    const before = label.sv;
    label.sv = 'Nästan aldrig';
    try {
      const opened = (await vaxjo.get(`/api/rounds/${spring}`)).body;
      assert.deepEqual(opened.rsa, SCORING);
      assert.equal(opened.taxonomyFrozen, true);
      assert.equal(opened.taxonomy.rsaLikelihoods[0].label.sv, before, 'the open round keeps what it froze');
      assert.deepEqual(
        opened.taxonomy.rsaConsequences.map((c: { code: string }) => c.code),
        ['mycket_begransade', 'begransade', 'allvarliga', 'mycket_allvarliga', 'katastrofala'],
      );
      assert.equal(opened.taxonomy.protectedValues.length, 5);
      assert.equal(opened.taxonomy.escalationStages.length, 4);
      const stillPlanned = (await team.coordinator.get(`/api/rounds/${planned.body.id}`)).body;
      assert.equal(stillPlanned.taxonomy.rsaLikelihoods[0].label.sv, 'Nästan aldrig');
      assert.deepEqual(stillPlanned.rsa, { scoring: true, escalationAreas: [] });
    } finally {
      label.sv = before;
    }
  });

  it('refuses a round whose escalation areas or scales do not fit, naming the field', async () => {
    const refused = await team.coordinator.post('/api/rounds', {
      countyCode: '07',
      title: 'Fel',
      periodStart: '2027-01-01',
      periodEnd: '2027-04-30',
      deadline: '2027-03-31',
      rsa: { scoring: 'ja', escalationAreas: ['upplopp'] },
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(
      refused.body.errors.map((e: { path: string }) => e.path),
      ['rsa.scoring'],
    );
    const area = await team.coordinator.post('/api/rounds', {
      countyCode: '07',
      title: 'Fel',
      periodStart: '2027-01-01',
      periodEnd: '2027-04-30',
      deadline: '2027-03-31',
      rsa: { escalationAreas: ['upplopp'] },
      taxonomy: { rsaConsequences: DEFAULT_TAXONOMY.rsaConsequences.slice(0, 3) },
    });
    assert.equal(area.status, 400);
    assert.deepEqual(
      area.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [
        ['taxonomy.rsaConsequences', 'rsa_scale_levels'],
        ['rsa.escalationAreas[0]', 'code_not_in_list'],
      ],
    );
  });

  it('keeps the scoring a reporter saves, refuses codes off the scales and submits only when every risk is scored', async () => {
    const unscored = await vaxjo.put(path(spring), completeDocument(0));
    assert.equal(unscored.status, 200, unscored.text);
    const incomplete = await vaxjo.post(`${path(spring)}/submit`);
    assert.equal(incomplete.status, 422, incomplete.text);
    assert.deepEqual(
      incomplete.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [
        ['observedRisks[0].likelihood', 'missing.likelihood'],
        ['observedRisks[0].consequence', 'missing.consequence'],
        ['observedRisks[1].likelihood', 'missing.likelihood'],
        ['observedRisks[1].consequence', 'missing.consequence'],
      ],
    );
    const wrong = scoredDocument(1);
    wrong.observedRisks[1]!.escalationStage = 'upplopp_vald';
    wrong.observedRisks[0]!.protectedValues = ['fred'];
    const refused = await vaxjo.put(path(spring), wrong);
    assert.equal(refused.status, 400);
    assert.deepEqual(
      refused.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [
        ['observedRisks[0].protectedValues[0]', 'code_not_in_list'],
        ['observedRisks[1].escalationStage', 'escalation_not_for_area'],
      ],
    );
    assert.match(refused.body.errors[1].message, /eskaleringssteg/i);
    assert.equal((await vaxjo.get(path(spring))).body.version, 1, 'the refusal changed nothing');

    const saved = await vaxjo.put(path(spring), scoredDocument(1));
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual(
      saved.body.observedRisks.map((r: Risk) => [
        r.likelihood,
        r.consequence,
        r.protectedValues,
        r.escalationStage,
      ]),
      [
        ['hog', 'allvarliga', ['liv_halsa', 'samhallets_funktionalitet'], 'fordomar_rykten'],
        ['medelhog', 'mycket_allvarliga', [], null],
      ],
    );
    assert.equal((await vaxjo.post(`${path(spring)}/submit`)).status, 200);
    assert.equal((await team.analyst.post(`${path(spring)}/approve`)).status, 200);
  });

  it('refuses RSA answers in a round that does not ask for them, and changes nothing', async () => {
    const plain = await openRound(team.coordinator, {
      countyCode: '07',
      title: 'Utan RSA',
      periodStart: '2025-09-01',
      periodEnd: '2025-12-31',
      deadline: '2025-12-15',
    });
    const refused = await team.reporters['0781']!.put(path(plain, '0781'), scoredDocument(0));
    assert.equal(refused.status, 400);
    assert.deepEqual(
      [
        ...new Set(
          refused.body.errors.map(
            (e: { path: string; code: string }) => `${e.code} ${e.path.replace(/\[\d+\]/, '[i]')}`,
          ),
        ),
      ],
      [
        'not_asked_in_round observedRisks[i].likelihood',
        'not_asked_in_round observedRisks[i].consequence',
        'not_asked_in_round observedRisks[i].protectedValues',
        'not_asked_in_round observedRisks[i].escalationStage',
      ],
    );
    assert.equal((await team.reporters['0781']!.get(path(plain, '0781'))).body.status, 'not_started');
    const round = (await team.coordinator.get(`/api/rounds/${plain}`)).body;
    assert.deepEqual(round.rsa, { scoring: false, escalationAreas: [] });
    assert.equal((await team.coordinator.post(`/api/rounds/${plain}/close`)).status, 200);
  });

  it('carries the scoring into the next round, and says what changed of it', async () => {
    assert.equal((await team.coordinator.post(`/api/rounds/${spring}/close`)).status, 200);
    autumn = await openRound(team.coordinator, {
      countyCode: '07',
      title: 'Hösten',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      deadline: '2026-12-15',
      rsa: SCORING,
    });
    const proposed = (await vaxjo.get(path(autumn))).body;
    assert.deepEqual(
      proposed.observedRisks.map((r: Risk) => [r.likelihood, r.consequence, r.escalationStage]),
      [
        ['hog', 'allvarliga', 'fordomar_rykten'],
        ['medelhog', 'mycket_allvarliga', null],
      ],
    );
    const document = documentOf(proposed);
    document.observedRisks[0].trend = 'okat';
    document.observedRisks[1].trend = 'oforandrat';
    document.observedRisks[0].likelihood = 'mycket_hog';
    document.observedRisks[0].escalationStage = 'utlosande_handelse';
    document.followUps = document.followUps.map((f: object) => ({
      ...f,
      status: 'pagar',
      comment: 'Avtalet skrivs under i december',
    }));
    const saved = await vaxjo.put(path(autumn), { ...document, version: 0 });
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await vaxjo.post(`${path(autumn)}/submit`)).status, 200);
    const changes = await team.analyst.get(`${path(autumn)}/changes`);
    assert.equal(changes.status, 200, changes.text);
    assert.deepEqual(
      changes.body.risksChanged.map((c: { after: Risk; changed: string[] }) => [c.after.title, c.changed]),
      [
        ['Skadegörelse i centrum', ['likelihood', 'escalationStage']],
        ['Fler orosanmälningar', ['trend']],
      ],
    );
    const history = await team.analyst.get(`${path(autumn)}/history`);
    assert.equal(history.status, 200);
    assert.ok(history.body.events.some((e: { action: string }) => e.action === 'submit'));
  });

  it('asks for the scoring in the workbook and reads it back, naming the cell of a value off the scale', async (t) => {
    if (!needs(t, ['openpyxl'])) return;
    assert.equal(
      (await team.analyst.post(`${path(autumn)}/return`, { comment: 'Se över konsekvensen.' })).status,
      200,
    );
    const download = await vaxjo.download(`${path(autumn)}/workbook`);
    assert.equal(download.status, 200);
    const file = join(dir, 'autumn.xlsx');
    writeFileSync(file, download.body);
    const sheet = readXlsx(file).sheets['Observerade risker']!;
    const header = sheet.rows[0]!.map((cell) => cell.v);
    const column = (name: string) => String.fromCharCode(65 + header.indexOf(name));
    assert.equal(sheet.rows[1]![header.indexOf('Sannolikhet (RSA)')]!.v, 'Mycket hög sannolikhet');
    assert.equal(
      sheet.rows[1]![header.indexOf('Eskaleringssteg för social oro')]!.v,
      'En utlösande händelse, sann eller falsk',
    );
    assert.equal(sheet.rows[1]![header.indexOf('Skyddsvärde: Människors liv och hälsa')]!.v, 'Ja');

    const out = join(dir, 'autumn-edited.xlsx');
    editXlsx(file, out, [
      ['Observerade risker', `${column('Konsekvens (RSA)')}3`, 'Katastrofala konsekvenser'],
    ]);
    const version = (await vaxjo.get(path(autumn))).body.version;
    const uploaded = await vaxjo.upload(`${path(autumn)}/workbook`, 'workbook', readFileSync(out));
    assert.equal(uploaded.status, 200, uploaded.text);
    assert.deepEqual(
      uploaded.body.observedRisks.map((r: Risk) => r.consequence),
      ['allvarliga', 'katastrofala'],
    );
    assert.equal(uploaded.body.version, version + 1);

    const again = join(dir, 'autumn-again.xlsx');
    writeFileSync(again, (await vaxjo.download(`${path(autumn)}/workbook`)).body);
    const wrong = join(dir, 'autumn-wrong.xlsx');
    const cell = `${column('Sannolikhet (RSA)')}2`;
    editXlsx(again, wrong, [['Observerade risker', cell, 'Ganska trolig']]);
    const refused = await vaxjo.upload(`${path(autumn)}/workbook`, 'workbook', readFileSync(wrong));
    assert.equal(refused.status, 400);
    assert.deepEqual(
      refused.body.errors.map((e: { sheet: string; cell: string; path: string }) => [
        e.sheet,
        e.cell,
        e.path,
      ]),
      [['Observerade risker', cell, 'observedRisks[0].likelihood']],
    );
  });

  /** The matrix as its cells' words, highest likelihood first: what every file of the register must show. */
  function matrixRows(register: Register): string[][] {
    const numberOf = new Map(register.risks.map((r) => [r.id, r.number]));
    return [5, 4, 3, 2, 1].map((likelihood) =>
      [1, 2, 3, 4, 5].map((consequence) => {
        const ids = register.matrix.cells.find(
          (c) => c.likelihood === likelihood && c.consequence === consequence,
        )!.riskIds;
        return ids.length === 0 ? '–' : `${ids.length}: nr ${ids.map((id) => numberOf.get(id)).join(', ')}`;
      }),
    );
  }

  it('follows a risk scored in the spring and carried into the autumn once, with both rounds, in the register', async () => {
    const response = await vaxjo.get('/api/municipalities/0780/risk-register');
    assert.equal(response.status, 200, response.text);
    const register = response.body as Register;
    assert.deepEqual(
      register.rounds.map((r) => r.id),
      [spring, autumn],
    );
    assert.deepEqual(
      register.risks.map((r) => [r.number, r.title, r.current, r.entries.map((e) => e.roundId)]),
      [
        [1, 'Skadegörelse i centrum', true, [spring, autumn]],
        [2, 'Fler orosanmälningar', true, [spring, autumn]],
      ],
    );
    const [springEntry, autumnEntry] = register.risks[0]!.entries;
    assert.deepEqual(
      [springEntry!.likelihoodRank, springEntry!.consequenceRank, springEntry!.escalationStage],
      [4, 3, 'fordomar_rykten'],
    );
    assert.deepEqual(
      [autumnEntry!.likelihoodRank, autumnEntry!.consequenceRank, autumnEntry!.escalationStage],
      [5, 3, 'utlosande_handelse'],
    );
    assert.equal(
      springEntry!.plans[0]!.followUp?.roundId,
      autumn,
      "the spring's plan is followed up in the autumn",
    );
    // The autumn draft uploaded after the return is not submitted: the register reads the submitted version.
    assert.deepEqual(
      register.matrix.cells
        .filter((c) => c.riskIds.length > 0)
        .map((c) => [c.likelihood, c.consequence, c.riskIds.length]),
      [
        [3, 4, 1],
        [5, 3, 1],
      ],
    );
    assert.deepEqual(register.matrix.unscored, []);

    const staff = await team.analyst.get('/api/municipalities/0780/risk-register');
    assert.equal(staff.status, 200);
    assert.deepEqual(staff.body, register);
    const neighbour = await team.reporters['0781']!.get('/api/municipalities/0780/risk-register');
    assert.equal(neighbour.status, 404, 'another municipality sees nothing of it');
    const ownEmpty = await team.reporters['0781']!.get('/api/municipalities/0781/risk-register');
    assert.deepEqual([ownEmpty.body.rounds, ownEmpty.body.risks], [[], []]);
    assert.equal(
      (await vaxjo.get('/api/municipalities/0780/risk-register/report?format=pdf&language=fi')).status,
      400,
    );
    assert.equal(
      (await team.reporters['0781']!.download('/api/municipalities/0780/risk-register/report?format=pdf'))
        .status,
      404,
    );
  });

  it("writes the register's PDF, Word and Excel files with the API's matrix, read back by other readers", async (t) => {
    if (!needs(t, ['pdftotext', 'pikepdf', 'python-docx', 'openpyxl'])) return;
    const register = (await vaxjo.get('/api/municipalities/0780/risk-register')).body as Register;
    const rows = matrixRows(register);

    const pdf = await vaxjo.download('/api/municipalities/0780/risk-register/report?format=pdf');
    assert.equal(pdf.status, 200);
    assert.match(
      pdf.headers['content-disposition']!,
      /filename="sociala-risker-rsa-underlag-vaxjo-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const pdfFile = join(dir, 'register.pdf');
    writeFileSync(pdfFile, pdf.body);
    assertAccessiblePdf(pdfFile, {
      lang: 'sv-SE',
      title: 'Sociala risker – underlag till risk- och sårbarhetsanalysen: Växjö',
      working: false,
      figures: false,
    });
    const text = pdfText(pdfFile);
    const matrixPart = text.slice(text.indexOf('Sannolikhet \\'), text.indexOf('Färgen visar'));
    assert.deepEqual(
      matrixPart.match(/\d+: nr [\d, ]*\d/g),
      rows.flat().filter((cell) => cell !== '–'),
      'the PDF matrix has the same cells, in the same places, as the API',
    );

    const word = await vaxjo.download('/api/municipalities/0780/risk-register/report?format=docx');
    assert.equal(word.status, 200);
    const docxFile = join(dir, 'register.docx');
    writeFileSync(docxFile, word.body);
    const docx = readDocx(docxFile);
    const tables = docx.blocks.filter((b) => b.kind === 'table') as { rows: string[][] }[];
    const matrix = tables.find((tb) => tb.rows[0]![0] === 'Sannolikhet \\ konsekvens')!;
    assert.deepEqual(
      matrix.rows.slice(1).map((row) => row.slice(1)),
      rows,
    );
    assert.deepEqual(
      matrix.rows.slice(1).map((row) => row[0]),
      [
        '5 – Mycket hög sannolikhet',
        '4 – Hög sannolikhet',
        '3 – Medelhög sannolikhet',
        '2 – Låg sannolikhet',
        '1 – Mycket låg sannolikhet',
      ],
    );

    const excel = await vaxjo.download(
      '/api/municipalities/0780/risk-register/report?format=xlsx&language=en',
    );
    assert.equal(excel.status, 200);
    const xlsxFile = join(dir, 'register.xlsx');
    writeFileSync(xlsxFile, excel.body);
    const book = readXlsx(xlsxFile);
    const sheet = book.sheets['Risk matrix']!;
    assert.deepEqual(
      sheet.rows.slice(2, 7).map((row) => row.slice(1, 6).map((cell) => String(cell.v).replace('no.', 'nr'))),
      rows,
    );
    const risks = book.sheets['Risks']!.rows;
    assert.deepEqual(
      risks.slice(1).map((row) => [row[0]!.v, row[6]!.v, row[7]!.v]),
      register.risks.map((r) =>
        [r.number, r.entries.at(-1)!.likelihoodRank, r.entries.at(-1)!.consequenceRank].map(String),
      ),
    );
    assert.equal(book.sheets['By round']!.rows.length, 1 + 4, 'a row for each risk in each round');
  });

  it("counts the county picture's matrix as a hand count of the approved assessments, in total and by area", async () => {
    // Växjö sends its returned autumn assessment again; Ljungby answers with one risk in a cell Växjö has too.
    assert.equal((await vaxjo.post(`${path(autumn)}/submit`)).status, 200);
    const ljungby = team.reporters['0781']!;
    const own = scoredDocument((await ljungby.get(path(autumn, '0781'))).body.version);
    own.observedRisks[0]!.likelihood = 'mycket_hog';
    own.observedRisks[1]!.likelihood = 'lag';
    assert.equal((await ljungby.put(path(autumn, '0781'), own)).status, 200);
    assert.equal((await ljungby.post(`${path(autumn, '0781')}/submit`)).status, 200);
    for (const code of ['0780', '0781'])
      assert.equal((await team.analyst.post(`${path(autumn, code)}/approve`)).status, 200);

    const taxonomy = (await team.analyst.get(`/api/rounds/${autumn}`)).body.taxonomy;
    const rank = (list: { code: string }[], code: string) => list.findIndex((e) => e.code === code) + 1;
    // By area ('*' for all), each cell's risks as the codes of their municipalities.
    const hand = new Map<string, Map<string, string[]>>();
    let scored = 0;
    for (const code of ['0780', '0781']) {
      const assessment = (await team.analyst.get(path(autumn, code))).body;
      assert.equal(assessment.status, 'approved');
      for (const risk of assessment.observedRisks as (Risk & { area: string })[]) {
        const cell = `${rank(taxonomy.rsaLikelihoods, risk.likelihood!)}×${rank(taxonomy.rsaConsequences, risk.consequence!)}`;
        for (const area of ['*', risk.area]) {
          const cells = hand.get(area) ?? new Map<string, string[]>();
          cells.set(cell, [...(cells.get(cell) ?? []), code]);
          hand.set(area, cells);
        }
        scored += 1;
      }
    }
    const handCells = (area: string) =>
      [...hand.get(area)!].map(([cell, codes]) => [cell, codes.length, [...new Set(codes)]]).sort();
    const filled = (cells: { likelihood: number; consequence: number; count: number; from: string[] }[]) =>
      cells
        .filter((c) => c.count > 0)
        .map((c) => [`${c.likelihood}×${c.consequence}`, c.count, c.from])
        .sort();

    const picture = await team.analyst.get(`/api/rounds/${autumn}/county-picture`);
    assert.equal(picture.status, 200, picture.text);
    const { riskMatrix } = picture.body;
    assert.equal(riskMatrix.scored, scored);
    assert.equal(riskMatrix.unscored, 0);
    assert.equal(riskMatrix.cells.length, 25);
    assert.deepEqual(filled(riskMatrix.cells), handCells('*'));
    assert.deepEqual(
      filled(riskMatrix.cells).find(([cell]) => cell === '5×3'),
      ['5×3', 2, ['0780', '0781']],
      'one cell holds a risk of each municipality',
    );
    assert.deepEqual(
      riskMatrix.byArea.map((a: { area: string }) => a.area).sort(),
      [...hand.keys()].filter((a) => a !== '*').sort(),
    );
    for (const area of riskMatrix.byArea)
      assert.deepEqual(filled(area.cells), handCells(area.area), area.area);
  });
});
