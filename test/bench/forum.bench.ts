import { ADMIN, Api } from '../support/app';
import { quantile, runForumLoad } from '../support/forum-load';
import { countyTeam } from '../support/scenario';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { databaseKind, Result } from './result';
import { scratchDatabase } from './scratch-database';
import { formatTiming, summarize } from './stats';

const PARTICIPANTS = 300;
const CONCURRENCY = 20;
const LIMIT_MS = 30_000;

/**
 * A dialogue forum's live poll under load: 300 guests answer one word cloud, 20 at a time, spread over two instances
 * on PostgreSQL (one on SQLite), while a presenter follows on the first. Each answer is timed from its sending until
 * the presenter's stream first shows it, against the answer request's own round trip in the same run.
 */
export async function forumBenchmark(databaseUrl: string, runs: number): Promise<Result[]> {
  const db = await scratchDatabase(databaseUrl, 'forum');
  const servers: ServerProcess[] = [];
  try {
    servers.push(await startServerProcess(db.url, { FORUM_JOIN_RATE_LIMIT: '100000' }));
    if (!databaseUrl.startsWith('sqlite:'))
      servers.push(await startServerProcess(db.url, { FORUM_JOIN_RATE_LIMIT: '100000' }));
    const admin = await new Api(servers[0]!.url).login(ADMIN.email, ADMIN.password);
    const { coordinator } = await countyTeam(admin, ['0780']);
    const visible: number[] = [];
    const answers: number[] = [];
    const answering: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const forum = (
        await coordinator.post('/api/forums', {
          countyCode: '07',
          title: `Belastning ${run + 1}`,
          startsAt: '2026-12-10T09:00:00+01:00',
          grouping: 'mainGroup',
        })
      ).body as { id: string; joinCode: string };
      const load = await runForumLoad({
        coordinator,
        forumId: forum.id,
        joinCode: forum.joinCode,
        presenterUrl: servers[0]!.url,
        participantUrls: servers.map((s) => s.url),
        participants: PARTICIPANTS,
        concurrency: CONCURRENCY,
        limitMs: LIMIT_MS,
      });
      if (load.counted !== PARTICIPANTS)
        throw new Error(`${load.counted} of ${PARTICIPANTS} answers counted`);
      visible.push(...load.visibleMs);
      answers.push(...load.answerMs);
      answering.push(load.answeringMs);
    }
    const s = summarize(visible);
    const b = summarize(answers);
    return [
      {
        name: `forum: ${PARTICIPANTS} answers on the presenter view (${servers.length} instance${servers.length > 1 ? 's' : ''})`,
        database: databaseKind(databaseUrl),
        subject: formatTiming(s),
        baselineName: 'the answer request itself',
        baseline: formatTiming(b),
        ratio: s.median / b.median,
        target: 'each < 1000 ms; all in < 30 s',
        note: `p95 ${quantile(visible, 0.95).toFixed(0)} ms, max ${s.max.toFixed(0)} ms; all ${PARTICIPANTS} answered in ${Math.max(...answering).toFixed(0)} ms at most`,
      },
    ];
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await db.drop();
  }
}
