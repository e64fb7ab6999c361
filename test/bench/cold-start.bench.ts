import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/server-process';
import { databaseKind, Result } from './result';
import { scratchDatabase } from './scratch-database';
import { formatTiming, summarize } from './stats';

const MAIN = join(__dirname, '..', '..', 'src', 'main.js');
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

/** Milliseconds from spawning `node args` to the first 200 from `path`, polled every 5 ms; then the process ends. */
async function timeToFirstResponse(
  args: string[],
  env: Record<string, string>,
  path: string,
): Promise<number> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${errors}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        if (response.status === 200) return Number(process.hrtime.bigint() - started) / 1e6;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * The server (`npm start`) from its spawn to the first served request, on an empty database so that every migration
 * runs, against a bare Node HTTP server started the same way.
 */
export async function coldStartBenchmark(databaseUrl: string, runs: number): Promise<Result[]> {
  const server: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const db = await scratchDatabase(databaseUrl, 'cold');
    try {
      server.push(
        await timeToFirstResponse(
          [MAIN],
          {
            DATABASE_URL: db.url,
            JWT_SECRET: 'a-bench-secret-that-is-long-enough-for-hs256',
            LOG_LEVEL: 'warn',
          },
          '/api/health',
        ),
      );
    } finally {
      await db.drop();
    }
    bare.push(await timeToFirstResponse(['-e', BARE_SERVER], {}, '/'));
  }
  const subject = summarize(server);
  const baseline = summarize(bare);
  return [
    {
      name: 'cold start to the first served request, all migrations on an empty database',
      database: databaseKind(databaseUrl),
      subject: formatTiming(subject),
      baselineName: 'a bare Node HTTP server, spawned the same way',
      baseline: formatTiming(baseline),
      ratio: subject.median / baseline.median,
      target: `< 3 s (median ${(subject.median / 1000).toFixed(2)} s)`,
    },
  ];
}
