/**
 * When to ask a source again: the interval on success, a capped
 * exponential backoff on failure, never sooner than the server asked.
 */

/**
 * The longest `Retry-After` we obey. A misconfigured proxy that says "come
 * back tomorrow" must not silence a status banner for a day; an hour keeps
 * us polite without going blind.
 */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

export interface DelayPlan {
  intervalMs: number;
  maxBackoffMs: number;
  /** Spread as a fraction of the delay, e.g. 0.1 for ±10%. */
  jitter: number;
  /** Failures in a row, 0 after a success. */
  failures: number;
  /** What the server asked for in `Retry-After`, if anything. */
  retryAfterMs: number | null;
}

/**
 * How long to wait before the next request.
 *
 * Jitter spreads the many pages that loaded together (or that all lost
 * the server at once) so that they do not come back in step.
 */
export function nextDelay(plan: DelayPlan, random: () => number): number {
  const {intervalMs, maxBackoffMs, jitter, failures} = plan;
  const spread = 1 + jitter * (2 * random() - 1);
  let delay: number;
  if (failures === 0) {
    delay = intervalMs * spread;
  } else {
    const backoff = Math.min(intervalMs * 2 ** failures, maxBackoffMs);
    delay = Math.min(backoff * spread, maxBackoffMs);
  }

  const asked = Math.min(plan.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
  return Math.max(0, Math.round(Math.max(delay, asked)));
}

/**
 * Reads `Retry-After`, which is either whole seconds or an HTTP date. A
 * date is measured against the server's own clock (`serverNow`, from its
 * `Date` header when it sent one) so that our clock's error cancels out.
 */
export function parseRetryAfter(
  value: string | null,
  serverNow: number
): number | null {
  const text = value?.trim();
  if (!text) return null;

  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - serverNow);
}
