import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApp } from '../app.factory';
import { AppModule } from '../app.module';
import { ManualClock } from '../common/clock';
import { loadDemoConfig } from '../config/app-config';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITIES, DEMO_PASSWORD } from './demo-content';
import { seedDemo } from './demo-seed';

/** Seeds the demo county once, then starts the server as `npm start` would. */
async function main(): Promise<void> {
  const config = loadDemoConfig();
  const logger = new Logger('Demo');
  const now = new Date();
  const clock = new ManualClock(now);
  const seeding = await NestFactory.createApplicationContext(AppModule.forRoot(config, { clock }), {
    logger: ['error', 'warn'],
  });
  try {
    const seeded = await seedDemo(seeding, clock, now);
    logger.log(seeded ? 'Seeded the demo county Kronoberg (07)' : 'The demo county was already seeded');
  } finally {
    await seeding.close();
  }
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  const accounts = [
    `admin        ${config.ADMIN_EMAIL} / ${config.ADMIN_PASSWORD}`,
    `coordinator  ${DEMO_ACCOUNTS.coordinator.email} / ${DEMO_PASSWORD}`,
    `analyst      ${DEMO_ACCOUNTS.analyst.email} / ${DEMO_PASSWORD}`,
    `reporter     ${DEMO_ACCOUNTS.reporter(DEMO_MUNICIPALITIES[6]?.slug ?? 'vaxjo')} / ${DEMO_PASSWORD} (and one per municipality)`,
  ];
  logger.log(
    `Lägesbild demo on http://${config.HOST}:${config.PORT} (API docs at /api/docs)\n  ${accounts.join('\n  ')}`,
  );
}

main().catch((error: unknown) => {
  new Logger('Demo').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
