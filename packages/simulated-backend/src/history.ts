/**
 * A plausible recent past for the status page: a few resolved notices and
 * daily uptime with gaps, so every history section has something to show,
 * including days with no data.
 */

import type {FeedNoticeSpec} from './payloads.js';

const DAY = 24 * 60 * 60 * 1000;

/** Resolved notices from the past weeks, relative to now. */
export function recentHistory(): FeedNoticeSpec[] {
  return [
    {
      id: 'idme-slow-sign-in',
      origin: 'monitor',
      kind: 'degraded',
      services: ['idme'],
      startedHoursAgo: 6 * 24 + 3,
      endsInHours: -(6 * 24 + 1),
      title: 'ID.me sign-in was slow',
      message: 'Some sign-ins with ID.me took several minutes.',
      updates: [
        {
          hoursAgo: 6 * 24 + 1,
          status: 'resolved',
          message: 'Sign-in times are back to normal.',
        },
        {
          hoursAgo: 6 * 24 + 3,
          status: 'investigating',
          message: 'Our monitors see slow ID.me sign-ins.',
        },
      ],
    },
    {
      id: 'va-gov-maintenance-nov',
      origin: 'scheduled',
      kind: 'maintenance',
      services: ['global'],
      startedHoursAgo: 20 * 24 + 2,
      endsInHours: -(20 * 24),
      title: 'VA.gov maintenance',
      message: 'VA.gov was unavailable during planned maintenance.',
    },
  ];
}

/** Eastern `YYYY-MM-DD` of an instant, without Intl for brevity here. */
function easternDay(ms: number): string {
  // Eastern is UTC-5 or UTC-4; noon UTC falls on the same Eastern day.
  const noon = new Date(ms);
  noon.setUTCHours(12, 0, 0, 0);
  return noon.toISOString().slice(0, 10);
}

/**
 * Daily uptime for the two providers over the past 30 days, with the
 * days 10 to 12 ago missing, as a monitor outage would leave them.
 */
export function recentUptime(now: number) {
  const records: Array<{service: string; day: string; ratio: number}> = [];

  for (let daysAgo = 1; daysAgo <= 30; daysAgo += 1) {
    if (daysAgo >= 10 && daysAgo <= 12) continue;
    const day = easternDay(now - daysAgo * DAY);
    records.push({
      service: 'idme',
      day,
      ratio: daysAgo === 6 ? 0.9583 : 1,
    });
    records.push({service: 'logingov', day, ratio: 1});
  }

  return records;
}
