import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DataSource } from 'typeorm';
import { ArchiveExport } from '../../src/archive/archive-export.entity';
import { ARCHIVE_SHEETS } from '../../src/archive/archive-rows';
import { ArchiveService } from '../../src/archive/archive.service';
import { ManualClock } from '../../src/common/clock';
import { CountyPictureService } from '../../src/county-picture/county-picture.service';
import { appDataSourceOptions } from '../../src/entities';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import {
  openServiceRound,
  serviceReporter,
  startServiceContext,
  submitComplete,
  SYSTEM_ADMIN,
} from '../support/service-context';

/** What a stopped instance leaves behind is finished by the next one to start, and the county's texts are kept. */
describe(`archive exports resume after a restart; the county's texts (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let roundId: string;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));
  const start = () => startServiceContext(db.url, clock, { REPORTS_DIR: join(dir, 'reports') });

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-resume-'));
    const first = await start();
    try {
      const reporter = await serviceReporter(first, '0780');
      roundId = await openServiceRound(first);
      await submitComplete(first, reporter, roundId);
    } finally {
      await first.close();
    }
  });

  after(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the export that an instance left running when it stopped', async () => {
    // As a stopped instance leaves it: running, part done, no file, and no lease held any more.
    const id = randomUUID();
    const plain = new DataSource(appDataSourceOptions(db.url));
    await plain.initialize();
    await plain.getRepository(ArchiveExport).insert({
      id,
      countyCode: '07',
      status: 'running',
      stepsTotal: ARCHIVE_SHEETS.length,
      stepsDone: 1,
      rowsWritten: 0,
      filePath: null,
      byteSize: null,
      sha256: null,
      error: null,
      requestedBy: SYSTEM_ADMIN.id,
      createdAt: clock.now(),
      finishedAt: null,
    });
    await plain.destroy();
    const next = await start();
    try {
      const archive = next.get(ArchiveService);
      let view = await archive.get(SYSTEM_ADMIN, id);
      for (let i = 0; i < 200 && view.status !== 'done' && view.status !== 'failed'; i += 1) {
        await new Promise((r) => setTimeout(r, 50));
        view = await archive.get(SYSTEM_ADMIN, id);
      }
      assert.equal(view.status, 'done');
      assert.equal(view.progress.stepsDone, view.progress.stepsTotal);
      assert.ok(view.rowsWritten > 0, 'the submitted assessment is in it');
      assert.match(view.sha256 ?? '', /^[0-9a-f]{64}$/);
      const file = await archive.file(SYSTEM_ADMIN, id);
      assert.ok(existsSync(resolve(file.path)));
    } finally {
      await next.close();
    }
  });

  it("keeps the county's text of a section, removes it when emptied, and refuses a section that is not one", async () => {
    const context = await start();
    try {
      const pictures = context.get(CountyPictureService);
      const staff = { id: 'analyst', role: 'analyst' as const, countyCode: '07', municipalityCode: null };
      assert.deepEqual(await pictures.saveNarrative(staff, roundId, 'summary', 'Läget är lugnt.'), {
        summary: 'Läget är lugnt.',
      });
      await pictures.saveNarrative(staff, roundId, 'riskArea.vald_nara_relationer', 'Fler larm.');
      const { picture } = await pictures.picture(staff, roundId, 'submitted');
      assert.equal(picture.narratives.summary, 'Läget är lugnt.');
      assert.deepEqual(await pictures.saveNarrative(staff, roundId, 'summary', ''), {
        'riskArea.vald_nara_relationer': 'Fler larm.',
      });
      await assert.rejects(pictures.saveNarrative(staff, roundId, 'riskArea.inget', 'x'), {
        messageCode: 'invalid',
      });
      const reporter = { id: 'r', role: 'reporter' as const, countyCode: '07', municipalityCode: '0780' };
      await assert.rejects(pictures.readNarratives(reporter, roundId), {
        messageCode: 'forbidden.county_picture',
      });
    } finally {
      await context.close();
    }
  });
});
