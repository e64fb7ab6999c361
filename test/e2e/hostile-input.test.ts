import fc from 'fast-check';
import { SECTION_KEYS } from '../../src/assessments/sections';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, tableSnapshot, TestDatabase } from '../support/database';
import { csrfOf, signInOnPage } from '../support/page-session';
import { completeDocument } from '../support/documents';
import { countyTeam, openRound } from '../support/scenario';
import { buildZip, partsOf, sheetPart, ZipPart } from '../support/zip-files';

const RUNS = { documents: 1500, queries: 600, forms: 400, paths: 300, workbooks: 100 };

const SQL = [
  "' OR '1'='1",
  '"; DROP TABLE assessment; --',
  "0780'--",
  '1; SELECT pg_sleep(5)',
  "') UNION SELECT * FROM app_user --",
];
const UNICODE = [
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202Eevil',
  '\uFEFF',
  'Å\u030A',
  '𝔘𝔫𝔦',
  '👩‍👩‍👧',
  '\u2028\u2029',
  'Ŋjuolggat',
];

/** Percent-encodes the UTF-8 bytes, so that any string (even a lone surrogate) can go into a URL. */
const encodeBytes = (raw: string) =>
  [...Buffer.from(raw, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
/** Already encoded, some of them wrongly: the server must cope with what arrives. */
const RAW_ENCODED = ['%ZZ', '%FF', '%C0%AF', '%ED%A0%80', '%00', '%', '%2e%2e%2f'];

/** Values of every wrong kind: types, sizes, nesting, prototype keys, SQL and Unicode edge cases. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, '', ' ', '[]', '{}', 'NaN'),
  fc.constantFrom(...SQL, ...UNICODE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 5001, maxLength: 6000 }),
  fc.array(fc.string({ maxLength: 5 }), { minLength: 51, maxLength: 80 }),
  fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.constant({})), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
  fc.integer({ min: 20, max: 3000 }).map((depth) => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) nested = i % 2 === 0 ? { a: nested } : [nested];
    return nested;
  }),
  fc
    .integer({ min: 51, max: 5000 })
    .map((keys) => Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i]))),
  fc.integer({ min: 501, max: 3000 }).map((items) => Array.from({ length: items }, () => ({ id: 'x' }))),
  fc
    .constantFrom('__proto__', 'constructor', 'prototype')
    .map((key) => JSON.parse(`{"${key}": {"polluted": true}}`)),
);

const SHEETS = ['Om filen', 'Bedömning', 'Observerade risker', 'Vidtagna åtgärder', 'Uppföljning'];

/** What is done to a real template to make it hostile: parts added, lying, inflating, cut, or reaching far. */
const zipAttack = fc.oneof(
  fc.record({
    kind: fc.constant('extra' as const),
    name: fc.constantFrom(
      'xl/media/a.bin',
      'xl/printerSettings/printerSettings1.bin',
      '../evil',
      'xl/worksheets/sheet99.xml',
    ),
    size: fc.integer({ min: 0, max: 20_000_000 }),
    declared: fc.option(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
  }),
  fc.record({
    kind: fc.constant('row' as const),
    sheet: fc.constantFrom(...SHEETS),
    row: fc.integer({ min: 1, max: 1_048_576 }),
    column: fc.constantFrom('A', 'B', 'C', 'GR', 'XFD'),
    text: fc.string({ maxLength: 20 }).map((t) => t.replace(/[<&]/g, '')),
  }),
  fc.record({
    kind: fc.constant('dimension' as const),
    sheet: fc.constantFrom(...SHEETS),
    ref: fc.constantFrom('A1:XFD1048576', 'A1:Z1001', 'A1:GS10', 'B2'),
  }),
  fc.record({ kind: fc.constant('strings' as const), count: fc.integer({ min: 0, max: 1_000_000 }) }),
  fc.record({
    kind: fc.constant('lie' as const),
    part: fc.constantFrom('xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml'),
    declared: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
);
type ZipAttack = typeof zipAttack extends fc.Arbitrary<infer A> ? A : never;

/** The template's parts with the attack done to them, as the bytes of an upload. */
function attacked(template: Map<string, Buffer>, attack: ZipAttack): Buffer {
  const parts: ZipPart[] = [...template].map(([name, content]) => ({ name, content }));
  const part = (name: string) => parts.find((p) => p.name === name)!;
  const sheet = (name: string) => part(sheetPart(template, name));
  switch (attack.kind) {
    case 'extra':
      parts.push({
        name: attack.name,
        content: Buffer.alloc(attack.size),
        declaredSize: attack.declared ?? undefined,
      });
      break;
    case 'row': {
      const target = sheet(attack.sheet);
      const cell = `<row r="${attack.row}"><c r="${attack.column}${attack.row}" t="inlineStr"><is><t>${attack.text}</t></is></c></row>`;
      target.content = Buffer.from(target.content!.toString().replace('</sheetData>', `${cell}</sheetData>`));
      break;
    }
    case 'dimension': {
      const target = sheet(attack.sheet);
      target.content = Buffer.from(
        target.content!.toString().replace(/<dimension ref="[^"]+"\/>/, `<dimension ref="${attack.ref}"/>`),
      );
      break;
    }
    case 'strings': {
      const strings = part('xl/sharedStrings.xml');
      strings.content = Buffer.from(
        strings.content!.toString().replace('</sst>', `${'<si><t>x</t></si>'.repeat(attack.count)}</sst>`),
      );
      break;
    }
    case 'lie':
      part(attack.part).declaredSize = attack.declared;
      break;
    case 'cut': {
      const whole = buildZip(parts);
      return whole.subarray(0, Math.floor(whole.length * attack.at));
    }
    case 'flip': {
      const whole = buildZip(parts);
      whole[Math.floor((whole.length - 1) * attack.at)] = attack.byte;
      return whole;
    }
  }
  return buildZip(parts);
}

/** Paths into the document where a hostile value goes: every field, item fields, and new keys. */
const FIELDS = [
  'version',
  'status',
  'contact',
  'contact.name',
  'contact.email',
  'summary',
  'noRisksObserved',
  'observedRisks',
  'observedRisks.0',
  'observedRisks.0.id',
  'observedRisks.0.area',
  'observedRisks.0.level',
  'observedRisks.1.trend',
  'observedRisks.0.affectedGroups',
  'observedRisks.0.affectedGroups.0',
  'measuresTaken.0.riskIds',
  'measuresTaken.0.riskIds.0',
  'measuresTaken.0.actors',
  'measuresTaken.0.effect',
  'plannedMeasures.0.period',
  'followUps',
  'risksAhead.0.likelihood',
  'forumThemes',
  'forumThemes.0',
  '__proto__',
  'constructor',
  'observedRisks.0.__proto__',
  'unknownField',
];

function setAt(doc: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = doc;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object') return;
    node = next as Record<string, unknown>;
  }
  Object.defineProperty(node, parts[parts.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

describe(`hostile input, property-based: never a 5xx, always the field named, nothing changed (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let reporter: Api;
  let analyst: Api;
  let roundId: string;
  const path = () => `/api/rounds/${roundId}/assessments/0780`;

  const snapshot = () => tableSnapshot(running.app.get(DataSource));

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { BODY_LIMIT: '256kb' } });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const team = await countyTeam(admin);
    analyst = team.analyst;
    reporter = team.reporters['0780']!;
    roundId = await openRound(team.coordinator, { countyCode: '07' });
    assert.equal((await reporter.put(path(), completeDocument(0))).status, 200);
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  it(`refuses ${RUNS.documents} hostile documents with 400, 409 or 413 naming the field, and keeps the stored data byte-identical`, async (t) => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), hostileValue), { minLength: 1, maxLength: 3 }),
        async (mutations) => {
          const before = await snapshot();
          const version = ((await reporter.get(path())).body as { version: number }).version;
          const doc = completeDocument(version) as unknown as Record<string, unknown>;
          for (const [field, value] of mutations) setAt(doc, field, value);
          const response = await reporter.put(path(), doc);
          assert.ok(response.status < 500, `${response.status}: ${response.text.slice(0, 300)}`);
          if (response.status === 200) {
            accepted += 1; // e.g. Unicode text in a text field: valid, and stored as text
            return;
          }
          refused += 1;
          assert.ok([400, 409, 413].includes(response.status), `status ${response.status}`);
          if (response.status === 400) {
            const errors = (response.body as { errors?: { path: string; message: string }[] }).errors ?? [];
            assert.ok(
              errors.length > 0 && errors.every((e) => e.path !== '' && e.message !== ''),
              response.text,
            );
          }
          assert.equal(await snapshot(), before, 'a refused document changes nothing');
          assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
        },
      ),
      { numRuns: RUNS.documents },
    );
    t.diagnostic(`${RUNS.documents} documents: ${refused} refused, ${accepted} valid and saved`);
    assert.ok(refused > RUNS.documents / 2);
  });

  it(`answers ${RUNS.workbooks} hostile workbooks with 200, 400 or 409, never 5xx, and a refusal changes nothing`, async (t) => {
    const counts = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(zipAttack, async (attack) => {
        const template = await partsOf((await reporter.download(`${path()}/workbook`)).body);
        const file = attacked(template, attack);
        const before = await snapshot();
        const response = await reporter.upload(`${path()}/workbook`, 'workbook', file);
        counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
        assert.ok(
          [200, 400, 409].includes(response.status),
          `${attack.kind}: ${response.status} ${response.text.slice(0, 300)}`,
        );
        if (response.status === 200) return;
        const errors = (response.body as { errors?: { path: string; message: string }[] }).errors ?? [];
        assert.ok(errors.length > 0 && errors.every((e) => e.path !== '' && e.message !== ''), response.text);
        assert.equal(await snapshot(), before, 'a refused workbook changes nothing');
      }),
      { numRuns: RUNS.workbooks },
    );
    t.diagnostic(`${RUNS.workbooks} workbooks: ${[...counts].map(([s, n]) => `${n} × ${s}`).join(', ')}`);
    assert.equal((await reporter.get('/api/health')).status, 200);
  });

  it(`answers ${RUNS.queries} hostile query strings with 200 or 400, never 5xx`, async () => {
    const queries = [
      (v: string) => `/api/rounds?county=${v}`,
      (v: string) => `/api/rounds/${roundId}/county-picture?include=${v}`,
      (v: string) => `/api/audit?limit=${v}`,
      (v: string) => `/api/audit?before=${v}&county=${v}`,
      (v: string) => `/api/rounds/${roundId}/assessments?x=${v}`,
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queries),
        fc.oneof(
          fc.constantFrom(...SQL, ...UNICODE, '-1', '0', '1e9', '99999999999999999999').map(encodeBytes),
          fc.string().map(encodeBytes),
          fc.constantFrom(...RAW_ENCODED),
        ),
        fc.boolean(),
        async (query, value, doubled) => {
          const url = doubled ? `${query(value)}&${query(value).split('?')[1]}` : query(value);
          const response = await analyst.get(url);
          assert.ok(response.status < 500, `${url}: ${response.status} ${response.text.slice(0, 200)}`);
          assert.ok([200, 400, 403].includes(response.status), `${url}: ${response.status}`);
          if (response.status === 400) assert.ok((response.body as { message?: string }).message);
        },
      ),
      { numRuns: RUNS.queries },
    );
  });

  it(`answers ${RUNS.paths} hostile path parameters with 400, 403 or 404, never 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...SQL, ...UNICODE, '..', 'a'.repeat(2000)).map(encodeBytes),
          fc.string({ minLength: 1 }).map(encodeBytes),
          fc.constantFrom(...RAW_ENCODED),
        ),
        fc.constantFrom('round', 'code', 'report'),
        async (v, where) => {
          const url =
            where === 'round'
              ? `/api/rounds/${v}/assessments/0780`
              : where === 'code'
                ? `/api/rounds/${roundId}/assessments/${v}/history`
                : `/api/reports/${v}/download`;
          const response = await analyst.get(url);
          assert.ok(
            [400, 403, 404].includes(response.status),
            `${url}: ${response.status} ${response.text.slice(0, 200)}`,
          );
        },
      ),
      { numRuns: RUNS.paths },
    );
  });

  it(`refuses ${RUNS.forms} hostile page form posts without a 5xx and without a change`, async () => {
    const { agent } = await signInOnPage(running.url, 'r0780@k.test');
    const page = await agent.get(`/rounds/${roundId}/assessments/0780/sections/contact`);
    const csrf = csrfOf(page.text);
    const names = fc.oneof(
      fc.constantFrom(
        'contact.email',
        'observedRisks[0].level',
        'observedRisks[999].title',
        'observedRisks[1000].title',
        'measuresTaken[0].riskIds',
        '__proto__.polluted',
        'constructor[prototype][polluted]',
        'version',
        'action',
        'unknown',
      ),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SECTION_KEYS),
        fc.array(
          fc.tuple(names, fc.oneof(fc.constantFrom(...SQL, ...UNICODE), fc.string({ maxLength: 300 }))),
          {
            maxLength: 6,
          },
        ),
        async (section, fields) => {
          const before = await snapshot();
          const stored = (await reporter.get(path())).body as {
            sections: Record<string, { version: number }>;
          };
          const body = new URLSearchParams([
            ['_csrf', csrf],
            ['version', String(stored.sections[section]!.version + 1000)],
          ]);
          for (const [name, value] of fields) body.append(name, value);
          const response = await agent
            .post(`/rounds/${roundId}/assessments/0780/sections/${section}`)
            .type('form')
            .send(body.toString());
          assert.ok(response.status < 500, `${response.status}: ${response.text.slice(0, 300)}`);
          // Follow-ups are no section of a municipality with no plans to follow up: 404.
          const refusals = section === 'followUps' ? [400, 404, 409, 413] : [400, 409, 413];
          assert.ok(refusals.includes(response.status), `${section}: status ${response.status}`);
          assert.equal(await snapshot(), before);
          assert.equal(({} as Record<string, unknown>).polluted, undefined);
        },
      ),
      { numRuns: RUNS.forms },
    );
  });
});
