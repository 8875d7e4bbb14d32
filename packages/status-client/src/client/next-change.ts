/**
 * When a snapshot will change by the passing of time alone, so that a
 * banner appears the minute a window starts even if no poll falls then.
 */

import type {StatusSnapshot} from '../types.js';

export interface TimeRules {
  staleAfterMs: number;
  leadTimeMs: number;
  historyMs: number;
}

/**
 * The first instant after `snapshot.at` at which resolving the same data
 * again could give another answer, or null if nothing is pending:
 *
 * - a notice enters the lead time, starts or ends;
 * - an ended notice leaves the history window;
 * - a source's data turns stale.
 *
 * Some of these instants change nothing (a notice already announced, say);
 * resolving once too often costs less than missing a change.
 */
export function nextChangeAt(
  snapshot: StatusSnapshot,
  rules: TimeRules
): number | null {
  const now = Date.parse(snapshot.at);
  const instants: number[] = [];

  for (const notice of snapshot.notices) {
    const startsAt = Date.parse(notice.startsAt);
    instants.push(startsAt - rules.leadTimeMs, startsAt);
    if (notice.endsAt) instants.push(Date.parse(notice.endsAt));
  }

  for (const notice of snapshot.history) {
    if (notice.endsAt) {
      instants.push(Date.parse(notice.endsAt) + rules.historyMs);
    }
  }

  for (const source of snapshot.sources) {
    if (source.checkedAt && source.freshness === 'fresh') {
      instants.push(Date.parse(source.checkedAt) + rules.staleAfterMs);
    }
  }

  let next: number | null = null;
  for (const instant of instants) {
    if (instant > now && (next === null || instant < next)) next = instant;
  }
  return next;
}
