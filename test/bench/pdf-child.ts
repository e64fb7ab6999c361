import { NestFactory } from '@nestjs/core';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/app-config';
import type { CountyPicture } from '../../src/county-picture/county-picture.model';
import { CountyPictureService } from '../../src/county-picture/county-picture.service';
import { renderCompilationPdf, renderCountyPdf } from '../../src/reports/pdf/county-report.pdf';
import { loadReportTexts } from '../../src/reports/report-texts';
import { Round } from '../../src/rounds/round.entity';

/**
 * One measurement in a process of its own, so that its peak memory is its own; prints one line of JSON.
 * `--mode county`: the PDF report of Västra Götaland's newest round (or the first county's), picture included.
 * `--mode national`: the compilation of every county's newest round in one PDF, pictures included.
 * `--mode separate`: the same counties, each drawn as its own county report, one after the other.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { database: { type: 'string' }, mode: { type: 'string' } } });
  const dir = mkdtempSync(join(tmpdir(), 'lagesbild-pdf-bench-'));
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot(loadConfig({ DATABASE_URL: values.database, LOG_LEVEL: 'error' })),
    { logger: ['error'] },
  );
  try {
    const pictures = context.get(CountyPictureService);
    const rounds = await context
      .get(DataSource)
      .getRepository(Round)
      .find({ order: { countyCode: 'ASC', periodStart: 'ASC' } });
    const newest = new Map<string, Round>();
    for (const r of rounds) newest.set(r.countyCode, r);
    const texts = loadReportTexts('sv');
    const now = new Date();
    const started = process.hrtime.bigint();
    let pages = 0;
    let bytes = 0;
    const draw = async (file: string, render: (out: NodeJS.WritableStream) => Promise<void>) => {
      await render(createWriteStream(file));
      bytes += statSync(file).size;
    };
    if (values.mode === 'county') {
      const round = newest.get('14') ?? [...newest.values()][0]!;
      const { picture } = await pictures.build(round, 'approved');
      await draw(join(dir, 'county.pdf'), (out) => renderCountyPdf(picture, texts, now, out as never));
    } else {
      async function* all(): AsyncIterable<CountyPicture> {
        for (const round of newest.values()) yield (await pictures.build(round, 'approved')).picture;
      }
      if (values.mode === 'national')
        await draw(join(dir, 'national.pdf'), (out) =>
          renderCompilationPdf(all(), texts, now, out as never, 'Hela landet'),
        );
      else {
        let i = 0;
        for await (const picture of all())
          await draw(join(dir, `county-${(i += 1)}.pdf`), (out) =>
            renderCountyPdf(picture, texts, now, out as never),
          );
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    pages = newest.size;
    process.stdout.write(
      `${JSON.stringify({ ms, bytes, counties: pages, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
    );
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
