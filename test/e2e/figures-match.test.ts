import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { TEMPLATES_DIR } from '../../src/config/paths';
import type { CountyPicture } from '../../src/county-picture/county-picture.model';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { launchBrowser, newUser, signIn } from '../support/browser';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { checkAreaWords, KRONOBERG, near, PERCENT, pointsOf, shareOf, varied } from '../support/figures';

const escape = (text: string) => text.replace(/[()]/g, '\\$&');
import { countyTeam, CountyTeam, openRound, PASSWORD } from '../support/scenario';
import { needs, pdfText, readXlsx } from '../support/tools';

/**
 * Kronoberg answers two rounds with different municipalities, groups and answers; Skåne one. The pages, the PDF and the
 * workbook are read as their readers see them, and every figure is compared with the model the API gives.
 */
describe(`every page, the PDF and the workbook show the model's figures (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let dir: string;
  let kronoberg: CountyTeam;
  let spring: string;
  let autumn: string;
  let model: CountyPicture;
  let browser: Browser;

  const answer = async (
    team: CountyTeam,
    round: string,
    code: string,
    seed: number,
    end: string,
    scored = false,
  ) => {
    const path = `/api/rounds/${round}/assessments/${code}`;
    const reporter = team.reporters[code]!;
    const { version } = (await reporter.get(`${path}?prefill=false`)).body as { version: number };
    const saved = await reporter.put(path, varied(seed, version, scored));
    assert.equal(saved.status, 200, saved.text);
    if (end === 'draft') return;
    assert.equal((await reporter.post(`${path}/submit`)).status, 200);
    if (end === 'approved') assert.equal((await team.analyst.post(`${path}/approve`)).status, 200);
    if (end === 'returned')
      assert.equal((await team.analyst.post(`${path}/return`, { comment: 'Komplettera.' })).status, 200);
  };

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-figures-'));
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    kronoberg = await countyTeam(admin, KRONOBERG);
    const skane = await countyTeam(admin, ['1280', '1281'], '12');
    spring = await openRound(kronoberg.coordinator, { countyCode: '07', title: 'Våren 2026' });
    for (const [i, code] of KRONOBERG.slice(0, 6).entries())
      await answer(kronoberg, spring, code, i, i === 5 ? 'submitted' : 'approved');
    assert.equal((await kronoberg.coordinator.post(`/api/rounds/${spring}/close`)).status, 200);
    autumn = await openRound(kronoberg.coordinator, {
      countyCode: '07',
      title: 'Hösten 2026',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      deadline: '2026-12-15',
      rsa: { scoring: true, escalationAreas: ['social_oro'] },
    });
    const plan = ['approved', 'approved', 'submitted', 'returned', 'approved', 'draft'];
    for (const [i, code] of KRONOBERG.slice(2).entries())
      await answer(kronoberg, autumn, code, i + 4, plan[i]!, true);
    const skaneRound = await openRound(skane.coordinator, { countyCode: '12', title: 'Hösten 2026' });
    await answer(skane, skaneRound, '1280', 9, 'approved');
    const picture = await kronoberg.analyst.get(`/api/rounds/${autumn}/county-picture?include=submitted`);
    assert.equal(picture.status, 200, picture.text);
    model = picture.body as CountyPicture;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a scenario in which the figures differ, so that a mismatch would show', () => {
    assert.deepEqual(
      [model.response.counted, model.response.expected, model.previousRound?.id],
      [4, 8, spring],
    );
    assert.ok(new Set(model.riskAreas.map((a) => a.municipalityCount)).size > 2);
    assert.ok(model.riskAreas.some((a) => (a.change?.shareDelta ?? 0) > 0));
    assert.ok(model.riskAreas.some((a) => (a.change?.shareDelta ?? 0) < 0));
    assert.ok(model.highlights.newRisks.length > 0);
    assert.ok(model.response.byMainGroup.length > 1);
  });

  async function dashboard(): Promise<Page> {
    const context = await newUser(browser, running.url);
    const page = await context.newPage();
    await signIn(page, 'a@lst.test', PASSWORD);
    await page.goto(`/rounds/${autumn}/picture?include=submitted`);
    return page;
  }
  const cells = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')].map((c) =>
            (c as unknown as { innerText: string }).innerText.trim(),
          ),
        ),
      );

  it('the dashboard: the response, the overview table, every area in words, the changes and the new risks', async () => {
    const page = await dashboard();
    const { response, taxonomy } = model;
    const said = (await page.locator('[data-figure="response"]').innerText()).replace(/\s+/g, ' ');
    assert.deepEqual(
      /(\d+) av (\d+) kommuner.*varav (\d+) efter.*\. (\d+) saknas/.exec(said)?.slice(1).map(Number),
      [response.submitted, response.expected, response.late, response.missing.length],
      said,
    );
    for (const area of model.riskAreas) {
      const [row] = await cells(page, `#overview-${area.area}`);
      const [, count, share, previous, change, ...levels] = row!;
      assert.equal(Number(count), area.municipalityCount, `${area.area}: municipalities`);
      near(shareOf(share!), area.share, `${area.area}: share`);
      if (area.previous) near(shareOf(previous!), area.previous.share, `${area.area}: previous share`);
      if (area.change?.shareDelta != null)
        assert.ok(Math.abs(pointsOf(change!) - area.change.shareDelta) <= 0.05);
      assert.deepEqual(
        levels.map(Number),
        taxonomy.levels.map((l) => area.levels.find((x) => x.code === l.code)!.count),
        `${area.area}: levels`,
      );
      const section = page.locator(`section[aria-labelledby="area-${area.area}"]`);
      if (area.municipalityCount > 0 || area.previous?.municipalityCount)
        checkAreaWords(
          await section
            .locator('p')
            .first()
            .innerText()
            .then(
              async (line) =>
                `${line} ${(await section.locator('[data-figure="area-panel"]').count()) ? await section.locator('[data-figure="area-panel"]').innerText() : ''}`,
            ),
          area,
          response.counted,
          `dashboard ${area.area}`,
        );
    }
    const changes = await page
      .locator('#largest-changes li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-area')));
    assert.deepEqual(
      changes,
      model.highlights.largestChanges.map((c) => c.area),
    );
    for (const [i, change] of model.highlights.largestChanges.entries()) {
      const text = await page.locator('#largest-changes li').nth(i).innerText();
      checkAreaWords(
        text,
        model.riskAreas.find((a) => a.area === change.area)!,
        response.counted,
        `change ${i}`,
      );
    }
    assert.equal(await page.locator('#new-risks li').count(), model.highlights.newRisks.length);
    await page.context().close();
  });

  it('the dashboard: each area over time, and the heatmap row by row', async () => {
    const page = await dashboard();
    const trends = model.trends!;
    const answered = new Map(trends.rounds.map((r) => [r.id, r.answered]));
    for (const area of trends.riskAreas) {
      const rows = await page
        .locator(`#trend-${area.area} tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-round'),
            ...[...tr.querySelectorAll('td')].map((td) => td.innerText.trim()),
          ]),
        );
      assert.equal(rows.length, area.points.length, `${area.area}: a row per round`);
      for (const [i, point] of area.points.entries()) {
        const [roundId, count, counted, share] = rows[i]!;
        assert.equal(roundId, point.roundId);
        assert.equal(Number(count), point.municipalityCount, `${area.area} ${roundId}: municipalities`);
        assert.equal(Number(counted), answered.get(point.roundId), `${area.area} ${roundId}: counted`);
        near(shareOf(share), point.share, `${area.area} ${roundId}: share`);
      }
    }
    const levelName = new Map(model.taxonomy.levels.map((l) => [l.code, l.label.sv]));
    const shown = await cells(page, '.lb-heatmap tbody tr');
    assert.equal(shown.length, model.heatmap.rows.length);
    for (const [i, row] of model.heatmap.rows.entries()) {
      const [name, ...rest] = shown[i]!;
      assert.equal(name, row.name);
      if (!row.counted) {
        assert.deepEqual(
          rest,
          ['Ingår inte i underlaget: ingen bedömning som räknas i denna omgång'],
          row.name,
        );
        continue;
      }
      assert.deepEqual(
        // An empty cell says "no risk reported" to a screen reader and shows a dash.
        rest.map((text) => (text.includes('ingen risk rapporterad') ? null : text.split(',')[0])),
        row.cells.map((c) => (c.level ? levelName.get(c.level)! : null)),
        row.name,
      );
    }
    await page.context().close();
  });

  it('the round overview: answered, approved and late, and each municipality’s status', async () => {
    const page = await dashboard();
    await page.goto(`/rounds/${autumn}`);
    const summary = (await page.locator('.govuk-summary-list').first().innerText()).replace(/\s+/g, ' ');
    const [answered, expected] = /(\d+) av (\d+)/.exec(summary)!.slice(1).map(Number);
    assert.deepEqual([answered, expected], [model.response.submitted, model.response.expected], summary);
    assert.match(summary, new RegExp(`${model.response.approved} godkända`));
    assert.match(summary, new RegExp(`${model.response.late} sena`));
    const { statuses } = JSON.parse(
      readFileSync(join(TEMPLATES_DIR, 'web', 'locales', 'sv.json'), 'utf8'),
    ) as {
      statuses: Record<string, string>;
    };
    const rows = await cells(page, 'table:last-of-type tbody tr');
    const name = new Map(model.municipalities.map((m) => [m.code, m.name]));
    assert.deepEqual(
      rows.map((r) => [r[0], r[2]]),
      model.response.statuses.map((s) => [name.get(s.municipalityCode), statuses[s.status]]),
    );
    await page.context().close();
  });

  it('the PDF: every area in words and the table over time, as pdftotext reads them', async (t) => {
    if (!needs(t, ['pdftotext'])) return;
    const made = await kronoberg.analyst.post(`/api/rounds/${autumn}/reports`, {
      format: 'pdf',
      include: 'submitted',
    });
    assert.equal(made.status, 201, made.text);
    assert.equal(
      made.body.snapshotHash,
      (await kronoberg.analyst.get(`/api/rounds/${autumn}/county-picture?include=submitted`)).body
        .snapshotHash,
    );
    const file = join(dir, 'report.pdf');
    writeFileSync(file, (await kronoberg.analyst.download(`/api/reports/${made.body.id}/download`)).body);
    const text = pdfText(file).replace(/\s+/g, ' ');
    const label = new Map(model.taxonomy.riskAreas.map((a) => [a.code, a.label.sv]));
    const areasPart = text.slice(
      text.lastIndexOf('Riskområden'),
      text.lastIndexOf('Kommuner och riskområden'),
    );
    for (const area of model.riskAreas) {
      if (area.municipalityCount === 0 && !area.previous?.municipalityCount) continue;
      const start = areasPart.indexOf(`${label.get(area.area)!} `);
      assert.ok(start >= 0, `the PDF has a section for ${area.area}`);
      checkAreaWords(areasPart.slice(start, start + 600), area, model.response.counted, `PDF ${area.area}`);
    }
    // The summary's computed findings: each of the model's, in its words.
    const start = text.indexOf('Beräknat ur underlaget');
    const findings = text.slice(start, text.indexOf('Läget i korthet', start));
    const counted = model.response.counted;
    for (const a of [...model.highlights.mostReported, ...model.highlights.highLevels])
      assert.ok(
        new RegExp(
          `${escape(label.get(a.area)!)}: ${a.municipalityCount} av ${counted} kommuner \\(${PERCENT}\\)`,
        ).test(findings),
        `the findings give ${a.area}: ${a.municipalityCount} of ${counted}`,
      );
    for (const c of model.highlights.largestChanges.slice(0, 3)) {
      const found = new RegExp(
        `${escape(label.get(c.area)!)}: ${PERCENT}, ([+−-]?[\\d,]+) procentenheter`,
      ).exec(findings);
      assert.ok(found, `the findings give the change of ${c.area}`);
      near(shareOf(found[1]!), c.share, `findings ${c.area}: share`);
      assert.ok(Math.abs(pointsOf(found[2]!) - c.shareDelta) <= 0.05, `findings ${c.area}: change`);
    }
    const overTime = text.slice(text.lastIndexOf('Utveckling över tid'));
    for (const area of model.trends!.riskAreas) {
      const row = new RegExp(
        `${label.get(area.area)!.replace(/[()]/g, '\\$&')} ${area.points.map(() => PERCENT).join(' ')}`,
      ).exec(overTime);
      assert.ok(row, `the table over time has a row for ${area.area}`);
      area.points.forEach((p, i) => near(shareOf(row[i + 1]!), p.share, `PDF over time ${area.area}`));
    }
  });

  it('the workbook: every cell of the risk areas and of the sheet over time, as openpyxl reads them', async (t) => {
    if (!needs(t, ['openpyxl'])) return;
    const made = await kronoberg.analyst.post(`/api/rounds/${autumn}/reports`, {
      format: 'xlsx',
      include: 'submitted',
    });
    assert.equal(made.status, 201, made.text);
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, (await kronoberg.analyst.download(`/api/reports/${made.body.id}/download`)).body);
    const book = readXlsx(file);
    const sheet = (name: string) => {
      const [header, ...rows] = book.sheets[name]!.rows;
      const at = (row: (typeof rows)[number], column: string) => {
        const i = header!.findIndex((c) => c.v === column);
        assert.ok(i >= 0, `${name} has a column ${column}`);
        const v = row[i]?.v;
        return v === undefined || v === null ? null : Number(v);
      };
      return { rows, at };
    };
    const areas = sheet('Riskområden');
    for (const area of model.riskAreas) {
      const row = areas.rows.find((r) => r[1]?.v === area.area)!;
      assert.deepEqual(
        [
          areas.at(row, 'Kommuner'),
          areas.at(row, 'Bedömningar i underlaget'),
          areas.at(row, 'Andel'),
          areas.at(row, 'Förra omgången: kommuner'),
          areas.at(row, 'Förra omgången: bedömningar i underlaget'),
          areas.at(row, 'Förra omgången: andel'),
          areas.at(row, 'Förändring (procentenheter)'),
          areas.at(row, 'Svarat båda gångerna'),
          areas.at(row, 'Av dem rapporterar nu'),
          areas.at(row, 'Av dem rapporterade förra omgången'),
          ...model.taxonomy.levels.map((l) => areas.at(row, `Nivå: ${l.label.sv}`)),
        ],
        [
          area.municipalityCount,
          model.response.counted,
          area.share,
          area.previous?.municipalityCount ?? null,
          area.previous?.counted ?? null,
          area.previous?.share ?? null,
          area.change?.shareDelta ?? null,
          area.change?.panel.municipalities ?? null,
          area.change?.panel.reportingNow ?? null,
          area.change?.panel.reportingBefore ?? null,
          ...model.taxonomy.levels.map((l) => area.levels.find((x) => x.code === l.code)!.count),
        ],
        area.area,
      );
    }
    const overTime = sheet('Utveckling');
    const rows = model.trends!.riskAreas.flatMap((a) => a.points.map((p) => ({ area: a.area, p })));
    assert.equal(overTime.rows.length, rows.length);
    const round = new Map(model.trends!.rounds.map((r) => [r.id, r]));
    rows.forEach(({ area, p }, i) => {
      const row = overTime.rows[i]!;
      assert.equal(row[1]?.v, area);
      assert.deepEqual(
        [
          overTime.at(row, 'Bedömningar i underlaget'),
          overTime.at(row, 'Kommuner'),
          overTime.at(row, 'Andel'),
        ],
        [round.get(p.roundId)!.answered, p.municipalityCount, p.share],
        `${area} ${p.roundId}`,
      );
    });
    // The charts as pictures, their text alternatives giving the model's figures: every area's share in the overview,
    // and each drawn area's share in each round over time.
    const label = new Map(model.taxonomy.riskAreas.map((a) => [a.code, a.label.sv]));
    const [overview, overTimeChart, ...more] = book.sheets.Diagram!.images;
    assert.equal(more.length, 0);
    for (const area of model.riskAreas) {
      const found = new RegExp(`${escape(label.get(area.area)!)} (?:${PERCENT}|–)`).exec(overview!.alt!);
      assert.ok(found, `the overview's words give ${area.area}`);
      if (area.share === null) assert.equal(found[1], undefined);
      else near(shareOf(found[1]!), area.share, `overview words ${area.area}`);
    }
    const lines = overTimeChart!
      .alt!.replace(/^[^.]+\. /, '')
      .replace(/\. Siffrorna står på bladet Utveckling\.$/, '');
    const drawn = lines.split('; ');
    assert.equal(drawn.length, Math.min(5, model.riskAreas.filter((a) => a.municipalityCount > 0).length));
    for (const line of drawn) {
      const [name, values] = line.split(': ');
      const area = model.trends!.riskAreas.find((a) => label.get(a.area) === name)!;
      assert.ok(area, `the trend's words name an area: ${line}`);
      area.points.forEach((p) => {
        const title = model.trends!.rounds.find((r) => r.id === p.roundId)!.title;
        const found = new RegExp(`${escape(title)} ${PERCENT}`).exec(values!);
        assert.ok(found, `${name}: ${title} is in the words`);
        near(shareOf(found[1]!), p.share, `trend words ${area.area} ${title}`);
      });
    }
  });

  /** The model's matrix as its cells' words, highest likelihood first, each row its five consequences. */
  function matrixWords(cells: CountyPicture['riskMatrix']['cells']): string[][] {
    const name = new Map(model.municipalities.map((m) => [m.code, m.name]));
    return [5, 4, 3, 2, 1].map((likelihood) =>
      [1, 2, 3, 4, 5].map((consequence) => {
        const cell = cells.find((c) => c.likelihood === likelihood && c.consequence === consequence)!;
        return cell.count === 0
          ? '–'
          : `${cell.count}: ${cell.from.map((code) => name.get(code)).join(', ')}`;
      }),
    );
  }

  it('the risk matrix and the escalation stages on the dashboard, in the PDF and in the workbook', async (t) => {
    const { riskMatrix, escalation } = model;
    assert.ok(
      riskMatrix.scored > 2 && riskMatrix.byArea.length > 1,
      'the scenario fills several cells and areas',
    );
    assert.ok(escalation.byMunicipality.length > 0, 'and has social unrest on a stage');
    const name = new Map(model.municipalities.map((m) => [m.code, m.name]));
    const stage = new Map(model.taxonomy.escalationStages.map((s) => [s.code, s.label.sv]));

    const page = await dashboard();
    const shown = await cells(page, '#county-matrix tbody tr');
    assert.deepEqual(
      shown.map((row) => row.slice(1)),
      matrixWords(riskMatrix.cells),
    );
    await page.locator('#risk-matrix-section ~ details summary').first().click();
    for (const [i, area] of riskMatrix.byArea.entries()) {
      const rows = await cells(page, `#area-matrix-${i + 1} tbody tr`);
      assert.deepEqual(
        rows.map((row) => row.slice(1)),
        matrixWords(area.cells),
        area.area,
      );
    }
    const stages = await cells(page, '#escalation-stages tbody tr');
    assert.deepEqual(
      stages.map(([label, count]) => [label, Number(count)]),
      escalation.stages.map((s) => [stage.get(s.code), s.count]),
    );
    const byMunicipality = await cells(page, '#escalation-municipalities tbody tr');
    assert.deepEqual(
      byMunicipality.map(([municipality, highest]) => [municipality, highest]),
      escalation.byMunicipality.map((m) => [
        name.get(m.municipalityCode),
        m.highest ? stage.get(m.highest) : 'Inget av stegen',
      ]),
    );
    await page.context().close();

    if (!needs(t, ['pdftotext', 'openpyxl'])) return;
    const made = await kronoberg.analyst.post(`/api/rounds/${autumn}/reports`, {
      format: 'pdf',
      include: 'submitted',
    });
    const pdf = join(dir, 'matrix.pdf');
    writeFileSync(pdf, (await kronoberg.analyst.download(`/api/reports/${made.body.id}/download`)).body);
    // Read in the order of the text, a cell's lines one after the other.
    const raw = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const section = raw.slice(raw.lastIndexOf('Riskmatris och social oro'));
    const matrixPart = section.slice(
      section.indexOf('Sannolikhet \\ konsekvens'),
      section.indexOf('Färgen visar'),
    );
    assert.deepEqual(
      matrixPart.match(/\d+: [^–\d]+?(?= –| \d+: | \d – |$)/g)!.map((cell) => cell.trim()),
      matrixWords(riskMatrix.cells)
        .flat()
        .filter((cell) => cell !== '–'),
      'the PDF matrix has the model cells, in their places',
    );

    const book = await kronoberg.analyst.post(`/api/rounds/${autumn}/reports`, {
      format: 'xlsx',
      include: 'submitted',
    });
    const xlsx = join(dir, 'matrix.xlsx');
    writeFileSync(xlsx, (await kronoberg.analyst.download(`/api/reports/${book.body.id}/download`)).body);
    const sheets = readXlsx(xlsx).sheets;
    const label = new Map(model.taxonomy.riskAreas.map((a) => [a.code, a.label.sv]));
    const expected = [
      ...riskMatrix.cells.map((c) => ['Alla riskområden', c] as const),
      ...riskMatrix.byArea.flatMap((a) => a.cells.map((c) => [label.get(a.area)!, c] as const)),
    ]
      .filter(([, c]) => c.count > 0)
      .map(([area, c]) => [
        area,
        String(c.likelihood),
        String(c.consequence),
        String(c.count),
        c.from.map((code) => name.get(code)).join(', '),
      ]);
    assert.deepEqual(
      sheets
        .Riskmatris!.rows.slice(1)
        .map((row) => [row[0]!.v, row[1]!.v, row[3]!.v, row[5]!.v, row[6]!.v].map(String)),
      expected,
    );
    assert.deepEqual(
      sheets
        .Eskaleringssteg!.rows.slice(1)
        .map((row) => [row[1]!.v, row[3]!.v, row[4]!.v, row[5]!.v].map(String)),
      escalation.byMunicipality.flatMap((m) =>
        m.risks.map((r) => [
          name.get(m.municipalityCode),
          m.highest ? stage.get(m.highest) : 'Inget av stegen',
          r.title,
          r.stage ? stage.get(r.stage) : 'Inget av stegen',
        ]),
      ),
    );
  });
});
