/** Tasks that misbehave on purpose, to show what a worker pool does with them. */

export function echo(value: unknown): unknown {
  return value;
}

export async function wait(ms: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return ms;
}

/** Never ends: a loop that never yields, as a parser stuck on a hostile file would. */
export function spin(): never {
  for (;;) {
    // busy
  }
}

/** Keeps everything it allocates, until the heap limit ends the thread. */
export function hoard(): number {
  const kept: number[][] = [];
  for (;;) kept.push(new Array<number>(1_000_000).fill(kept.length));
}
