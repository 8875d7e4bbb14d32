// Hand-made snapshots in the client's contract, one builder per part, so
// each test states only what it is about.
import type {
  ServiceState,
  ServiceStatus,
  SourceHealth,
  StatusNotice,
  StatusSnapshot,
  UptimeRecord,
} from '@va-auth-status/status-client';
import {StatusNetworkError} from '@va-auth-status/status-client';

/** Monday, December 7, 2026, 3:00 p.m. ET. */
export const NOW = '2026-12-07T20:00:00.000Z';
export const NOW_MS = Date.parse(NOW);
export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function isoAt(offsetMs: number): string {
  return new Date(NOW_MS + offsetMs).toISOString();
}

const CATALOGUE: Array<[string, string, boolean]> = [
  ['logingov', 'Login.gov', false],
  ['idme', 'ID.me', false],
  ['ssoe', 'SSOe', false],
  ['ssoe_oauth', 'SSOe OAuth', false],
  ['mvi', 'Master Person Index (MPI)', false],
  ['dslogon', 'DS Logon', true],
  ['mhv', 'My HealtheVet', true],
  ['global', 'VA.gov', false],
];

/** Every catalogue service, operational unless `states` says otherwise. */
export function services(
  states: Partial<Record<string, ServiceState>> = {}
): ServiceStatus[] {
  return CATALOGUE.map(([id, label, retired]) => ({
    id,
    label,
    retired,
    state: states[id] ?? 'operational',
    decidedBy: ['backend-statuses:/v0/backend_statuses'],
  }));
}

export function source(overrides: Partial<SourceHealth> = {}): SourceHealth {
  return {
    id: 'backend-statuses:https://api.va.gov/v0/backend_statuses',
    kind: 'backend-statuses',
    url: 'https://api.va.gov/v0/backend_statuses',
    freshness: 'fresh',
    checkedAt: isoAt(-MINUTE),
    error: null,
    ...overrides,
  };
}

export function notice(overrides: Partial<StatusNotice> = {}): StatusNotice {
  return {
    id: 'notice-1',
    origin: 'manual',
    kind: 'outage',
    services: ['logingov'],
    startsAt: isoAt(-2 * HOUR),
    endsAt: null,
    title: 'Login.gov sign-in problem',
    message: 'Some people can’t sign in with Login.gov.',
    url: null,
    alternateMethods: [],
    updates: [],
    translations: {},
    override: false,
    updatedAt: isoAt(-30 * MINUTE),
    phase: 'active',
    announced: true,
    source: 'notices:https://example.va.gov/notices.json',
    ...overrides,
  };
}

export function uptime(
  serviceId: string,
  ratios: Record<string, number>
): UptimeRecord[] {
  return Object.entries(ratios).map(([day, ratio]) => ({
    serviceId,
    day,
    ratio,
  }));
}

/** A fresh, all-operational snapshot at `NOW`, with `overrides` applied. */
export function snapshot(
  overrides: Partial<StatusSnapshot> = {}
): StatusSnapshot {
  return {
    at: NOW,
    checkedAt: isoAt(-MINUTE),
    freshness: 'fresh',
    services: services(),
    notices: [],
    history: [],
    uptime: [],
    sources: [source()],
    ...overrides,
  };
}

/** What a snapshot looks like when no source has ever answered. */
export function unknownSnapshot(error = true): StatusSnapshot {
  const states = Object.fromEntries(
    CATALOGUE.map(([id]) => [id, 'unknown' as const])
  );
  return snapshot({
    checkedAt: null,
    freshness: 'unknown',
    services: services(states),
    sources: [
      source({
        freshness: 'unknown',
        checkedAt: null,
        error: error
          ? new StatusNetworkError(
              'https://api.va.gov/v0/backend_statuses',
              new TypeError('Failed to fetch')
            )
          : null,
      }),
    ],
  });
}
