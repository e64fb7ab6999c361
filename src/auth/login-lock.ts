/**
 * An account answers "too many attempts" after `maxFailures` failed logins within the window that are not followed
 * by a successful one. `events` are the account's login events in the window, oldest first.
 */
export function isLockedOut(events: { action: string }[], maxFailures: number): boolean {
  let failuresSinceSuccess = 0;
  for (const event of events) {
    if (event.action === 'login.success') failuresSinceSuccess = 0;
    else if (event.action === 'login.failure') failuresSinceSuccess += 1;
  }
  return failuresSinceSuccess >= maxFailures;
}
