import { join } from 'node:path';
import { measureInChild } from './child';
import { databaseKind, Result } from './result';
import { formatTiming, summarize } from './stats';

const CHILD = join(__dirname, 'archive-child.js');

interface Measurement {
  ms: number;
  rows: number;
  bytes: number;
  peakRssMb: number;
}

/**
 * The bare writer holds every row in memory before it starts, so it gets the heap for that. The export runs as the
 * service does, without the flag: it would also lift the heap limit of the export's thread.
 */
const measure = (databaseUrl: string, mode: 'product' | 'bare') =>
  measureInChild<Measurement>(CHILD, databaseUrl, mode, mode === 'bare' ? ['--max-old-space-size=8192'] : []);

/**
 * The archive of every submitted assessment of the whole country, as the background job writes it (reading, mapping,
 * writing, hashing, progress), against a bare exceljs streaming writer writing the same rows from memory. Each run is a
 * process of its own, so that the peak RSS is the export's.
 */
export async function archiveBenchmark(databaseUrl: string, runs: number): Promise<Result[]> {
  const product: Measurement[] = [];
  const bare: Measurement[] = [];
  for (let i = 0; i < runs; i += 1) {
    product.push(await measure(databaseUrl, 'product'));
    bare.push(await measure(databaseUrl, 'bare'));
  }
  const subject = summarize(product.map((m) => m.ms));
  const baseline = summarize(bare.map((m) => m.ms));
  const rss = summarize(product.map((m) => m.peakRssMb));
  const { rows, bytes } = product[0]!;
  if (bare.some((m) => m.rows !== rows)) throw new Error('the bare writer wrote a different number of rows');
  return [
    {
      name: `archive export of the whole country to Excel (${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB)`,
      database: databaseKind(databaseUrl),
      subject: `${formatTiming(subject)}; peak RSS ${rss.median.toFixed(0)} MB (${rss.min.toFixed(0)}–${rss.max.toFixed(0)})`,
      baselineName: 'a bare exceljs streaming writer writing the same rows from memory',
      baseline: `${formatTiming(baseline)}; peak RSS ${summarize(bare.map((m) => m.peakRssMb)).median.toFixed(0)} MB`,
      ratio: subject.median / baseline.median,
      target: '≤ 1.5, peak RSS < 300 MB',
    },
  ];
}
