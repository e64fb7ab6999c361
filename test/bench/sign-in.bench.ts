import request from 'supertest';
import { ADMIN, startApp } from '../support/app';
import { databaseKind, Result } from './result';
import { scratchDatabase } from './scratch-database';
import { formatTiming, summarize } from './stats';

/** Milliseconds of one answered request. */
async function timed(send: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await send();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Whether time tells who has an account: failed sign-ins and reset requests for an unknown address against the same
 * for a known one, interleaved, each from its own source address so that no wait is added. The ratio should be 1.
 */
export async function signInBenchmark(databaseUrl: string, runs: number): Promise<Result[]> {
  const db = await scratchDatabase(databaseUrl, 'signin');
  const running = await startApp(db.url, { env: { TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT: '100000' } });
  try {
    const samples = {
      known: [] as number[],
      unknown: [] as number[],
      resetKnown: [] as number[],
      resetUnknown: [] as number[],
    };
    const from = (i: number) => `198.18.${Math.floor(i / 250)}.${i % 250}`;
    const login = (email: string, i: number) => () =>
      request(running.url)
        .post('/api/auth/login')
        .set('X-Forwarded-For', from(i))
        .send({ email, password: 'not-the-password' });
    const reset = (email: string, i: number) => () =>
      request(running.url).post('/api/auth/password-reset').set('X-Forwarded-For', from(i)).send({ email });
    const count = Math.max(20, runs * 10);
    for (let i = 0; i < count + 4; i += 1) {
      const known = await timed(login(ADMIN.email, 2 * i));
      const unknown = await timed(login(`nobody-${i}@k.test`, 2 * i + 1));
      const resetKnown = await timed(reset(ADMIN.email, 2 * i));
      const resetUnknown = await timed(reset(`nobody-${i}@k.test`, 2 * i + 1));
      if (i < 4) continue; // warming up
      samples.known.push(known);
      samples.unknown.push(unknown);
      samples.resetKnown.push(resetKnown);
      samples.resetUnknown.push(resetUnknown);
    }
    const database = databaseKind(databaseUrl);
    const row = (name: string, subject: number[], baseline: number[], baselineName: string): Result => {
      const s = summarize(subject);
      const b = summarize(baseline);
      return {
        name,
        database,
        subject: formatTiming(s),
        baselineName,
        baseline: formatTiming(b),
        ratio: s.median / b.median,
        target: '0.9–1.1',
      };
    };
    return [
      row('failed sign-in, unknown address', samples.unknown, samples.known, 'failed sign-in, known address'),
      row(
        'reset request, unknown address',
        samples.resetUnknown,
        samples.resetKnown,
        'reset request, known address',
      ),
    ];
  } finally {
    await running.close();
    await db.drop();
  }
}
