import request from 'supertest';
import { ADMIN } from '../support/app';
import { startServerProcess } from '../support/server-process';
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
  // The server in a process of its own: what it does after answering must not slow this process's reading.
  const running = await startServerProcess(db.url, { TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT: '100000' });
  try {
    const samples = {
      known: [] as number[],
      unknown: [] as number[],
      resetKnown: [] as number[],
      resetUnknown: [] as number[],
    };
    const from = (i: number) => `198.${18 + Math.floor(i / 62_500)}.${Math.floor(i / 250) % 250}.${i % 250}`;
    const login = (email: string, i: number) => () =>
      request(running.url)
        .post('/api/auth/login')
        .set('X-Forwarded-For', from(i))
        .send({ email, password: 'not-the-password' });
    const reset = (email: string, i: number) => () =>
      request(running.url).post('/api/auth/password-reset').set('X-Forwarded-For', from(i)).send({ email });
    const count = Math.max(20, runs * 10);
    // Known and unknown take turns at going first, so that neither gains from its place in the pair.
    const pair = async (
      known: () => Promise<unknown>,
      unknown: () => Promise<unknown>,
      knownFirst: boolean,
    ) => {
      if (knownFirst) return { known: await timed(known), unknown: await timed(unknown) };
      const u = await timed(unknown);
      return { known: await timed(known), unknown: u };
    };
    for (let i = 0; i < count + 4; i += 1) {
      const logins = await pair(
        login(ADMIN.email, 2 * i),
        login(`nobody-${i}@k.test`, 2 * i + 1),
        i % 2 === 0,
      );
      if (i >= 4) {
        samples.known.push(logins.known);
        samples.unknown.push(logins.unknown);
      }
      // A reset request takes a few milliseconds: five pairs for each pair of sign-ins, for a steadier median.
      for (let j = 0; j < 5; j += 1) {
        const n = 5 * i + j;
        const resets = await pair(
          reset(ADMIN.email, 2 * n),
          reset(`nobody-${n}@k.test`, 2 * n + 1),
          n % 2 === 1,
        );
        if (i < 4) continue; // warming up
        samples.resetKnown.push(resets.known);
        samples.resetUnknown.push(resets.unknown);
      }
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
    await running.stop();
    await db.drop();
  }
}
