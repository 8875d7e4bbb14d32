/**
 * Uptime per service per Eastern day over the history window. A day with
 * no measurement stays `null` ("No data"): missing data is never shown as
 * a good day.
 */

import type {StatusSnapshot, UptimeRecord} from '@va-auth-status/status-client';
import type {UptimeBand} from '../content/copy.js';
import {daysEndingOn, easternDayOf, isCalendarDay} from './time.js';

/** How many days the history shows, matching the client's 90-day window. */
export const HISTORY_DAYS = 90;

export interface UptimeDay {
  /** `YYYY-MM-DD` in Eastern Time. */
  day: string;
  /** 0 to 1, or `null` when nothing was measured that day. */
  ratio: number | null;
}

export interface UptimeRow {
  serviceId: string;
  label: string;
  /** Newest first, one entry per day in the window. */
  days: UptimeDay[];
  daysWithData: number;
  /** Mean over the days with data, or `null` when there are none. */
  average: number | null;
}

export interface UptimeTable {
  /** Newest first. */
  days: string[];
  rows: UptimeRow[];
  /** True when no service has a single measured day in the window. */
  empty: boolean;
}

/** The colour band of a day; `none` for a day without data. */
export function uptimeBand(ratio: number | null): UptimeBand {
  if (ratio === null) {
    return 'none';
  }
  if (ratio >= 0.999) {
    return 'full';
  }
  return ratio >= 0.99 ? 'minor' : 'major';
}

/**
 * "99.95%": rounded down, so a day with any downtime never reads as
 * 100%.
 */
export function formatPercent(ratio: number, locale: string): string {
  const hundredths = Math.floor(ratio * 10000) / 100;
  const number = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
  }).format(hundredths);
  return `${number}%`;
}

function isUsable(record: UptimeRecord): boolean {
  return (
    typeof record?.serviceId === 'string' &&
    typeof record.day === 'string' &&
    isCalendarDay(record.day) &&
    typeof record.ratio === 'number' &&
    record.ratio >= 0 &&
    record.ratio <= 1
  );
}

/**
 * Ratios keyed by service and day. Two records for the same day keep the
 * lower one: when sources disagree, the page should not look better than
 * the worse of them.
 */
function ratiosByServiceDay(
  records: readonly UptimeRecord[]
): Map<string, number> {
  const ratios = new Map<string, number>();
  for (const record of records) {
    if (!isUsable(record)) {
      continue;
    }

    const key = `${record.serviceId}|${record.day}`;
    const known = ratios.get(key);
    ratios.set(
      key,
      known === undefined ? record.ratio : Math.min(known, record.ratio)
    );
  }
  return ratios;
}

/** The uptime table for `services` over the window ending at `snapshot.at`. */
export function uptimeTable(
  snapshot: StatusSnapshot,
  services: ReadonlyArray<{id: string; label: string}>
): UptimeTable {
  const lastDay = easternDayOf(snapshot.at);
  const days = lastDay === null ? [] : daysEndingOn(lastDay, HISTORY_DAYS);
  const ratios = ratiosByServiceDay(
    Array.isArray(snapshot.uptime) ? snapshot.uptime : []
  );

  const rows = services.map((service): UptimeRow => {
    const serviceDays = days.map((day) => ({
      day,
      ratio: ratios.get(`${service.id}|${day}`) ?? null,
    }));
    const measured = serviceDays.flatMap((entry) =>
      entry.ratio === null ? [] : [entry.ratio]
    );
    const total = measured.reduce((sum, ratio) => sum + ratio, 0);

    return {
      serviceId: service.id,
      label: service.label,
      days: serviceDays,
      daysWithData: measured.length,
      average: measured.length === 0 ? null : total / measured.length,
    };
  });

  return {days, rows, empty: rows.every((row) => row.daysWithData === 0)};
}
