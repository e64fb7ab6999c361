import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { archiveBenchmark } from './archive.bench';
import { generate, Scale } from './bench-data';
import { coldStartBenchmark } from './cold-start.bench';
import { draftsBenchmark } from './drafts.bench';
import { forumBenchmark } from './forum.bench';
import { pdfBenchmark } from './pdf.bench';
import { pictureBenchmark } from './picture.bench';
import { signInBenchmark } from './sign-in.bench';
import type { Result } from './result';

const BENCHMARKS = ['picture', 'drafts', 'cold-start', 'archive', 'pdf', 'sign-in', 'forum'] as const;
type Benchmark = (typeof BENCHMARKS)[number];

/**
 * `npm run bench [-- --database <url>] [--scale national|county|tiny] [--runs N] [--seconds S] [--only a,b]`: every
 * benchmark against its baseline measured in the same run, printed as one Markdown table.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      database: { type: 'string' },
      scale: { type: 'string', default: 'national' },
      runs: { type: 'string', default: '9' },
      seconds: { type: 'string', default: '5' },
      only: { type: 'string', default: BENCHMARKS.join(',') },
    },
  });
  const scale = values.scale as Scale;
  const runs = Number(values.runs);
  const only = new Set(values.only.split(',') as Benchmark[]);
  let database = values.database ?? process.env.DATABASE_URL;
  if (!database) {
    const file = `./data/bench-${scale}.sqlite`;
    database = `sqlite:${file}`;
    if (!existsSync(file)) {
      process.stdout.write(`Generating the ${scale} data set into ${file} …\n`);
      await generate(database, scale);
    }
  }
  const results: Result[] = [];
  const run = async (name: Benchmark, benchmark: () => Promise<Result[]>) => {
    if (!only.has(name)) return;
    process.stderr.write(`${name} …\n`);
    results.push(...(await benchmark()));
  };
  await run('picture', () => pictureBenchmark(database, runs));
  await run('drafts', () =>
    draftsBenchmark(database, Math.max(1, Math.min(runs, 3)), Number(values.seconds)),
  );
  await run('cold-start', () => coldStartBenchmark(database, runs));
  await run('archive', () => archiveBenchmark(database, Math.max(1, Math.min(runs, 3))));
  await run('pdf', () => pdfBenchmark(database, Math.max(1, Math.min(runs, 3))));
  await run('sign-in', () => signInBenchmark(database, runs));
  await run('forum', () => forumBenchmark(database, Math.max(1, Math.min(runs, 3))));
  process.stdout.write(
    '\n| benchmark | database | median (range) | baseline | baseline median (range) | ratio | target |\n',
  );
  process.stdout.write('| --- | --- | --- | --- | --- | --- | --- |\n');
  for (const r of results)
    process.stdout.write(
      `| ${r.name} | ${r.database} | ${r.subject} | ${r.baselineName} | ${r.baseline} | ${r.ratio.toFixed(2)} | ${r.target} |${r.note ? ` ${r.note}` : ''}\n`,
    );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
