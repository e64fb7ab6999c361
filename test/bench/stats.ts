/** Median and spread of repeated timings, in milliseconds. */
export interface Timing {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Runs `work` a few times to warm up, then `runs` times measured. */
export async function time(work: () => Promise<unknown>, runs = 9, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples);
}

export const formatTiming = (t: Timing) =>
  `${t.median.toFixed(1)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)}, n=${t.runs})`;
