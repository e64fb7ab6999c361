import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import request from 'supertest';
import ts from 'typescript';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const COMPONENTS = 'https://lagesbild.test/api';

/**
 * OpenAPI 3.0 schemas as JSON Schema for ajv: `nullable` becomes a union with null, and an object that lists its
 * properties takes no others, so that a field the document does not name fails the check.
 */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema;
  const out: Schema = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, strict(v)]));
  if (typeof out.$ref === 'string')
    out.$ref = out.$ref.replace(/^#\/components\//, `${COMPONENTS}#/components/`);
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/** Kronoberg with two municipalities: one approved, one submitted; the routes of every role answer real data. */
describe(`the API document: every operation documents its answers, and real answers match it (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let running: RunningApp;
  let admin: Api;
  let team: CountyTeam;
  let roundId: string;
  let document: Document;
  let validators: Map<string, ValidateFunction>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-contract-'));
    db = await createTestDatabase();
    running = await startApp(db.url, { env: { REPORTS_DIR: join(dir, 'reports') } });
    admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781']);
    await openRound(team.coordinator, {
      countyCode: '07',
      title: 'Hösten 2025',
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
      deadline: '2025-11-30',
    });
    roundId = await openRound(team.coordinator, { countyCode: '07', title: 'Hösten 2026' });
    for (const code of ['0780', '0781']) {
      const path = `/api/rounds/${roundId}/assessments/${code}`;
      assert.equal((await team.reporters[code]!.put(path, completeDocument(0))).status, 200);
      assert.equal((await team.reporters[code]!.post(`${path}/submit`)).status, 200);
    }
    assert.equal((await team.analyst.post(`/api/rounds/${roundId}/assessments/0780/approve`)).status, 200);
    const served = await request(running.url).get('/api/docs-json');
    assert.equal(served.status, 200);
    document = served.body as Document;
    validators = new Map();
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The operation of the document that a concrete path and method are answered by. */
  function operationOf(method: string, path: string): { template: string; operation: Operation } {
    const bare = path.split('?')[0]!;
    for (const [template, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (pattern.test(bare) && item[method]) return { template, operation: item[method] };
    }
    throw new Error(`${method.toUpperCase()} ${bare} is not in the document`);
  }

  /** Checks a real answer against the schema its operation documents for its status. */
  function conforms(method: string, path: string, status: number, body: unknown): void {
    const { template, operation } = operationOf(method, path);
    const documented = operation.responses[String(status)];
    assert.ok(documented, `${method.toUpperCase()} ${template} documents ${status}`);
    const schema = documented.content?.['application/json']?.schema;
    assert.ok(schema, `${method.toUpperCase()} ${template} ${status} has a JSON schema`);
    const key = `${method} ${template} ${status}`;
    let validate = validators.get(key);
    if (!validate) {
      const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
      addFormats(ajv);
      ajv.addSchema({ $id: COMPONENTS, components: strict(document.components) });
      validate = ajv.compile(strict(schema) as Schema);
      validators.set(key, validate);
    }
    const valid = validate(body);
    assert.ok(valid, `${key}: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
  }

  it('documents a success body (none for a 204) and the error body for every operation', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ name: `${m.toUpperCase()} ${path}`, op: item[m]! })),
    );
    assert.ok(operations.length >= 43, `${operations.length} operations`);
    const undocumented = operations.filter(({ op }) => {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      return (
        success.length === 0 ||
        success.some(([status, r]) => status !== '204' && (!r.content || Object.keys(r.content).length === 0))
      );
    });
    assert.deepEqual(
      undocumented.map((o) => o.name),
      [],
    );
    const withoutErrors = operations.filter(
      ({ name, op }) =>
        name !== 'GET /api/health' &&
        !Object.entries(op.responses).some(
          ([status, r]) =>
            /^4\d\d$/.test(status) &&
            JSON.stringify(r.content?.['application/json']?.schema) ===
              '{"$ref":"#/components/schemas/ErrorBody"}',
        ),
    );
    assert.deepEqual(
      withoutErrors.map((o) => o.name),
      [],
    );
  });

  it('generates TypeScript types a client compiles against, and that refuse a wrong value', async () => {
    const types = astToString(await openapiTS(document as never));
    const folder = mkdtempSync(join(dir, 'client-'));
    writeFileSync(join(folder, 'api.ts'), types);
    writeFileSync(
      join(folder, 'client.ts'),
      `import type { components, paths } from './api';
type Assessment = paths['/api/rounds/{roundId}/assessments/{municipalityCode}']['get']['responses']['200']['content']['application/json'];
export const status: Assessment['status'] = 'submitted';
export const version: Assessment['version'] = 3;
export const risk: NonNullable<Assessment['observedRisks']>[number]['level'] = null;
type Picture = components['schemas']['CountyPictureWithHashBody'];
export const share: Picture['riskAreas'][number]['share'] = 0.5;
type Failure = components['schemas']['ErrorBody'];
export const failure: Failure = { statusCode: 404, code: 'NOT_FOUND', messageCode: 'not_found.round', message: 'x' };
// @ts-expect-error an assessment has no such status
export const wrong: Assessment['status'] = 'lost';
`,
    );
    const program = ts.createProgram([join(folder, 'client.ts')], {
      strict: true,
      noEmit: true,
      // The generated file is checked like the client; the libraries are not.
      skipLibCheck: true,
      types: [],
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.CommonJS,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(problems, []);
  });

  it('answers the main routes of every role exactly as documented, successes and errors', async () => {
    const { coordinator, analyst } = team;
    const reporter = team.reporters['0781']!;
    const path = `/api/rounds/${roundId}/assessments`;
    const calls: [Api | null, string, string, object?][] = [
      [null, 'get', '/api/health'],
      [analyst, 'get', '/api/auth/me'],
      [coordinator, 'get', '/api/users'],
      [analyst, 'get', '/api/counties'],
      [analyst, 'get', '/api/counties/07/municipalities'],
      [coordinator, 'get', '/api/audit?limit=20'],
      [analyst, 'get', '/api/rounds'],
      [analyst, 'get', `/api/rounds/${roundId}`],
      [analyst, 'get', path],
      [analyst, 'get', `${path}/0780`],
      [reporter, 'get', `${path}/0781`],
      [reporter, 'put', `${path}/0781/sections/support`, { version: 0, supportWanted: 'Stöd i samverkan' }],
      [reporter, 'put', `${path}/0781/sections/support`, { version: 0, supportWanted: 'Inaktuell' }],
      [analyst, 'get', `${path}/0780/history`],
      [analyst, 'get', `${path}/0780/changes?from=1&to=1`],
      [analyst, 'get', `/api/rounds/${roundId}/county-picture?include=submitted`],
      [analyst, 'put', `/api/rounds/${roundId}/narratives/summary`, { text: 'Läget är lugnt.' }],
      [analyst, 'get', `/api/rounds/${roundId}/narratives`],
      [analyst, 'get', '/api/counties/07/trends?include=submitted'],
      [reporter, 'get', '/api/municipalities/0781/trends'],
      [reporter, 'get', '/api/counties/07/trends'],
      [reporter, 'get', '/api/municipalities/0781/risk-register'],
      [analyst, 'get', '/api/municipalities/0780/risk-register'],
      [reporter, 'get', '/api/municipalities/0780/risk-register'],
      [analyst, 'get', `/api/rounds/${roundId}/reminders`],
      [
        analyst,
        'post',
        `/api/rounds/${roundId}/reports`,
        { format: 'xlsx', include: 'submitted', language: 'sv' },
      ],
      [analyst, 'get', `/api/rounds/${roundId}/reports`],
      [analyst, 'post', '/api/archive-exports', { countyCode: '07' }],
      [analyst, 'get', '/api/archive-exports'],
      [admin, 'post', '/api/collections', { title: 'Riket', roundIds: [roundId] }],
      [admin, 'get', '/api/collections'],
      // Refusals: each answers the one error body.
      [reporter, 'get', `${path}/0780`],
      [analyst, 'get', '/api/rounds/00000000-0000-0000-0000-000000000000'],
      [analyst, 'put', `${path}/0780`, { version: 'x' }],
      [reporter, 'post', `${path}/0781/submit`],
      [null, 'get', '/api/rounds'],
    ];
    const seen = new Set<number>();
    for (const [actor, method, url, body] of calls) {
      const client = actor ?? new Api(running.url);
      const response =
        method === 'get'
          ? await client.get(url)
          : method === 'put'
            ? await client.put(url, body ?? {})
            : await client.post(url, body ?? {});
      seen.add(response.status);
      conforms(method, url, response.status, response.body);
    }
    const [collection] = (await admin.get('/api/collections')).body as { id: string }[];
    const picture = await admin.get(`/api/collections/${collection!.id}/picture?include=submitted`);
    conforms('get', `/api/collections/${collection!.id}/picture`, picture.status, picture.body);
    const trends = await admin.get(`/api/collections/${collection!.id}/trends?include=submitted`);
    conforms('get', `/api/collections/${collection!.id}/trends`, trends.status, trends.body);
    const check = await team.reporters['0781']!.post(`${path}/0781/check`, completeDocument(0));
    conforms('post', `${path}/0781/check`, check.status, check.body);
    for (const status of [200, 201, 202, 400, 401, 403, 404, 409])
      assert.ok(seen.has(status), `answered ${status} among ${[...seen].join(', ')}`);
  });
});
