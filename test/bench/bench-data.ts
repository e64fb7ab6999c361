import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import type { PlannedMeasure } from '../../src/assessments/assessment-document';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { ManualClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import { GeographyService } from '../../src/geography/geography.service';
import { RoundsService } from '../../src/rounds/rounds.service';
import { actorOf } from '../../src/access/actor';
import { UsersService } from '../../src/users/users.service';
import { benchDocument } from './bench-document';

/** How much data: `tiny` keeps CI quick, `county` is Västra Götaland, `national` all 21 counties. */
export const SCALES = {
  tiny: { counties: ['07'], rounds: 3 },
  county: { counties: ['14'], rounds: 40 },
  national: { counties: null, rounds: 40 },
} as const;
export type Scale = keyof typeof SCALES;

const PASSWORD = 'bench-password-long-enough';
const pad = (n: number) => String(n).padStart(2, '0');

/** Quarter `i` from 2016: its first and last day. */
function quarter(i: number): { start: string; end: string } {
  const year = 2016 + Math.floor(i / 4);
  const q = i % 4;
  const lastDay = [31, 30, 30, 31][q]!;
  return { start: `${year}-${pad(q * 3 + 1)}-01`, end: `${year}-${pad(q * 3 + 3)}-${lastDay}` };
}

/**
 * Writes ten years of quarterly rounds through the same services the API uses (so the rows are the product's own):
 * every municipality answers, submits and is approved in every round, with follow-ups of its previous plans.
 */
export async function generate(databaseUrl: string, scale: Scale, log: (line: string) => void = () => {}) {
  const clock = new ManualClock(new Date('2016-01-05T08:00:00Z'));
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' }), { clock }),
    { logger: ['error'] },
  );
  const started = Date.now();
  try {
    const dataSource = context.get(DataSource);
    const sqlite = dataSource.options.type === 'better-sqlite3';
    // Generation only: the product itself always commits with synchronous=FULL.
    if (sqlite) await dataSource.query('PRAGMA synchronous = OFF');
    const users = context.get(UsersService);
    const rounds = context.get(RoundsService);
    const workflow = context.get(AssessmentWorkflowService);
    const geography = context.get(GeographyService);
    if (
      (await rounds.list({ id: 'bench', role: 'admin', countyCode: null, municipalityCode: null }, undefined))
        .length > 0
    )
      throw new Error('The database already has rounds; generate into an empty one');
    const countyCodes = SCALES[scale].counties ?? (await geography.listCounties()).map((c) => c.code);
    let written = 0;
    for (const countyCode of countyCodes) {
      const municipalities = await geography.municipalitiesOfCounty(countyCode);
      const staff = async (role: 'coordinator' | 'analyst') =>
        actorOf(
          await users.create(null, {
            email: `${role}.${countyCode}@bench.test`,
            name: `${role} ${countyCode}`,
            password: PASSWORD,
            role,
            countyCode,
          }),
        );
      const coordinator = await staff('coordinator');
      const analyst = await staff('analyst');
      const reporters = new Map<string, ReturnType<typeof actorOf>>();
      for (const m of municipalities) {
        reporters.set(
          m.code,
          actorOf(
            await users.create(null, {
              email: `reporter.${m.code}@bench.test`,
              name: `Rapportör ${m.name}`,
              password: PASSWORD,
              role: 'reporter',
              municipalityCode: m.code,
            }),
          ),
        );
      }
      const planned = new Map<string, PlannedMeasure[]>();
      for (let i = 0; i < SCALES[scale].rounds; i += 1) {
        const { start, end } = quarter(i);
        clock.set(new Date(`${start}T08:00:00Z`));
        const round = await rounds.create(coordinator, {
          countyCode,
          title: `Lägesbild ${start.slice(0, 4)} kvartal ${(i % 4) + 1}`,
          periodStart: start,
          periodEnd: end,
          deadline: end,
        });
        await rounds.move(coordinator, round.id, 'open');
        const answer = async (m: { code: string; name: string }) => {
          const reporter = reporters.get(m.code)!;
          const document = benchDocument(m, i, planned.get(m.code) ?? []);
          const saved = await workflow.save(reporter, round.id, m.code, document);
          await workflow.submit(reporter, round.id, m.code, saved.version);
          await workflow.approve(analyst, round.id, m.code);
          planned.set(m.code, saved.plannedMeasures);
          written += 1;
        };
        const parallel = sqlite ? 1 : 8;
        for (let k = 0; k < municipalities.length; k += parallel) {
          await Promise.all(municipalities.slice(k, k + parallel).map(answer));
        }
        clock.set(new Date(`${end}T20:00:00Z`));
        await rounds.move(coordinator, round.id, 'close');
      }
      log(`county ${countyCode}: ${municipalities.length} municipalities × ${SCALES[scale].rounds} rounds`);
    }
    if (sqlite) await dataSource.query('PRAGMA synchronous = FULL');
    return { assessments: written, seconds: (Date.now() - started) / 1000 };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'county' }, database: { type: 'string' } },
  });
  const scale = values.scale as Scale;
  if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const database = values.database ?? process.env.DATABASE_URL ?? `sqlite:./data/bench-${scale}.sqlite`;
  const result = await generate(database, scale, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(
    `${result.assessments} assessments (each 12 risks, 10 measures, 6 plans, 4 risks ahead) in ${result.seconds.toFixed(1)} s into ${database.replace(/\/\/[^@]*@/, '//…@')}\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
