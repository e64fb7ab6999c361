import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { createUser, openRound } from '../support/scenario';

/**
 * Two counties, Kronoberg (07) and Skåne (12), each with staff, reporters and a round holding a draft.
 * Every attempt to reach the other municipality's or county's data must be refused, and reveal nothing.
 */
describe(`no route reveals another municipality or county (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  const users: Record<string, Api> = {};
  let round07: string;
  let round12: string;
  const SECRET_07 = 'Hemlig uppgift om Ljungby';
  const SECRET_12 = 'Hemlig uppgift om Malmö';

  before(async () => {
    db = await createTestDatabase();
    running = await startApp(db.url);
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    users.admin = admin;
    users.coordinator07 = await createUser(admin, {
      email: 'c07@lst.test',
      name: 'C 07',
      role: 'coordinator',
      countyCode: '07',
    });
    users.coordinator12 = await createUser(admin, {
      email: 'c12@lst.test',
      name: 'C 12',
      role: 'coordinator',
      countyCode: '12',
    });
    users.analyst07 = await createUser(users.coordinator07, {
      email: 'a07@lst.test',
      name: 'A 07',
      role: 'analyst',
      countyCode: '07',
    });
    users.vaxjo = await createUser(users.coordinator07, {
      email: 'r0780@k.test',
      name: 'R 0780',
      role: 'reporter',
      municipalityCode: '0780',
    });
    users.ljungby = await createUser(users.coordinator07, {
      email: 'r0781@k.test',
      name: 'R 0781',
      role: 'reporter',
      municipalityCode: '0781',
    });
    users.malmo = await createUser(users.coordinator12, {
      email: 'r1280@k.test',
      name: 'R 1280',
      role: 'reporter',
      municipalityCode: '1280',
    });
    round07 = await openRound(users.coordinator07, { countyCode: '07', title: 'Kronoberg våren 2026' });
    round12 = await openRound(users.coordinator12, { countyCode: '12', title: 'Skåne våren 2026' });
    const ljungbyDoc = { ...completeDocument(0), summary: SECRET_07 };
    assert.equal(
      (await users.ljungby.put(`/api/rounds/${round07}/assessments/0781`, ljungbyDoc)).status,
      200,
    );
    assert.equal((await users.ljungby.post(`/api/rounds/${round07}/assessments/0781/submit`)).status, 200);
    const malmoDoc = { ...completeDocument(0), summary: SECRET_12 };
    assert.equal((await users.malmo.put(`/api/rounds/${round12}/assessments/1280`, malmoDoc)).status, 200);
    assert.equal((await users.malmo.post(`/api/rounds/${round12}/assessments/1280/submit`)).status, 200);
  });

  after(async () => {
    await running.close();
    await db.drop();
  });

  type Attempt = [
    who: string,
    method: 'get' | 'put' | 'post',
    path: () => string,
    expected: number,
    body?: object,
  ];
  const a07 =
    (code: string, rest = '') =>
    () =>
      `/api/rounds/${round07}/assessments/${code}${rest}`;
  const a12 =
    (code: string, rest = '') =>
    () =>
      `/api/rounds/${round12}/assessments/${code}${rest}`;
  const attempts: Attempt[] = [
    // A reporter and a neighbouring municipality of the same county: 403.
    ['vaxjo', 'get', a07('0781'), 403],
    ['vaxjo', 'put', a07('0781'), 403, completeDocument(1)],
    ['vaxjo', 'post', a07('0781', '/submit'), 403],
    ['vaxjo', 'get', a07('0781', '/history'), 403],
    // A reporter cannot review, not even their own assessment.
    ['ljungby', 'post', a07('0781', '/approve'), 403],
    ['ljungby', 'post', a07('0781', '/return'), 403, { comment: 'Själv' }],
    // A reporter and another county: 404 for its round and anything in it, 403 for its list by code.
    ['vaxjo', 'get', () => `/api/rounds/${round12}`, 404],
    ['vaxjo', 'get', () => `/api/rounds/${round12}/assessments`, 404],
    ['vaxjo', 'get', a12('1280'), 404],
    ['vaxjo', 'get', () => '/api/rounds?county=12', 403],
    // A municipality of another county inside one's own round: 404.
    ['analyst07', 'get', a07('1280'), 404],
    ['vaxjo', 'put', a07('1280'), 404, completeDocument(0)],
    // County staff and another county.
    ['analyst07', 'get', () => `/api/rounds/${round12}`, 404],
    ['analyst07', 'get', a12('1280'), 404],
    ['analyst07', 'get', a12('1280', '/history'), 404],
    ['analyst07', 'post', a12('1280', '/approve'), 404],
    ['analyst07', 'post', a12('1280', '/return'), 404, { comment: 'Fel län' }],
    ['analyst07', 'get', () => '/api/rounds?county=12', 403],
    ['coordinator07', 'post', () => `/api/rounds/${round12}/close`, 404],
    [
      'coordinator07',
      'post',
      () => '/api/rounds',
      403,
      {
        countyCode: '12',
        title: 'X',
        periodStart: '2026-01-01',
        periodEnd: '2026-02-01',
        deadline: '2026-02-01',
      },
    ],
    // County staff never edit or submit a municipality's assessment.
    ['analyst07', 'put', a07('0780'), 403, completeDocument(0)],
    ['coordinator07', 'post', a07('0781', '/submit'), 403],
    // An admin reads everything but does not take part in the workflow.
    ['admin', 'put', a07('0780'), 403, completeDocument(0)],
    ['admin', 'post', a07('0781', '/approve'), 403],
    // Only coordinators manage rounds and users.
    ['analyst07', 'post', () => `/api/rounds/${round07}/close`, 403],
    [
      'vaxjo',
      'post',
      () => '/api/rounds',
      403,
      {
        countyCode: '07',
        title: 'X',
        periodStart: '2026-01-01',
        periodEnd: '2026-02-01',
        deadline: '2026-02-01',
      },
    ],
    ['vaxjo', 'get', () => '/api/users', 403],
    ['analyst07', 'get', () => '/api/users', 403],
    [
      'analyst07',
      'post',
      () => '/api/users',
      403,
      {
        email: 'x@x.test',
        name: 'X',
        password: 'a-good-long-password',
        role: 'reporter',
        municipalityCode: '0780',
      },
    ],
    [
      'coordinator07',
      'post',
      () => '/api/users',
      403,
      {
        email: 'y@x.test',
        name: 'Y',
        password: 'a-good-long-password',
        role: 'reporter',
        municipalityCode: '1280',
      },
    ],
    [
      'coordinator07',
      'post',
      () => '/api/users',
      403,
      { email: 'z@x.test', name: 'Z', password: 'a-good-long-password', role: 'analyst', countyCode: '12' },
    ],
    [
      'coordinator07',
      'post',
      () => '/api/users',
      403,
      {
        email: 'w@x.test',
        name: 'W',
        password: 'a-good-long-password',
        role: 'coordinator',
        countyCode: '07',
      },
    ],
    [
      'coordinator07',
      'post',
      () => '/api/users',
      403,
      { email: 'v@x.test', name: 'V', password: 'a-good-long-password', role: 'admin' },
    ],
  ];

  for (const [who, method, path, expected, body] of attempts) {
    it(`answers ${expected} to ${who} on ${method.toUpperCase()} ${path.toString().replace(/^\(\) => /, '')}`, async () => {
      const api = users[who]!;
      const response = method === 'get' ? await api.get(path()) : await api[method](path(), body ?? {});
      assert.equal(response.status, expected, response.text);
      assert.ok(
        !response.text.includes(SECRET_07) && !response.text.includes(SECRET_12),
        'no data in the refusal',
      );
      assert.ok(!response.text.includes('Skåne våren') || who === 'admin', 'no foreign round title');
    });
  }

  it('changed nothing through the refused attempts', async () => {
    const ljungby = await users.analyst07!.get(`/api/rounds/${round07}/assessments/0781`);
    assert.equal(ljungby.body.status, 'submitted');
    assert.equal(ljungby.body.summary, SECRET_07);
    assert.equal(
      (await users.analyst07!.get(`/api/rounds/${round07}/assessments/0780`)).body.status,
      'not_started',
    );
    assert.equal((await users.coordinator12!.get(`/api/rounds/${round12}`)).body.status, 'open');
    const emails = (await users.admin!.get('/api/users')).body.map((u: { email: string }) => u.email);
    assert.ok(!emails.some((e: string) => e.endsWith('@x.test')));
  });

  it('lists only the coordinator county users and only the county rounds', async () => {
    const own = await users.coordinator07!.get('/api/users');
    assert.ok(own.body.length > 0);
    assert.ok(own.body.every((u: { countyCode: string }) => u.countyCode === '07'));
    const rounds = await users.analyst07!.get('/api/rounds');
    assert.deepEqual(
      rounds.body.map((r: { id: string }) => r.id),
      [round07],
    );
  });

  it('answers 401 to every route without a valid token', async () => {
    const anonymous = new Api(running.url);
    const forged = new Api(running.url, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    for (const api of [anonymous, forged]) {
      for (const path of [
        '/api/rounds',
        `/api/rounds/${round07}`,
        a07('0781')(),
        a07('0781', '/history')(),
        '/api/users',
        '/api/counties',
        '/api/auth/me',
      ]) {
        const response = await api.get(path);
        assert.equal(response.status, 401, path);
        assert.ok(!response.text.includes(SECRET_07));
      }
      assert.equal((await api.put(a07('0781')(), completeDocument(0))).status, 401);
    }
  });
});
