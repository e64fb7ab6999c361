import { NestFactory } from '@nestjs/core';
import { execFile } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/app-config';

/**
 * The frame of a measurement run in a process of its own (so that its peak memory is its own): the application context
 * on `--database`, a temporary folder as REPORTS_DIR, and one line of JSON on stdout with what `measure` returns and
 * the process's peak RSS.
 */
export function runChild(
  measure: (context: INestApplicationContext, mode: string, dir: string) => Promise<Record<string, number>>,
): void {
  const run = async () => {
    const { values } = parseArgs({ options: { database: { type: 'string' }, mode: { type: 'string' } } });
    const dir = mkdtempSync(join(tmpdir(), 'lagesbild-bench-child-'));
    const context = await NestFactory.createApplicationContext(
      AppModule.forRoot(loadConfig({ DATABASE_URL: values.database, LOG_LEVEL: 'error', REPORTS_DIR: dir })),
      { logger: ['error'] },
    );
    try {
      const figures = await measure(context, values.mode ?? '', dir);
      process.stdout.write(
        `${JSON.stringify({ ...figures, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
      );
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}

/** Runs a child script made with `runChild` for one mode and returns the figures it printed. */
export async function measureInChild<T>(
  script: string,
  databaseUrl: string,
  mode: string,
  nodeArgs: string[] = [],
): Promise<T> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...nodeArgs, script, '--database', databaseUrl, '--mode', mode],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}
