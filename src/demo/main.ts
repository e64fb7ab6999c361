import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApp } from '../app.factory';
import { AppModule } from '../app.module';
import { ManualClock } from '../common/clock';
import { loadDemoConfig } from '../config/app-config';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITIES, DEMO_PASSWORD } from './demo-content';
import { seedDemo } from './demo-seed';
import { PageSettings } from '../web/page-settings';

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
  const pages = new PageSettings([
    { role: 'admin', email: config.ADMIN_EMAIL ?? '', password: config.ADMIN_PASSWORD ?? '' },
    { role: 'coordinator', email: DEMO_ACCOUNTS.coordinator.email, password: DEMO_PASSWORD },
    { role: 'analyst', email: DEMO_ACCOUNTS.analyst.email, password: DEMO_PASSWORD },
    ...DEMO_MUNICIPALITIES.map((m) => ({
      role: 'reporter',
      email: DEMO_ACCOUNTS.reporter(m.slug),
      password: DEMO_PASSWORD,
      note: m.name,
    })),
  ]);
  const app = await createApp(config, { pages });
  await app.listen(config.PORT, config.HOST);
  const accounts = [
    `admin        ${config.ADMIN_EMAIL} / ${config.ADMIN_PASSWORD}`,
    `coordinator  ${DEMO_ACCOUNTS.coordinator.email} / ${DEMO_PASSWORD}`,
    `analyst      ${DEMO_ACCOUNTS.analyst.email} / ${DEMO_PASSWORD}`,
    `reporter     ${DEMO_ACCOUNTS.reporter(DEMO_MUNICIPALITIES[6]?.slug ?? 'vaxjo')} / ${DEMO_PASSWORD} (and one per municipality)`,
  ];
  logger.log(
    `Lägesbild demo: open http://${config.HOST}:${config.PORT}/ and sign in (API docs at /api/docs)\n  ${accounts.join('\n  ')}`,
  );
}

main().catch((error: unknown) => {
  new Logger('Demo').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
