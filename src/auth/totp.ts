import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** Authenticator-app codes: RFC 6238 with the settings every app understands (SHA-1, 6 digits, 30 seconds). */
const PERIOD_SECONDS = 30;
const ISSUER = 'Lägesbild';
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const totpOf = (secret: string, label = '') =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new random secret (160 bits), base32 as the apps take it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The address an authenticator app reads from the QR code. */
export const totpUri = (secret: string, email: string): string => totpOf(secret, email).toString();

/**
 * The time step of a code that matches now or one step either side (a clock a little off still works), or null. A
 * step at or before `lastStep` is refused: a code works once.
 */
export function acceptedStep(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The current code, for tests and for the enrolment check in the same process. */
export const currentCode = (secret: string, now: Date): string =>
  totpOf(secret).generate({ timestamp: now.getTime() });

/** Ten one-time recovery codes such as `k7pq-3mzt`, shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  const part = () =>
    Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${part()}-${part()}`);
}

export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(code.trim().toLowerCase().replace(/[\s-]/g, '')).digest('hex');

/** The hashes left once `code` is used, or null when it is none of them. */
export function withoutRecoveryCode(hashes: string[], code: string): string[] | null {
  const hash = hashRecoveryCode(code);
  return hashes.includes(hash) ? hashes.filter((h) => h !== hash) : null;
}

/** Whether a code looks like a recovery code rather than an app's six digits. */
export const isRecoveryCode = (code: string): boolean => /^[a-z0-9]{4}-?[a-z0-9]{4}$/i.test(code.trim());
