/**
 * Strict ISO 8601 times. Every source we read writes full date-times with
 * seconds and an explicit offset (`Z`, `+00:00`, or a Statuspage page's
 * `-04:00`). We accept exactly that and return the instant in UTC as
 * `toISOString()` writes it, so later code compares strings it can trust.
 *
 * `Date.parse` alone is not enough: it rolls `2026-02-30` over to March and
 * reads a time without offset as local time, which would shift a window by
 * the viewer's time zone.
 */

import {fail, isAbsent} from './json-reader.js';
import type {JsonValue} from './json-reader.js';

/**
 * The accepted shape, shared with the notice feed's JSON Schema. Upper
 * case `T` and `Z` only; seconds required; up to nine fraction digits.
 */
export const ISO_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?' +
  '(Z|[+-]\\d{2}:\\d{2})$';

/** A calendar day, `YYYY-MM-DD`. */
export const ISO_DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** `ISO_TIME_PATTERN` with its parts captured. */
const TIME_PARTS = new RegExp(
  '^(\\d{4})-(\\d{2})-(\\d{2})' +
    'T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?' +
    '(?:Z|([+-])(\\d{2}):(\\d{2}))$'
);

const DAY_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years outside this range are typos, not status data. */
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

const EXPECTED_TIME =
  'an ISO 8601 date-time with seconds and an offset ' +
  '(2026-12-08T02:00:00Z or 2026-12-07T21:00:00-05:00)';

const EXPECTED_DAY = 'a calendar day as YYYY-MM-DD';

/**
 * Returns the instant `text` names as a UTC ISO string, or `null` when
 * `text` is not a real time in the accepted shape.
 */
export function normaliseIsoTime(text: string): string | null {
  const parts = TIME_PARTS.exec(text);
  if (!parts) {
    return null;
  }

  const [, year, month, day, hour, minute, second, fraction] = parts;
  const [sign, offsetHours, offsetMinutes] = parts.slice(8);
  const wallClock = utcMillis(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second)
  );
  if (wallClock === null) {
    return null;
  }

  const offset = offsetMillis(sign, offsetHours, offsetMinutes);
  if (offset === null) {
    return null;
  }

  // Sub-millisecond digits are dropped: no source means anything by them.
  const millis = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  return new Date(wallClock + millis - offset).toISOString();
}

/** Whether `text` is a real calendar day written as `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  const parts = DAY_PARTS.exec(text);
  if (!parts) {
    return false;
  }
  const [, year, month, day] = parts;
  return utcMillis(Number(year), Number(month), Number(day), 0, 0, 0) !== null;
}

/** Reads a required time and normalises it to UTC. */
export function readTime(value: JsonValue): string {
  const candidate = value.value;
  const normalised =
    typeof candidate === 'string' && candidate.length <= 40
      ? normaliseIsoTime(candidate)
      : null;

  if (normalised === null) {
    fail(value.path, EXPECTED_TIME);
  }
  return normalised;
}

/** A time, or `null` when the member is missing or null. */
export function readOptionalTime(value: JsonValue): string | null {
  return isAbsent(value) ? null : readTime(value);
}

export function readDay(value: JsonValue): string {
  const candidate = value.value;
  if (typeof candidate !== 'string' || !isIsoDay(candidate)) {
    fail(value.path, EXPECTED_DAY);
  }
  return candidate;
}

/**
 * Milliseconds since the epoch for a wall-clock time read as UTC, or
 * `null` if any field is out of range. The round trip through `Date`
 * catches days a month does not have (February 30, April 31).
 */
function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number
): number | null {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return null;
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return null;
  }

  const millis = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(millis);
  const roundTrips =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return roundTrips ? millis : null;
}

function offsetMillis(
  sign: string | undefined,
  hours: string | undefined,
  minutes: string | undefined
): number | null {
  if (sign === undefined) {
    return 0;
  }

  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) {
    return null;
  }
  return (sign === '-' ? -1 : 1) * (h * 60 + m) * 60_000;
}
