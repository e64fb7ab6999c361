import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  new Logger('Lägesbild').log(`Listening on http://${config.HOST}:${config.PORT}`);
}

void main();
