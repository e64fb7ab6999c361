import { createHash } from 'node:crypto';

/** How far failed sign-ins are let go: a few free, then growing waits, never longer than the cap. */
export interface ThrottleLimits {
  freeFailures: number;
  maxDelaySeconds: number;
}

/** The failures in a row of one e-mail address from one source address. */
export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

/** After a day without a failure, the count starts over. */
export const THROTTLE_MEMORY_MS = 24 * 3_600_000;
const FIRST_DELAY_SECONDS = 15;

/**
 * The bucket a sign-in attempt counts in: the e-mail address typed (known to the service or not) together with the
 * address it came from. A guesser elsewhere never makes the real user wait; known and unknown accounts count alike.
 */
export function throttleKey(email: string, sourceAddress: string): string {
  return createHash('sha256').update(`${email.trim().toLowerCase()}\n${sourceAddress}`).digest('hex');
}

/** Seconds to wait after the n-th failure in a row: none for the free ones, then 15 s doubling, up to the cap. */
export function delayAfterFailures(failures: number, limits: ThrottleLimits): number {
  if (failures < limits.freeFailures) return 0;
  return Math.min(limits.maxDelaySeconds, FIRST_DELAY_SECONDS * 2 ** (failures - limits.freeFailures));
}

/** The failures that still count at `now`: none once a day has passed since the last. */
export function failuresSoFar(state: ThrottleState | null, now: Date): number {
  if (!state || now.getTime() - state.lastFailureAt.getTime() >= THROTTLE_MEMORY_MS) return 0;
  return state.failures;
}

/** Whole seconds until the next attempt may be tried; 0 when it may be tried now. */
export function secondsToWait(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000));
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleState {
  const failures = failuresSoFar(state, now) + 1;
  const delay = delayAfterFailures(failures, limits);
  return {
    failures,
    lastFailureAt: now,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
  };
}
