/**
 * Reading timestamps for the merge, with the parsers' strict rules: a
 * string without a zone would mean local time, and the same inputs must
 * give the same snapshot in every time zone.
 */

import {normaliseIsoTime} from '../parse/iso-time.js';

/**
 * Milliseconds since the epoch for an ISO 8601 date-time with a zone, or
 * `null` for anything else, including impossible dates such as February 30
 * that `Date.parse` would quietly roll over into March.
 */
export function toInstant(value: string | null | undefined): number | null {
  if (typeof value !== 'string') {
    return null;
  }

  const normalised = normaliseIsoTime(value);
  return normalised === null ? null : Date.parse(normalised);
}

/** The `now` option as milliseconds, or `null` if it names no instant. */
export function nowToInstant(now: Date | number | string): number | null {
  if (now instanceof Date) {
    const time = now.getTime();
    return Number.isFinite(time) ? time : null;
  }

  if (typeof now === 'number') {
    return Number.isFinite(now) ? now : null;
  }

  return toInstant(now);
}
