/**
 * How long before a scheduled window starts every element begins to warn.
 *
 * vets-website disagrees with itself: its app-level DowntimeNotification
 * warns 1 hour ahead, its sign-in banner 2 hours ahead. We follow the VA
 * design system's maintenance-banner guidance instead, which publishes the
 * "upcoming" message at least 12 hours ahead: a Veteran who starts a long
 * form in the evening learns of overnight maintenance before they begin,
 * and one number serves the banner, the status page and the feeds. Hosts
 * can pass another value as `leadTimeMs`.
 */
export const UPCOMING_LEAD_TIME_MS = 12 * 60 * 60 * 1000;

/**
 * How old data may be before it is stale: five minutes is five missed
 * polls at the default interval, long after vets-api's own 60-second
 * cache has turned over.
 */
export const STALE_AFTER_MS = 5 * 60 * 1000;

/** Default poll interval: vets-api caches PagerDuty for 60 seconds. */
export const DEFAULT_INTERVAL_MS = 60 * 1000;

/** How far back ended notices stay in `snapshot.history`. */
export const HISTORY_MS = 90 * 24 * 60 * 60 * 1000;
