import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { AppModule } from '../../src/app.module';
import { AssessmentWorkflowService } from '../../src/assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import type { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import { completeDocument } from './documents';
import { RoundsService } from '../../src/rounds/rounds.service';
import type { Actor } from '../../src/access/actor';
import { UsersService } from '../../src/users/users.service';

export const SYSTEM_ADMIN: Actor = { id: 'system', role: 'admin', countyCode: null, municipalityCode: null };

/** Creates a round of Kronoberg (by default the spring of 2026) through the service and opens it; returns its id. */
export async function openServiceRound(
  context: INestApplicationContext,
  deadline = '2026-03-31',
  period = { periodStart: '2026-01-01', periodEnd: '2026-04-30' },
): Promise<string> {
  const rounds = context.get(RoundsService);
  const round = await rounds.create(SYSTEM_ADMIN, { countyCode: '07', title: 'Omgång', ...period, deadline });
  await rounds.move(SYSTEM_ADMIN, round.id, 'open');
  return round.id;
}

/** Creates a reporter of the municipality through the service; returns them as an actor. */
export async function serviceReporter(
  context: INestApplicationContext,
  municipalityCode: string,
  email = `r${municipalityCode}@k.test`,
): Promise<Actor> {
  const created = await context.get(UsersService).create(null, {
    email,
    name: 'R',
    password: 'a-good-long-password',
    role: 'reporter',
    municipalityCode,
  });
  return { id: created.id, role: 'reporter', countyCode: '07', municipalityCode };
}

/** Creates Kronoberg's analyst through the service; returns them as an actor. */
export async function serviceAnalyst(context: INestApplicationContext): Promise<Actor> {
  const created = await context.get(UsersService).create(null, {
    email: 'a@lst.test',
    name: 'Analytiker',
    password: 'a-good-long-password',
    role: 'analyst',
    countyCode: '07',
  });
  return { id: created.id, role: 'analyst', countyCode: '07', municipalityCode: null };
}

/** The whole application without HTTP, on the test database, at the clock's time; `env` adds settings. */
export function startServiceContext(
  databaseUrl: string,
  clock: Clock,
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    AppModule.forRoot(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ...env }), { clock }),
    { logger: ['error'] },
  );
}

/** Saves the complete test document as the municipality's draft and submits it, through the workflow. */
export async function submitComplete(
  context: INestApplicationContext,
  reporter: Actor,
  roundId: string,
): Promise<void> {
  const workflow = context.get(AssessmentWorkflowService);
  const code = reporter.municipalityCode ?? '';
  const saved = await workflow.save(
    reporter,
    roundId,
    code,
    plainToInstance(AssessmentDocumentDto, completeDocument(0)),
  );
  await workflow.submit(reporter, roundId, code, saved.version);
}
