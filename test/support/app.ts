import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { ManualClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';

export const ADMIN = { email: 'admin@lansstyrelsen.test', password: 'admin-password-for-tests' };

/** Real time, moved on by `advance` (and so past cooldowns and sessions) like a manual clock. */
export class TickingClock extends ManualClock {
  private offset = 0;

  constructor() {
    super(new Date());
  }

  override now(): Date {
    return new Date(Date.now() + this.offset);
  }

  override advance(ms: number): void {
    this.offset += ms;
  }
}

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  clock: ManualClock;
  close(): Promise<void>;
}

/** Boots the real application on a real port of 127.0.0.1 against the given database. */
export async function startApp(
  databaseUrl: string,
  options: { clock?: ManualClock; env?: Record<string, string>; port?: number } = {},
): Promise<RunningApp> {
  const clock = options.clock ?? new ManualClock(new Date('2026-03-10T09:00:00Z'));
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'a-test-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'error',
    ...options.env,
  });
  const app = await createApp(config, { clock });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, clock, close: () => app.close() };
}

/** A small HTTP client over supertest that remembers a bearer token. */
export class Api {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  private auth<T extends request.Test>(test: T): T {
    if (this.token) void test.set('Authorization', `Bearer ${this.token}`);
    return test;
  }

  get(path: string) {
    return this.auth(request(this.url).get(path));
  }

  post(path: string, body: object = {}) {
    return this.auth(request(this.url).post(path).send(body));
  }

  patch(path: string, body: object) {
    return this.auth(request(this.url).patch(path).send(body));
  }

  put(path: string, body: object) {
    return this.auth(request(this.url).put(path).send(body));
  }

  /** A multipart PUT of one file in field `field`. */
  upload(path: string, field: string, content: Buffer, fileName = 'bedomning.xlsx') {
    return this.auth(request(this.url).put(path).attach(field, content, fileName));
  }

  /** The raw bytes of a download. */
  async download(path: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const response = await this.auth(request(this.url).get(path))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    return {
      status: response.status,
      headers: response.headers,
      body: response.body as Buffer,
    };
  }

  async login(email: string, password: string): Promise<Api> {
    const response = await request(this.url).post('/api/auth/login').send({ email, password });
    if (response.status !== 200)
      throw new Error(`login of ${email} failed: ${response.status} ${response.text}`);
    return new Api(this.url, (response.body as { accessToken: string }).accessToken);
  }
}
