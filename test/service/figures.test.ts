import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import type { Actor } from '../../src/access/actor';
import { AssessmentReadsService } from '../../src/assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { figuresOf } from '../../src/assessments/figures/area-figures';
import { FiguresRepository } from '../../src/assessments/figures/figures.repository';
import { ManualClock } from '../../src/common/clock';
import { RoundsService } from '../../src/rounds/rounds.service';
import { taxonomyOf } from '../../src/rounds/round-rules';
import { TrendsService } from '../../src/trends/trends.service';
import { createTestDatabase, onPostgres, TestDatabase, undoMigrationsTo } from '../support/database';
import { completeDocument } from '../support/documents';
import {
  openServiceRound,
  serviceAnalyst,
  serviceReporter,
  startServiceContext,
  submitComplete,
  SYSTEM_ADMIN,
} from '../support/service-context';

/** The figures read model: written with each submission, replaced by a resubmission, rebuilt by its migration. */
describe(`figures of the submissions and trends (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let workflow: AssessmentWorkflowService;
  let spring: string;
  let autumn: string;
  let vaxjo: Actor;
  let ljungby: Actor;
  let analyst: Actor;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));
  const tables = async () => ({
    figures: await dataSource.query(
      `SELECT assessment_id, round_id, county_code, municipality_code, submission, plans FROM assessment_figures
       ORDER BY assessment_id`,
    ),
    areas: await dataSource.query(`SELECT * FROM assessment_area_figure ORDER BY assessment_id, area`),
    counts: await dataSource.query(`SELECT * FROM round_area_count ORDER BY round_id, status, area`),
  });

  before(async () => {
    db = await createTestDatabase();
    context = await startServiceContext(db.url, clock);
    dataSource = context.get(DataSource);
    workflow = context.get(AssessmentWorkflowService);
    vaxjo = await serviceReporter(context, '0780');
    ljungby = await serviceReporter(context, '0781');
    spring = await openServiceRound(context, '2026-03-31');
    autumn = await openServiceRound(context, '2026-10-31', {
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
    });
    await submitComplete(context, vaxjo, spring);
    analyst = await serviceAnalyst(context);
    await workflow.approve(analyst, spring, '0780');
    await submitComplete(context, ljungby, spring);
    await submitComplete(context, vaxjo, autumn);
  });

  after(async () => {
    await context.close();
    await db.drop();
  });

  it('writes the figures of each submission, the same as the rules compute from its document', async () => {
    const round = await context.get(RoundsService).findVisible(SYSTEM_ADMIN, spring);
    const view = await context.get(AssessmentReadsService).get(SYSTEM_ADMIN, spring, '0780');
    const [stored] = await context.get(FiguresRepository).ofRound(spring, ['approved']);
    assert.deepEqual(stored, { municipalityCode: '0780', ...figuresOf(view, taxonomyOf(round)) });
    assert.ok(stored.areas.length > 0 && stored.plans.length > 0);
  });

  it('replaces the figures when a returned assessment is submitted again', async () => {
    await workflow.returnToMunicipality(analyst, spring, '0781', 'Komplettera.');
    const reads = context.get(AssessmentReadsService);
    const current = await reads.get(ljungby, spring, '0781');
    const document = completeDocument(current.version);
    document.observedRisks = [
      {
        ...document.observedRisks[0]!,
        id: current.observedRisks[0]!.id,
        area: 'ovrigt',
        level: 'mycket_hog',
      },
    ];
    for (const m of [...document.measuresTaken, ...document.plannedMeasures])
      m.riskIds = [current.observedRisks[0]!.id];
    const saved = await workflow.save(
      ljungby,
      spring,
      '0781',
      plainToInstance(AssessmentDocumentDto, document),
    );
    await workflow.submit(ljungby, spring, '0781', saved.version);
    const [stored] = (await context.get(FiguresRepository).ofRound(spring, ['submitted'])).filter(
      (f) => f.municipalityCode === '0781',
    );
    assert.deepEqual(
      stored!.areas.map((a) => [a.area, a.level]),
      [['ovrigt', 'mycket_hog']],
    );
    const rows = await dataSource.query(
      `SELECT submission FROM assessment_figures WHERE municipality_code = '0781'`,
    );
    assert.deepEqual(
      rows.map((r: { submission: number | string }) => Number(r.submission)),
      [2],
    );
  });

  it('counts the trends from the figures, by what is included and within the dates asked for', async () => {
    const trends = context.get(TrendsService);
    const approved = await trends.ofCounty('07', { include: 'approved' });
    assert.deepEqual(
      approved.rounds.map((r) => [r.id, r.answered, r.expected]),
      [
        [spring, 1, 8],
        [autumn, 0, 8],
      ],
    );
    const working = await trends.ofCounty('07', { include: 'submitted' });
    assert.deepEqual(
      working.rounds.map((r) => r.answered),
      [2, 1],
    );
    const other = working.riskAreas.find((a) => a.area === 'ovrigt')!;
    assert.deepEqual(other.points[0], {
      roundId: spring,
      municipalityCount: 1,
      share: 0.5,
      levels: { mycket_hog: 1 },
      trends: { [completeDocument(0).observedRisks[0]!.trend]: 1 },
    });
    const autumnOnly = await trends.ofCounty('07', { include: 'submitted', from: '2026-07-01' });
    assert.deepEqual(
      autumnOnly.rounds.map((r) => r.id),
      [autumn],
    );
    const upToSpring = await trends.ofCounty(
      '07',
      { include: 'submitted' },
      await context.get(RoundsService).findVisible(SYSTEM_ADMIN, spring),
    );
    assert.deepEqual(
      upToSpring.rounds.map((r) => r.id),
      [spring],
    );
  });

  it('is rebuilt by its migrations exactly as the submissions and the reviews wrote it, concurrent ones too', async () => {
    // Two submissions of the same round at once: the round's counts must hold both.
    const reporters = [await serviceReporter(context, '0763'), await serviceReporter(context, '0764')];
    const drafts = await Promise.all(
      reporters.map((r) =>
        workflow.save(
          r,
          autumn,
          r.municipalityCode!,
          plainToInstance(AssessmentDocumentDto, completeDocument(0)),
        ),
      ),
    );
    await Promise.all(
      reporters.map((r, i) => workflow.submit(r, autumn, r.municipalityCode!, drafts[i]!.version)),
    );
    const written = await tables();
    assert.ok(written.areas.length > 0);
    const whole = written.counts.filter(
      (c: { round_id: string; area: string }) => c.round_id === autumn && c.area === '',
    );
    assert.deepEqual(
      whole.map((c: { municipalities: number | string }) => Number(c.municipalities)),
      [3],
      'Växjö and the two at once',
    );
    const undone = await undoMigrationsTo(dataSource, 'SubmissionFigures1796206123864');
    assert.deepEqual(undone.slice(0, 2), ['SubmissionFigures1796206123864', 'RoundAreaCounts1796208590520']);
    const ran = await dataSource.runMigrations();
    assert.deepEqual(
      ran.map((m) => m.name),
      undone,
    );
    assert.deepEqual(await tables(), written);
  });
});
