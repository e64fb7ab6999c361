import autocannon from 'autocannon';
import { ADMIN, Api } from '../support/app';
import { createUser, openRound } from '../support/scenario';
import { startServerProcess } from '../support/server-process';
import { benchDocument } from './bench-document';
import { databaseKind, Result } from './result';
import { scratchDatabase } from './scratch-database';
import { summarize } from './stats';

const CONNECTIONS = 32;

interface Reporter {
  token: string;
  path: string;
  /** The bench document as JSON without its version, which each request puts first. */
  document: string;
  /** The version stored now: each save that answers 200 adds one. */
  version: number;
}

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

/**
 * 32 connections, each a reporter of its own municipality, sending the full-size bench document again and again for
 * `seconds`. A save carries the version the previous save answered, so that none of them is a conflict; a check
 * carries the stored version, which it never changes. Anything but 200 stops the benchmark.
 */
async function load(
  url: string,
  reporters: Reporter[],
  endpoint: 'save' | 'check',
  seconds: number,
): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    setupClient: (client) => {
      const reporter = reporters[next++ % reporters.length]!;
      const body = () => `{"version":${reporter.version},${reporter.document.slice(1)}`;
      client.setRequests([
        {
          method: endpoint === 'save' ? 'PUT' : 'POST',
          path: endpoint === 'save' ? reporter.path : `${reporter.path}/check`,
          headers: { authorization: `Bearer ${reporter.token}`, 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: body() }),
        },
      ]);
      if (endpoint === 'save')
        client.on('response', (status: number) => {
          if (status === 200) reporter.version += 1;
        });
    },
  });
  const statuses = Object.keys(result.statusCodeStats);
  if (result.errors > 0 || statuses.some((s) => s !== '200'))
    throw new Error(
      `${endpoint}: ${result.errors} errors, statuses ${JSON.stringify(result.statusCodeStats)}`,
    );
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * Saving drafts over HTTP against checking the same drafts without writing, on the real server in its own process and
 * a fresh database of the same kind. Runs alternate between the two so that drift on the machine hits both alike.
 */
export async function draftsBenchmark(databaseUrl: string, runs: number, seconds: number): Promise<Result[]> {
  const db = await scratchDatabase(databaseUrl, 'drafts');
  // 34 sign-ins from one address in a few seconds: above the default per-minute limit.
  const server = await startServerProcess(db.url, { LOG_LEVEL: 'warn', LOGIN_RATE_LIMIT: '100' });
  try {
    const admin = await new Api(server.url).login(ADMIN.email, ADMIN.password);
    const coordinator = await createUser(admin, {
      email: 'c14@bench.test',
      name: 'Samordnare 14',
      role: 'coordinator',
      countyCode: '14',
    });
    const roundId = await openRound(coordinator, { countyCode: '14', deadline: '2099-12-31' });
    const municipalities = (await admin.get('/api/counties/14/municipalities')).body as {
      code: string;
      name: string;
    }[];
    const reporters: Reporter[] = [];
    for (const m of municipalities.slice(0, CONNECTIONS)) {
      const api = await createUser(coordinator, {
        email: `r${m.code}@bench.test`,
        name: `Rapportör ${m.code}`,
        role: 'reporter',
        municipalityCode: m.code,
      });
      const { version: _version, ...document } = benchDocument(m, 1, []);
      reporters.push({
        token: api.token!,
        path: `/api/rounds/${roundId}/assessments/${m.code}`,
        document: JSON.stringify(document),
        version: 0,
      });
    }
    const first = reporters[0]!;
    const preflight = await fetch(`${server.url}${first.path}/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first.token}`, 'content-type': 'application/json' },
      body: `{"version":0,${first.document.slice(1)}`,
    });
    if (preflight.status !== 200) throw new Error(`check: ${preflight.status} ${await preflight.text()}`);
    await load(server.url, reporters, 'check', 1);
    const saves: Load[] = [];
    const checks: Load[] = [];
    for (let i = 0; i < runs; i += 1) {
      checks.push(await load(server.url, reporters, 'check', seconds));
      saves.push(await load(server.url, reporters, 'save', seconds));
      // A save in flight when the run ended is stored without its answer being counted, and the server may still be
      // writing it: read the versions back until two readings agree.
      for (let settled = false; !settled;) {
        const before = reporters.map((r) => r.version);
        await new Promise((resolve) => setTimeout(resolve, 200));
        for (const r of reporters) {
          const stored = await fetch(`${server.url}${r.path}`, {
            headers: { authorization: `Bearer ${r.token}` },
          });
          r.version = ((await stored.json()) as { version: number }).version;
        }
        settled = reporters.every((r, i) => r.version === before[i]);
      }
    }
    const save = summarize(saves.map((l) => l.requestsPerSecond));
    const check = summarize(checks.map((l) => l.requestsPerSecond));
    const latency = (loads: Load[]) =>
      `p50 ${summarize(loads.map((l) => l.p50)).median} ms, p99 ${summarize(loads.map((l) => l.p99)).median} ms`;
    const rate = (t: ReturnType<typeof summarize>) =>
      `${t.median.toFixed(0)} req/s (${t.min.toFixed(0)}–${t.max.toFixed(0)}, n=${t.runs})`;
    return [
      {
        name: `saving drafts, ${CONNECTIONS} connections, ${seconds} s a run`,
        database: databaseKind(databaseUrl),
        subject: `${rate(save)}; ${latency(saves)}`,
        baselineName: 'checking the same drafts without writing',
        baseline: `${rate(check)}; ${latency(checks)}`,
        ratio: save.median / check.median,
        target: '≥ 0.5',
      },
    ];
  } finally {
    await server.stop();
    await db.drop();
  }
}
