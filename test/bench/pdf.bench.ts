import { join } from 'node:path';
import { measureInChild } from './child';
import { databaseKind, Result } from './result';
import { formatTiming, summarize } from './stats';

const CHILD = join(__dirname, 'pdf-child.js');

interface Measurement {
  ms: number;
  bytes: number;
  counties: number;
  peakRssMb: number;
}

const measure = (databaseUrl: string, mode: 'county' | 'national' | 'separate' | 'word' | 'workbook') =>
  measureInChild<Measurement>(CHILD, databaseUrl, mode);

const rss = (ms: Measurement[]) => {
  const t = summarize(ms.map((m) => m.peakRssMb));
  return `peak RSS ${t.median.toFixed(0)} MB (${t.min.toFixed(0)}–${t.max.toFixed(0)})`;
};

/**
 * The PDF of one county's report, and the compilation of every county's newest round in one PDF, each run in a process
 * of its own for its peak memory. Baselines: for the county report, building the same pictures of every county; for
 * the compilation, the same counties drawn as separate county reports one after the other; for the national Word
 * file and the national workbook, the national PDF. The national reports are drawn in a rendering thread, as an
 * export is.
 */
export async function pdfBenchmark(databaseUrl: string, runs: number): Promise<Result[]> {
  const county: Measurement[] = [];
  const national: Measurement[] = [];
  const separate: Measurement[] = [];
  const word: Measurement[] = [];
  const workbook: Measurement[] = [];
  for (let i = 0; i < runs; i += 1) {
    county.push(await measure(databaseUrl, 'county'));
    national.push(await measure(databaseUrl, 'national'));
    separate.push(await measure(databaseUrl, 'separate'));
    word.push(await measure(databaseUrl, 'word'));
    workbook.push(await measure(databaseUrl, 'workbook'));
  }
  const timing = (ms: Measurement[]) => summarize(ms.map((m) => m.ms));
  const { counties, bytes } = national[0]!;
  /** Another file of the national report, against the national PDF measured in the same run. */
  const againstNational = (name: string, ms: Measurement[]): Result => ({
    name: `${name} (${(ms[0]!.bytes / 1e6).toFixed(1)} MB)`,
    database: databaseKind(databaseUrl),
    subject: `${formatTiming(timing(ms))}; ${rss(ms)}`,
    baselineName: 'the national PDF',
    baseline: `${formatTiming(timing(national))}; ${rss(national)}`,
    ratio: timing(ms).median / timing(national).median,
    target: '—',
  });
  return [
    {
      name: `PDF of one county's report, picture included (${(county[0]!.bytes / 1e6).toFixed(1)} MB)`,
      database: databaseKind(databaseUrl),
      subject: `${formatTiming(timing(county))}; ${rss(county)}`,
      baselineName: `the same report of each of the ${counties} counties, one after the other`,
      baseline: `${formatTiming(timing(separate))}; ${rss(separate)}`,
      ratio: timing(county).median / timing(separate).median,
      target: '—',
    },
    {
      name: `PDF compilation of ${counties} counties in one file, pictures included (${(bytes / 1e6).toFixed(1)} MB)`,
      database: databaseKind(databaseUrl),
      subject: `${formatTiming(timing(national))}; ${rss(national)}`,
      baselineName: 'the same counties as separate county reports, one after the other',
      baseline: `${formatTiming(timing(separate))}; ${rss(separate)}`,
      ratio: timing(national).median / timing(separate).median,
      target: `< 10 s and < 400 MB (median ${(timing(national).median / 1000).toFixed(1)} s)`,
    },
    againstNational('Word file of the same national report', word),
    againstNational('Workbook of the same national report, charts included', workbook),
  ];
}
