/** What the health probe saw while an attack ran. */
export interface HealthProbe<T> {
  result: T;
  /** The slowest answer of /api/health, in milliseconds (a timed-out probe counts as its timeout). */
  slowestMs: number;
  probes: number;
  /** Probes that did not answer 200. */
  failed: number;
}

/**
 * Runs `work` while asking `/api/health` over and over, one request at a time, so that a blocked event loop or a dead
 * server shows as a slow or failed probe.
 */
export async function probingHealth<T>(
  url: string,
  work: () => Promise<T>,
  pauseMs = 50,
): Promise<HealthProbe<T>> {
  let done = false;
  let slowestMs = 0;
  let probes = 0;
  let failed = 0;
  const probe = async () => {
    while (!done) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status !== 200) failed += 1;
      } catch {
        failed += 1;
      }
      slowestMs = Math.max(slowestMs, performance.now() - started);
      probes += 1;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  const probing = probe();
  let result: T;
  try {
    result = await work();
  } finally {
    done = true;
    await probing;
  }
  return { result, slowestMs, probes, failed };
}
