import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Matches,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** `true` and `false` as booleans; anything else stays as it is, for the check to refuse. */
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Every setting of the application, read from the environment once at boot and validated. */
export class AppConfig {
  /** Unset: the SQLite file ./data/lagesbild.sqlite. `sqlite:<path>` or `postgres://…` otherwise. */
  @IsOptional()
  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<path> or postgres://…',
  })
  DATABASE_URL?: string;

  @IsString()
  HOST: string = '127.0.0.1';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  /** Secret that signs access tokens; a random one is made per process when unset (tokens then end with it). */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  TOKEN_TTL_SECONDS: number = 8 * 3600;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsString()
  REPORTS_DIR: string = './reports';

  @Matches(/^\d+(kb|mb)$/, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT: string = '1mb';

  /** The SMTP server reminders are sent through, e.g. `smtp://user:pass@mail.example:587`; unset: no e-mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be smtp://… or smtps://…' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM: string = 'Lägesbild <noreply@lagesbild.local>';

  /** The address users reach the site on, for links in e-mail. */
  @Matches(/^https?:\/\/.+/, { message: 'PUBLIC_URL must be http://… or https://…' })
  PUBLIC_URL: string = 'http://127.0.0.1:3000';

  /** How often due reminders are looked for and sent; 0 turns the schedule off (sending now still works). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  REMINDER_INTERVAL_SECONDS: number = 300;

  /** Login attempts per minute from one address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT: number = 20;

  /**
   * Joins of dialogue forums per minute from one address: a hall full of phones may share one address, so this is
   * high; each forum takes at most 1,000 participants besides.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FORUM_JOIN_RATE_LIMIT: number = 600;

  /** Live streams (presenter views, phones, group rooms) one instance keeps open at once; more wait with 503. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FORUM_MAX_STREAMS: number = 2000;

  /** Requests per minute of one forum participant (answers and reads of the open poll). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FORUM_PARTICIPANT_RATE_LIMIT: number = 60;

  /**
   * Failed sign-ins in a row for one e-mail address from one source address before each further attempt has to wait
   * (15 s, then doubling), never longer than LOGIN_MAX_DELAY_MINUTES. Other addresses are not held up.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES: number = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_DELAY_MINUTES: number = 15;

  /** Days an invitation's link works. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  INVITATION_DAYS: number = 7;

  /** Minutes a password-reset link works. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_MINUTES: number = 60;

  /** The organisation's OpenID provider for single sign-on (e.g. `https://login.microsoftonline.com/<tenant>/v2.0`). */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'OIDC_ISSUER must be http://… or https://…' })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** The claim that carries the e-mail address; `email` counts only with `email_verified: true`. */
  @Matches(/^[\w.:-]{1,100}$/, { message: 'OIDC_EMAIL_CLAIM must be a claim name' })
  OIDC_EMAIL_CLAIM: string = 'email';

  @Matches(/^[\w.:/-]+( [\w.:/-]+)*$/, { message: 'OIDC_SCOPES must be scope names separated by spaces' })
  OIDC_SCOPES: string = 'openid email profile';

  /** `true`: admins must sign in with an authenticator app (TOTP) besides their password, and set one up first. */
  @Transform(toBoolean)
  @IsIn([true, false], { message: 'REQUIRE_TOTP_FOR_ADMINS must be true or false' })
  REQUIRE_TOTP_FOR_ADMINS: boolean = false;

  /** A page session ends after this many minutes without a request. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES: number = 30;

  /** A page session ends this many hours after sign-in, however active. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_MAX_HOURS: number = 12;

  /**
   * The reverse proxies in front of the service, whose X-Forwarded-For and X-Forwarded-Proto are believed: a hop
   * count (`1`) or addresses and subnets (`10.0.0.2, 10.1.0.0/16`, `loopback`). Unset: none, the client is the peer.
   */
  @IsOptional()
  @Matches(/^(\d{1,2}|[\w.:/-]+(\s*,\s*[\w.:/-]+)*)$/, {
    message: 'TRUST_PROXY must be a hop count or a comma-separated list of addresses or subnets',
  })
  TRUST_PROXY?: string;

  /** `auto`: session cookies are Secure when the request came over HTTPS (as the trusted proxy says); `always`. */
  @IsIn(['auto', 'always'], { message: 'COOKIE_SECURE must be auto or always' })
  COOKIE_SECURE: 'auto' | 'always' = 'auto';

  /** Workbook uploads read at once, each in a worker thread of its own, and how many more may wait. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  UPLOAD_WORKERS: number = 2;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  UPLOAD_QUEUE: number = 4;

  /** Reports (PDF and Excel) drawn at once in worker threads, and how many more may wait. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  RENDER_WORKERS: number = 1;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  RENDER_QUEUE: number = 8;

  /** Unfinished archive exports one user may have; a county (or the whole country) has at most one. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ARCHIVE_MAX_PER_USER: number = 2;

  /** Minutes between two reminders sent now for one round. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  REMINDER_COOLDOWN_MINUTES: number = 60;

  /** How long a claim on background work lasts without renewal; an instance that died loses its work after this. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  JOB_LEASE_SECONDS: number = 30;

  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';
}

export class ConfigError extends Error {}

/** Express's `trust proxy` setting: off, a hop count, or the proxies' addresses. */
export function trustProxySetting(config: AppConfig): false | number | string {
  const value = config.TRUST_PROXY;
  if (value === undefined) return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Reads and validates the configuration; throws one error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat([
    'DATABASE_URL',
    'JWT_SECRET',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
    'SMTP_URL',
    'TRUST_PROXY',
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
  ]);
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config);
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}

export const DEMO_ADMIN = { email: 'admin@lagesbild.demo', password: 'lagesbild-demo-admin' };

/** The demo's configuration: the same variables, with a known first admin unless others are set. */
export function loadDemoConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  return loadConfig({ ADMIN_EMAIL: DEMO_ADMIN.email, ADMIN_PASSWORD: DEMO_ADMIN.password, ...env });
}
