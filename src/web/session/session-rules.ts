import { timingSafeEqual } from 'node:crypto';

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionLimits {
  idleMinutes: number;
}

/** A session lives until its absolute end and only while it is used at least every `idleMinutes`. */
export function isSessionActive(session: SessionTimes, now: Date, limits: SessionLimits): boolean {
  if (now.getTime() >= session.expiresAt.getTime()) return false;
  return now.getTime() - session.lastSeenAt.getTime() < limits.idleMinutes * 60_000;
}

/**
 * Whether `lastSeenAt` is worth a write: at most one per minute per session, and often enough that a session in use is
 * never taken for idle (a tenth of the idle limit, when that is shorter).
 */
export function needsTouch(session: SessionTimes, now: Date, limits: SessionLimits): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= Math.min(60_000, limits.idleMinutes * 6_000);
}

/** Seconds of the idle limit before which the pages warn that the session is about to end: half, five minutes at most. */
export function warningLeadSeconds(limits: SessionLimits): number {
  return Math.min(300, (limits.idleMinutes * 60) / 2);
}

/** Constant-time comparison of a submitted CSRF token with the expected one. */
export function tokensMatch(expected: string, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || expected === '') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
