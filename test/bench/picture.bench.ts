import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/app-config';
import { CountyPictureService } from '../../src/county-picture/county-picture.service';
import { Round } from '../../src/rounds/round.entity';
import { TrendsService } from '../../src/trends/trends.service';
import type { Result } from './result';
import { formatTiming, time } from './stats';

/** One hand-written aggregate: each approved assessment's latest submission, its risks counted by area and level. */
const BASELINE_SQL = {
  sqlite: `SELECT json_extract(r.value, '$.area') AS area, json_extract(r.value, '$.level') AS level, COUNT(*) AS n
    FROM assessment a
    JOIN assessment_submission s ON s.assessment_id = a.id
      AND s.number = (SELECT MAX(s2.number) FROM assessment_submission s2 WHERE s2.assessment_id = a.id)
    JOIN json_each(s.document, '$.observedRisks') r
    WHERE a.round_id = ? AND a.status = 'approved'
    GROUP BY area, level`,
  postgres: `SELECT r->>'area' AS area, r->>'level' AS level, COUNT(*) AS n
    FROM assessment a
    JOIN assessment_submission s ON s.assessment_id = a.id
      AND s.number = (SELECT MAX(s2.number) FROM assessment_submission s2 WHERE s2.assessment_id = a.id)
    CROSS JOIN LATERAL jsonb_array_elements((s.document)::jsonb -> 'observedRisks') r
    WHERE a.round_id = $1 AND a.status = 'approved'
    GROUP BY 1, 2`,
};

/**
 * What any picture must do at least: read the latest submitted document of every assessment of the round, and parse
 * it (the previous round is compared through the figures read model, without its documents).
 */
const DOCUMENTS_SQL = `SELECT s.document AS document FROM assessment a
  JOIN assessment_submission s ON s.assessment_id = a.id
    AND s.number = (SELECT MAX(s2.number) FROM assessment_submission s2 WHERE s2.assessment_id = a.id)
  WHERE a.round_id = __ROUND__`;

/**
 * The county picture of the county's newest round, against the hand-written aggregate over the same database; and the
 * picture of its second round against its newest, which shows whether the cost grows with history.
 */
export async function pictureBenchmark(databaseUrl: string, runs: number): Promise<Result[]> {
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' })),
    { logger: ['error'] },
  );
  try {
    const dataSource = context.get(DataSource);
    const pictures = context.get(CountyPictureService);
    const counties = await dataSource
      .getRepository(Round)
      .createQueryBuilder('r')
      .select('r.county_code', 'county')
      .addSelect('COUNT(*)', 'n')
      .groupBy('r.county_code')
      .orderBy('r.county_code')
      .getRawMany<{ county: string; n: string }>();
    const county = counties.find((c) => c.county === '14')?.county ?? counties[0]?.county;
    if (!county) throw new Error('No rounds in the database: run npm run bench:data first');
    const rounds = await dataSource
      .getRepository(Round)
      .find({ where: { countyCode: county }, order: { periodStart: 'ASC' } });
    const newest = rounds[rounds.length - 1]!;
    const early = rounds[Math.min(1, rounds.length - 1)]!;
    const kind = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    const picture = await time(() => pictures.build(newest, 'approved'), runs);
    const baseline = await time(() => dataSource.query(BASELINE_SQL[kind], [newest.id]), runs);
    const documentsSql = DOCUMENTS_SQL.replace('__ROUND__', kind === 'postgres' ? '$1' : '?');
    const documents = await time(async () => {
      const rows: { document: string }[] = await dataSource.query(documentsSql, [newest.id]);
      return rows.map((r) => JSON.parse(r.document) as unknown);
    }, runs);
    const earlyPicture = await time(() => pictures.build(early, 'approved'), runs);
    const trends = context.get(TrendsService);
    const trend = await time(() => trends.ofCounty(county, { include: 'approved' }), runs);
    const earlyTrend = await time(() => trends.ofCounty(county, { include: 'approved' }, early), runs);
    const label = `county ${county}, ${rounds.length} rounds`;
    return [
      {
        name: `county picture (${label})`,
        database: kind,
        subject: formatTiming(picture),
        baseline: formatTiming(baseline),
        target: '≤ 2',
        baselineName: 'one SQL aggregate over the same rows',
        ratio: picture.median / baseline.median,
      },
      {
        name: `county picture (${label})`,
        database: kind,
        subject: formatTiming(picture),
        baseline: formatTiming(documents),
        target: '—',
        baselineName: 'reading and parsing the documents it counts (its floor)',
        ratio: picture.median / documents.median,
      },
      {
        name: `trend of every area over ${rounds.length} rounds (${label})`,
        database: kind,
        subject: formatTiming(trend),
        baseline: formatTiming(picture),
        target: '≤ 3',
        baselineName: 'the county picture of one round',
        ratio: trend.median / picture.median,
      },
      {
        name: `trend over ${rounds.length} rounds against the trend up to round 2 (${label})`,
        database: kind,
        subject: formatTiming(trend),
        baseline: formatTiming(earlyTrend),
        target: '—',
        baselineName: 'the same trend over 2 rounds',
        ratio: trend.median / earlyTrend.median,
      },
      {
        name: `county picture of round ${rounds.length} against round 2 (${label})`,
        database: kind,
        subject: formatTiming(picture),
        baseline: formatTiming(earlyPicture),
        target: 'about 1',
        baselineName: 'the same picture of round 2',
        ratio: picture.median / earlyPicture.median,
      },
    ];
  } finally {
    await context.close();
  }
}
