/**
 * Safe wrappers around the shared Eastern-time formatting: a timestamp
 * that does not parse gives `null`, never "NaN" on the page.
 */

import type {Language} from '../shared.js';
import {
  easternDay,
  formatEasternDate,
  formatEasternDateTime,
} from '../shared.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch, or `null` for a missing or bad stamp. */
export function instantOf(stamp: string | null | undefined): number | null {
  if (typeof stamp !== 'string' || stamp === '') {
    return null;
  }

  const ms = Date.parse(stamp);
  return Number.isFinite(ms) ? ms : null;
}

/** "Monday, December 7, 2026, at 9:00 p.m. ET", or `null`. */
export function pageDateTime(
  stamp: string | null | undefined,
  language: Language
): string | null {
  const ms = instantOf(stamp);
  return ms === null ? null : formatEasternDateTime(ms, language, 'long');
}

/** A machine-readable value for `<time datetime>`, or `null`. */
export function isoOf(stamp: string | null | undefined): string | null {
  const ms = instantOf(stamp);
  return ms === null ? null : new Date(ms).toISOString();
}

/** `YYYY-MM-DD` of the Eastern day `stamp` falls on, or `null`. */
export function easternDayOf(stamp: string | null | undefined): string | null {
  const ms = instantOf(stamp);
  return ms === null ? null : easternDay(ms);
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a `YYYY-MM-DD` calendar day, or `null`. */
function calendarMs(day: string): number | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) {
    return null;
  }

  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms : null;
}

/**
 * The `count` calendar days that end on `lastDay`, newest first. Pure
 * calendar arithmetic, so daylight-saving changes cannot skip a day.
 */
export function daysEndingOn(lastDay: string, count: number): string[] {
  const last = calendarMs(lastDay);
  if (last === null) {
    return [];
  }

  return Array.from({length: count}, (_, index) =>
    new Date(last - index * DAY_MS).toISOString().slice(0, 10)
  );
}

/** True for a real `YYYY-MM-DD` calendar day. */
export function isCalendarDay(day: string): boolean {
  return calendarMs(day) !== null;
}

/** "Monday, December 7, 2026" for a `YYYY-MM-DD` Eastern day. */
export function calendarDayLabel(day: string, language: Language): string {
  const ms = calendarMs(day);
  if (ms === null) {
    return day;
  }

  // Noon UTC falls on the same calendar day in Eastern Time all year.
  return formatEasternDate(ms + DAY_MS / 2, language, 'long');
}
