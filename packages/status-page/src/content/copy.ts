/**
 * Every word the status page shows, in English and Spanish. Both
 * languages have the same shape (the `PageCopy` type and a test enforce
 * it), so a missing translation fails the build instead of showing an
 * empty line to a Veteran.
 *
 * Copy follows VA's content style: plain words, "sign in" not "log in",
 * "**Login.gov** account", no "please", "We're sorry" when it is our fault.
 * Times arrive already formatted in Eastern Time by `format-time`.
 */

import type {
  Freshness,
  NoticeKind,
  ServiceState,
  SourceKind,
} from '@va-auth-status/status-client';
import type {Language} from '../shared.js';
import {en} from './copy-en.js';
import {es} from './copy-es.js';

/** The page-wide verdict shown at the top. */
export type OverallState =
  | 'operational'
  | 'degraded'
  | 'outage'
  | 'maintenance'
  | 'partly-unknown'
  | 'unknown'
  | 'loading';

/** How one day of uptime looked, for the legend and the table. */
export type UptimeBand = 'full' | 'minor' | 'major' | 'none';

export interface PageCopy {
  /** BCP 47 tag for `lang` attributes and number formatting. */
  locale: string;
  title: string;
  intro: string;
  overall: Record<OverallState, string>;
  staleNote: string;
  /** The page shows earlier data because live checks are failing. */
  liveUnavailable: string;
  lastChecked: (time: string) => string;
  neverChecked: string;
  /** The data has a check time we cannot read. */
  checkedUnknown: string;
  /** Visually hidden prefix before each state word. */
  statusPrefix: string;
  stateWords: Record<ServiceState, string>;
  services: {
    heading: string;
    names: Record<string, string>;
    descriptions: Record<string, string>;
    /** For a service id the page has no description for. */
    genericDescription: string;
  };
  notices: {
    problemsHeading: string;
    noProblems: string;
    problemsUnknown: string;
    announcementsHeading: string;
    maintenanceHeading: string;
    noMaintenance: string;
    maintenanceUnknown: string;
    inProgress: string;
    upcoming: string;
    ended: string;
    untitled: Record<NoticeKind, string>;
    affects: (names: string) => string;
    started: (time: string) => string;
    endedAt: (time: string) => string;
    startTime: (time: string) => string;
    endTime: (time: string) => string;
    endUnknown: string;
    updatesHeading: string;
    newestFirst: string;
    updateWords: Record<string, string>;
    /** For an update status word we do not know. */
    genericUpdate: string;
    moreDetails: string;
  };
  help: {
    heading: string;
    intro: string;
    providersHeading: string;
    providerLink: (name: string) => string;
    otherWaysHeading: string;
    tty: string;
    hoursLabel: string;
    website: string;
  };
  history: {
    heading: string;
    intro: string;
    noticesHeading: string;
    noNotices: string;
    showUpdates: string;
    uptimeHeading: string;
    uptimeIntro: string;
    noUptime: string;
    noData: string;
    /** "99.95% of the time on the 85 days we have data for". */
    uptimeSummary: (percent: string, days: number) => string;
    noDataForService: string;
    showDays: (name: string) => string;
    dayColumn: string;
    uptimeColumn: string;
    bands: Record<UptimeBand, string>;
    legendHeading: string;
  };
  sources: {
    heading: string;
    intro: string;
    kinds: Record<SourceKind, string>;
    freshness: Record<Freshness, string>;
    failing: string;
    someFailing: string;
  };
  /** The static site around the element. */
  site: {
    description: string;
    skipLink: string;
    siteName: string;
    /** The link to the page in the other language, in that language. */
    otherLanguage: string;
    builtAt: (time: string) => string;
    noScript: string;
    updatesHeading: string;
    rss: string;
    atom: string;
    json: string;
  };
  /** The RSS and Atom feeds. */
  feed: {
    title: string;
    description: string;
    author: string;
  };
}

/** The copy for each language the page speaks. */
export const PAGE_COPY: Readonly<Record<Language, PageCopy>> = Object.freeze({
  en,
  es,
});

/**
 * The language a tag asks for: only the primary subtag counts, so `es-US`
 * is Spanish; anything we do not write is English.
 */
export function pageLanguage(tag: string | null | undefined): Language {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return primary === 'es' ? 'es' : 'en';
}

/** The copy for a language tag. */
export function copyFor(tag: string | null | undefined): PageCopy {
  return PAGE_COPY[pageLanguage(tag)];
}
