import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { CountyPicture } from '../../src/county-picture/county-picture.model';
import { CountyPictureService } from '../../src/county-picture/county-picture.service';
import { buildNationalPicture } from '../../src/collections/national-picture';
import { nationalPart } from '../../src/collections/national-document';
import type { NationalReportTask } from '../../src/collections/national-report.worker';
import type { ReportFormat } from '../../src/reports/report-format';
import { ReportRenderer } from '../../src/reports/report-renderer';
import { renderCountyPdf } from '../../src/reports/pdf/county-report.pdf';
import { loadReportTexts } from '../../src/reports/report-texts';
import { Round } from '../../src/rounds/round.entity';
import { runChild } from './child';

const NATIONAL_WORKER = join(__dirname, '..', '..', 'src', 'collections', 'national-report.worker.js');

/**
 * One measurement in a process of its own, so that its peak memory is its own; prints one line of JSON.
 * `--mode county`: the PDF report of Västra Götaland's newest round (or the first county's), picture included.
 * `--mode national`: the national report of every county's newest round in one PDF, pictures included.
 * `--mode word`: the same national report as a Word file.
 * `--mode workbook`: the same national report as a workbook.
 * `--mode separate`: the same counties, each drawn as its own county report, one after the other.
 */
runChild(async (context, mode, dir) => {
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
  let bytes = 0;
  const draw = async (file: string, render: (out: NodeJS.WritableStream) => Promise<void>) => {
    await render(createWriteStream(file));
    bytes += statSync(file).size;
  };
  if (mode === 'county') {
    const round = newest.get('14') ?? [...newest.values()][0]!;
    const { picture } = await pictures.build(round, 'approved');
    await draw(join(dir, 'county.pdf'), (out) => renderCountyPdf(picture, texts, now, out as never));
  } else {
    async function* all(): AsyncIterable<CountyPicture> {
      for (const round of newest.values()) yield (await pictures.build(round, 'approved')).picture;
    }
    if (mode === 'national' || mode === 'word' || mode === 'workbook') {
      const inputs = [];
      for (const round of newest.values()) inputs.push(await pictures.inputOf(round, 'approved'));
      const collection = { id: 'bench', title: 'Hela landet', createdAt: now.toISOString() };
      const { national, counties } = buildNationalPicture(collection, inputs);
      inputs.length = 0; // as in the service, the documents read are not kept once the pictures are built
      const format: ReportFormat = mode === 'word' ? 'docx' : mode === 'workbook' ? 'xlsx' : 'pdf';
      const file = join(dir, `national.${format}`);
      // In a rendering thread, as an export is drawn.
      const task: NationalReportTask = {
        format,
        national: format === 'xlsx' ? national : nationalPart(national),
        counties,
        language: 'sv',
        generatedAt: now,
        file,
      };
      await context.get(ReportRenderer).run(NATIONAL_WORKER, 'renderNationalReportTask', task);
      bytes += statSync(file).size;
    } else {
      let i = 0;
      for await (const picture of all())
        await draw(join(dir, `county-${(i += 1)}.pdf`), (out) =>
          renderCountyPdf(picture, texts, now, out as never),
        );
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, bytes, counties: newest.size };
});
