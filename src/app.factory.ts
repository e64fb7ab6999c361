import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { AppModule, AppOptions } from './app.module';
import { bodyShapeLimit } from './common/body-shape.middleware';
import { DomainErrorFilter } from './common/domain-error.filter';
import { TextSafetyPipe } from './common/text-safety.pipe';
import { createValidationPipe } from './common/validation';
import { AppConfig, trustProxySetting } from './config/app-config';
import { ASSETS_DIR } from './config/paths';
import { configureViews } from './web/view-engine';
import { Clock } from './common/clock';
import { webContext } from './web/web-context';

/** Scripts and styles only from this site; no inline script. Inline style attributes stay allowed for chart SVG. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  upgradeInsecureRequests: null,
};

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug'];

export async function createApp(
  config: AppConfig,
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1),
  });
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(config));
  app.use(helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } }));
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false, parameterLimit: 5000 });
  app.use(bodyShapeLimit());
  app.use(cookieParser());
  app.useStaticAssets(ASSETS_DIR, { prefix: '/assets/', maxAge: '1h', index: false });
  // Every answer but the static assets belongs to someone signed in, or carries a CSRF token: never stored.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(webContext(app.get(Clock)));
  configureViews(app);
  app.useGlobalPipes(new TextSafetyPipe(), createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Lägesbild API')
    .setDescription('Kommunernas bedömningar av social risk och länets lägesbild')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
