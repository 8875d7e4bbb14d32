/**
 * Turns a snapshot into what the page shows: which services get a row,
 * which notices go in which section, and the one-line verdict at the top.
 * Everything here is a pure function of the snapshot, so the server and
 * the browser render the same page from the same data.
 */

import type {
  ServiceState,
  StatusNotice,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {SIGN_IN_SERVICES} from '@va-auth-status/status-client';
import type {OverallState} from '../content/copy.js';
import {DEFAULT_ALTERNATE_METHOD_IDS} from '../shared.js';
import type {UptimeTable} from './uptime.js';
import {uptimeTable} from './uptime.js';

/** One service row. */
export interface ServiceRow {
  id: string;
  /** The catalogue's English label; the view may translate by id. */
  label: string;
  state: ServiceState;
}

/** A provider's own status page. */
export interface ProviderPage {
  id: string;
  label: string;
  url: string;
}

export interface PageModel {
  overall: OverallState;
  checkedAt: string | null;
  stale: boolean;
  /** True when we cannot vouch for the lists of notices being complete. */
  noticesUnknown: boolean;
  services: ServiceRow[];
  /** Active outages and slowdowns. */
  problems: StatusNotice[];
  /** Active notices that report no problem (information, all-clear). */
  announcements: StatusNotice[];
  /** Active maintenance first, then everything upcoming, soonest first. */
  maintenance: StatusNotice[];
  history: StatusNotice[];
  uptime: UptimeTable;
  sourcesFailing: boolean;
  alternateMethodIds: string[];
  providerPages: ProviderPage[];
}

const PROBLEM_KINDS = new Set(['outage', 'degraded']);

/**
 * The verdict for the page. A known problem wins over not knowing, and
 * "operational" needs every shown service to be known to work.
 */
export function overallState(
  snapshot: StatusSnapshot,
  services: readonly ServiceRow[]
): OverallState {
  if (snapshot.freshness === 'unknown' || services.length === 0) {
    return 'unknown';
  }

  const states = new Set(services.map((service) => service.state));
  for (const problem of ['outage', 'maintenance', 'degraded'] as const) {
    if (states.has(problem)) {
      return problem;
    }
  }

  if (states.has('unknown')) {
    return states.size === 1 ? 'unknown' : 'partly-unknown';
  }
  return states.has('operational') ? 'operational' : 'unknown';
}

/** Services that are still offered, in the snapshot's order. */
function visibleServices(snapshot: StatusSnapshot): ServiceRow[] {
  const services = Array.isArray(snapshot.services) ? snapshot.services : [];
  return services
    .filter((service) => !service.retired)
    .map((service) => ({
      id: service.id,
      label: service.label,
      state: service.state,
    }));
}

/** Providers whose own status page we can point people to. */
function providerPages(services: readonly ServiceRow[]): ProviderPage[] {
  const shown = new Set(services.map((service) => service.id));
  return SIGN_IN_SERVICES.filter(
    (service) =>
      !service.retired &&
      service.statusPageUrl !== null &&
      (shown.size === 0 || shown.has(service.id))
  ).map((service) => ({
    id: service.id,
    label: service.label,
    url: service.statusPageUrl ?? '',
  }));
}

/** Methods the live notices name first, then the usual ones. */
function alternateMethodIds(notices: readonly StatusNotice[]): string[] {
  const named = notices
    .filter((notice) => notice.phase === 'active')
    .flatMap((notice) => notice.alternateMethods ?? []);
  return [...new Set([...named, ...DEFAULT_ALTERNATE_METHOD_IDS])];
}

/** What the help section needs, when there is no snapshot at all. */
export function defaultHelpModel(): Pick<
  PageModel,
  'alternateMethodIds' | 'providerPages'
> {
  return {
    alternateMethodIds: [...DEFAULT_ALTERNATE_METHOD_IDS],
    providerPages: providerPages([]),
  };
}

/** Builds everything the page renders from one snapshot. */
export function pageModel(snapshot: StatusSnapshot): PageModel {
  const services = visibleServices(snapshot);
  const notices = Array.isArray(snapshot.notices) ? snapshot.notices : [];
  const active = notices.filter((notice) => notice.phase === 'active');
  const sources = Array.isArray(snapshot.sources) ? snapshot.sources : [];

  return {
    overall: overallState(snapshot, services),
    checkedAt: snapshot.checkedAt ?? null,
    stale: snapshot.freshness === 'stale',
    noticesUnknown: snapshot.freshness === 'unknown',
    services,
    problems: active.filter((notice) => PROBLEM_KINDS.has(notice.kind)),
    announcements: active.filter(
      (notice) =>
        notice.kind !== 'maintenance' && !PROBLEM_KINDS.has(notice.kind)
    ),
    maintenance: notices.filter(
      (notice) =>
        notice.phase === 'upcoming' ||
        (notice.phase === 'active' && notice.kind === 'maintenance')
    ),
    history: Array.isArray(snapshot.history) ? snapshot.history : [],
    uptime: uptimeTable(snapshot, services),
    sourcesFailing: sources.some(
      (source) => source.error !== null || source.freshness === 'unknown'
    ),
    alternateMethodIds: alternateMethodIds(notices),
    providerPages: providerPages(services),
  };
}
