import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { PACKAGE_LIMITS } from '../../src/assessment-workbook/workbook-package';
import { ADMIN, Api } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { probingHealth } from '../support/probe';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { buildZip, deflatedRun, partsOf, sheetPart, ZipPart } from '../support/zip-files';

const MB = 1024 * 1024;
/** The server's peak resident memory may not pass this, whatever it is sent (it reached 4.3 GB before). */
const MEMORY_BOUND_MB = 800;
const RISKS = 'Observerade risker';
/** The slowest health answer seen during any attack of this file, for the figures in docs/reliability.md. */
let slowestHealthMs = 0;

/** The server process's peak resident set so far, from the kernel. */
function peakMemoryMb(server: ServerProcess): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

interface Refusal {
  statusCode: number;
  errors?: { path: string; message: string; sheet?: string }[];
}

/**
 * The attacks on the workbook upload that once took the whole service down, each built here from a real template:
 * a reporter (the lowest role) sends them to the real server in its own process, while a probe asks for its health.
 */
describe(`hostile workbooks: refused with a clear message, the service unharmed (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let server: ServerProcess;
  let team: CountyTeam;
  let reporter: Api;
  let roundId: string;
  let template: Map<string, Buffer>;
  let risksPart: string;
  const path = () => `/api/rounds/${roundId}/assessments/0780`;

  /** The template with some parts changed or added, as a zip written by hand. */
  const withParts = (changes: ZipPart[]): Buffer => {
    const changed = new Map(changes.map((p) => [p.name, p]));
    const parts: ZipPart[] = [...template].map(([name, content]) => changed.get(name) ?? { name, content });
    return buildZip([...parts, ...changes.filter((p) => !template.has(p.name))]);
  };
  const risksSheet = () => template.get(risksPart)!.toString();

  async function versionNow(): Promise<number> {
    return ((await reporter.get(`${path()}?prefill=false`)).body as { version: number }).version;
  }

  /** Uploads the file as the reporter while probing health; checks the refusal, the time, health and that nothing changed. */
  async function refused(file: Buffer, status = 400): Promise<Refusal> {
    const before = await versionNow();
    const started = performance.now();
    const probe = await probingHealth(server.url, () =>
      reporter.upload(`${path()}/workbook`, 'workbook', file),
    );
    const seconds = (performance.now() - started) / 1000;
    slowestHealthMs = Math.max(slowestHealthMs, probe.slowestMs);
    assert.equal(probe.result.status, status, probe.result.text.slice(0, 300));
    assert.ok(seconds < 5, `answered in ${seconds.toFixed(1)} s`);
    assert.ok(probe.slowestMs < 1000, `health answered within ${Math.round(probe.slowestMs)} ms`);
    assert.equal(probe.failed, 0, 'health never failed');
    assert.equal(await versionNow(), before, 'nothing was saved');
    const body = probe.result.body as Refusal;
    if (status === 400)
      assert.ok(
        body.errors?.every((e) => e.path === 'workbook'),
        probe.result.text,
      );
    return body;
  }

  before(async () => {
    db = await createTestDatabase();
    server = await startServerProcess(db.url, { LOGIN_RATE_LIMIT: '1000' });
    const admin = await new Api(server.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781']);
    reporter = team.reporters['0780']!;
    roundId = await openRound(team.coordinator, { countyCode: '07', deadline: '2099-12-31' });
    const download = await reporter.download(`${path()}/workbook`);
    assert.equal(download.status, 200);
    template = await partsOf(download.body);
    risksPart = sheetPart(template, RISKS);
  });

  after(async () => {
    await server.stop();
    await db.drop();
  });

  it('refuses a 24 kB workbook with one cell in row 1,048,576 before walking a million rows', async () => {
    const xml = risksSheet().replace(
      '</sheetData>',
      '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
    const file = withParts([{ name: risksPart, content: Buffer.from(xml) }]);
    assert.ok(file.length < 40_000);
    const body = await refused(file);
    assert.equal(body.errors?.[0]?.sheet, RISKS);
    assert.match(
      body.errors?.[0]?.message ?? '',
      /^bladet är större än en bedömning kan bli \(högst 1\s?000 rader och 200 kolumner\)$/,
    );
    const declared = risksSheet().replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>');
    assert.notEqual(declared, risksSheet(), 'the template declares its dimension');
    const declaredBody = await refused(withParts([{ name: risksPart, content: Buffer.from(declared) }]));
    assert.equal(declaredBody.errors?.[0]?.sheet, RISKS);
  });

  it('refuses validations, merges and formats over the whole sheet without visiting their cells', async () => {
    const xml = risksSheet().replace(
      '</sheetData>',
      '</sheetData><mergeCells count="1"><mergeCell ref="A60:XFD1048576"/></mergeCells>' +
        '<dataValidations count="1"><dataValidation type="list" sqref="A60:XFD1048576"><formula1>"a"</formula1></dataValidation></dataValidations>',
    );
    const upload = await probingHealth(server.url, () =>
      reporter.upload(
        `${path()}/workbook`,
        'workbook',
        withParts([{ name: risksPart, content: Buffer.from(xml) }]),
      ),
    );
    assert.equal(
      upload.result.status,
      200,
      'only the cells are read: the file is the template, saved as it is',
    );
    assert.ok(upload.slowestMs < 1000);
  });

  it('refuses a part that inflates to 450 MB (under 500 kB sent), by its name and by its size', async () => {
    const bomb = await deflatedRun(450 * MB, 0);
    assert.ok(bomb.data.length < 500_000, `${bomb.data.length} bytes on the wire`);
    const unknown = await refused(withParts([{ name: 'xl/media/padding.bin', deflated: bomb }]));
    assert.match(unknown.errors?.[0]?.message ?? '', /inte en bedömning hämtad från Lägesbild/);
    const known = await refused(
      withParts([{ name: 'xl/printerSettings/printerSettings1.bin', deflated: bomb }]),
    );
    assert.match(known.errors?.[0]?.message ?? '', /större än en bedömning kan bli|inte en bedömning/);
    const lying = await refused(
      withParts([{ name: 'xl/printerSettings/printerSettings1.bin', deflated: bomb, declaredSize: 1000 }]),
    );
    assert.ok(lying.errors?.length);
  });

  it('refuses sixteen such uploads at once with 400 or 503, and memory stays bounded', async (t) => {
    const bomb = await deflatedRun(450 * MB, 0);
    const file = withParts([
      { name: 'xl/printerSettings/printerSettings1.bin', deflated: bomb, declaredSize: 4096 },
    ]);
    const before = await versionNow();
    const probe = await probingHealth(server.url, () =>
      Promise.all(Array.from({ length: 16 }, () => reporter.upload(`${path()}/workbook`, 'workbook', file))),
    );
    const statuses = probe.result.map((r) => r.status);
    assert.ok(
      statuses.every((s) => s === 400 || s === 503),
      statuses.join(','),
    );
    for (const busy of probe.result.filter((r) => r.status === 503))
      assert.ok(Number(busy.headers['retry-after']) > 0, 'a busy answer says when to try again');
    assert.ok(probe.slowestMs < 1000, `health within ${Math.round(probe.slowestMs)} ms`);
    t.diagnostic(
      `16 at once: ${statuses.filter((s) => s === 400).length} × 400, ${statuses.filter((s) => s === 503).length} × 503; health within ${Math.round(probe.slowestMs)} ms`,
    );
    assert.equal(await versionNow(), before);
    assert.ok(peakMemoryMb(server) < MEMORY_BOUND_MB, `peak memory ${Math.round(peakMemoryMb(server))} MB`);
  });

  it('refuses a sheet padded with 400 MB of whitespace, honest or lying about its size', async () => {
    const xml = risksSheet();
    const at = xml.indexOf('<sheetData>');
    const padded = await deflatedRun(400 * MB, 0x20, xml.slice(0, at), xml.slice(at));
    assert.ok(padded.data.length < 1_000_000);
    const honest = await refused(withParts([{ name: risksPart, deflated: padded }]));
    assert.match(honest.errors?.[0]?.message ?? '', /större än en bedömning kan bli/);
    await refused(withParts([{ name: risksPart, deflated: padded, declaredSize: Buffer.byteLength(xml) }]));
  });

  it('refuses one shared string of 300 million characters, and 1.8 million shared strings', async () => {
    const sst =
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    const huge = await deflatedRun(300_000_000, 0x61, `${sst}<si><t>`, '</t></si></sst>');
    await refused(withParts([{ name: 'xl/sharedStrings.xml', deflated: huge }]));
    await refused(withParts([{ name: 'xl/sharedStrings.xml', deflated: huge, declaredSize: 5000 }]));
    const many = (n: number) => Buffer.from(`${sst}${'<si><t>x</t></si>'.repeat(n)}</sst>`);
    await refused(withParts([{ name: 'xl/sharedStrings.xml', content: many(1_800_000) }]));
    const withinBudget = many(PACKAGE_LIMITS.sharedStrings * 20);
    assert.ok(
      withinBudget.length < PACKAGE_LIMITS.unpackedBytes - 200_000,
      'small enough for the size budget',
    );
    await refused(withParts([{ name: 'xl/sharedStrings.xml', content: withinBudget }]));
  });

  it('answers a stale file with 409 before reading its sheets', async () => {
    const stale = (await reporter.download(`${path()}/workbook`)).body;
    const version = await versionNow();
    const saved = await reporter.put(path(), { version, summary: 'Sparat efter att filen hämtades.' });
    assert.equal(saved.status, 200, saved.text);
    // A stale file whose risk sheet would be refused if it were read: the 409 shows it was not.
    const parts = await partsOf(stale);
    const heavy = parts
      .get(risksPart)!
      .toString()
      .replace(
        '</sheetData>',
        '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      );
    const file = buildZip(
      [...parts].map(([name, content]) => ({
        name,
        content: name === risksPart ? Buffer.from(heavy) : content,
      })),
    );
    const body = await refused(file, 409);
    assert.match(JSON.stringify(body), /Hämta en ny fil/);
  });

  it('answers an upload without a token, or by someone who may not save, before reading its body', async () => {
    const neighbour = team.reporters['0781']!;
    for (const [token, status] of [
      [undefined, 401],
      [neighbour.token, 403],
    ] as const) {
      const started = performance.now();
      const answer = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
        const url = new URL(`${server.url}${path()}/workbook`);
        const req = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'PUT',
            headers: {
              'content-type': 'multipart/form-data; boundary=x',
              'content-length': String(5 * MB),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
          },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode ?? 0, sentBytes: req.socket?.bytesWritten ?? 0 });
            req.destroy();
          },
        );
        req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
        setTimeout(() => reject(new Error('no answer while the body was incomplete')), 5000).unref();
        // The first 64 kB of a 5 MB body, and then nothing: a server that waits for the rest never answers.
        req.write(`--x\r\nContent-Disposition: form-data; name="workbook"; filename="a.xlsx"\r\n\r\n`);
        req.write(Buffer.alloc(64 * 1024, 0x41));
      });
      assert.equal(answer.status, status);
      assert.ok(answer.sentBytes < MB, `answered after ${answer.sentBytes} bytes of 5 MB`);
      assert.ok(performance.now() - started < 3000);
    }
    assert.equal((await fetch(`${server.url}/api/health`)).status, 200, 'the server is alive');
  });

  it(`kept the server's peak memory under ${MEMORY_BOUND_MB} MB through every attack, and alive`, async (t) => {
    const peak = peakMemoryMb(server);
    t.diagnostic(`peak resident memory of the server: ${Math.round(peak)} MB`);
    t.diagnostic(`slowest health answer during a single attack: ${Math.round(slowestHealthMs)} ms`);
    assert.ok(peak < MEMORY_BOUND_MB, `peak memory ${Math.round(peak)} MB`);
    assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
  });
});
