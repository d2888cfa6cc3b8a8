/** Seconds to wait after the n-th failed attempt: quick at first (a receiver restarting), then hourly. */
const DELAYS = [10, 30, 120, 600, 1800];
const MAX_DELAY = 3600;
/** A delivery still failing this long after its event was fanned out is given up and says so. */
const GIVE_UP_AFTER_SECONDS = 3 * 24 * 3600;

export function retryDelay(failedAttempts: number): number {
  return DELAYS[failedAttempts - 1] ?? MAX_DELAY;
}

/** When to try again after a failure, or null when the next try would fall past the give-up age. */
export function nextAttemptAfterFailure(d: { attempts: number; createdAt: number }, now: number): number | null {
  const next = now + retryDelay(d.attempts);
  return next - d.createdAt > GIVE_UP_AFTER_SECONDS ? null : next;
}
