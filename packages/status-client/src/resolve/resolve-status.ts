/**
 * `resolveStatus`: the one place where every source's word becomes a
 * snapshot. Pure and deterministic: it reads no clock and no globals, and
 * the same inputs and `now` always give a deep-equal snapshot.
 */

import type {ServiceDefinition} from '../catalogue.js';
import {GLOBAL_SERVICE_ID, SIGN_IN_SERVICES} from '../catalogue.js';
import {
  HISTORY_MS,
  STALE_AFTER_MS,
  UPCOMING_LEAD_TIME_MS,
} from '../defaults.js';
import {pagerDutyState} from '../parse/backend-statuses.js';
import type {
  NoticeKind,
  ResolveInput,
  ServiceState,
  SourceKind,
  StatusSnapshot,
} from '../types.js';
import type {AssessedSource} from './freshness.js';
import {
  oldestCheckedAt,
  sourceFreshness,
  sourceHealth,
  worstFreshness,
} from './freshness.js';
import {nowToInstant, toInstant} from './instants.js';
import type {PlacedNotice, ResolveClock, UndatableNotice} from './notices.js';
import {arrangeNotices, collectNotices} from './notices.js';
import {
  ServiceLedger,
  asServiceState,
  noticeState,
  worstState,
} from './service-states.js';

export {worstState};

/** How `resolveStatus` reads time and which services it reports. */
export interface ResolveOptions {
  /** The instant the snapshot describes, on the corrected clock. */
  now: Date | number | string;
  /** How early upcoming notices are announced; `UPCOMING_LEAD_TIME_MS`. */
  leadTimeMs?: number;
  /** Age at which a source's data is stale; `STALE_AFTER_MS`. */
  staleAfterMs?: number;
  /** How long ended notices stay in `history`; `HISTORY_MS`. */
  historyMs?: number;
  /** The services to report, in order; `SIGN_IN_SERVICES`. */
  catalogue?: readonly ServiceDefinition[];
}

/**
 * Merges parsed sources into one snapshot. Never throws on any data the
 * types allow: unreadable dates and unknown words make a service
 * `unknown`, never `operational`. Throws a `RangeError` only when the
 * options themselves are unusable (an invalid `now` or a negative span),
 * since that is a mistake in the calling code, not in the data.
 */
export function resolveStatus(
  inputs: readonly ResolveInput[],
  options: ResolveOptions
): StatusSnapshot {
  const clock = readClock(options);
  const staleAfterMs = readSpan(
    options.staleAfterMs,
    STALE_AFTER_MS,
    'staleAfterMs'
  );
  const catalogue = options.catalogue ?? SIGN_IN_SERVICES;

  const sources: AssessedSource[] = inputs.map((input) => ({
    input,
    freshness: sourceFreshness(input, clock.nowMs, staleAfterMs),
  }));

  const {placed, undatable} = collectNotices(sources, clock);

  const ledger = new ServiceLedger();
  sources.forEach((source) => addSourceWords(ledger, source, catalogue));
  placed.forEach((entry) => addNoticeWords(ledger, entry));
  undatable.forEach((entry) => addUndatableWords(ledger, entry));

  const {notices, history} = arrangeNotices(placed, clock);

  return {
    at: new Date(clock.nowMs).toISOString(),
    checkedAt: oldestCheckedAt(inputs),
    freshness: worstFreshness(sources.map((source) => source.freshness)),
    services: ledger.resolve(catalogue),
    notices,
    history,
    uptime: sources.flatMap(({input}) =>
      input.data?.kind === 'notices' ? input.data.uptime : []
    ),
    sources: sources.map(({input, freshness}) =>
      sourceHealth(input, freshness)
    ),
  };
}

function readClock(options: ResolveOptions): ResolveClock {
  const nowMs = nowToInstant(options.now);
  if (nowMs === null) {
    throw new RangeError(
      'resolveStatus: options.now is not a valid instant: ' +
        String(options.now)
    );
  }

  return {
    nowMs,
    leadTimeMs: readSpan(
      options.leadTimeMs,
      UPCOMING_LEAD_TIME_MS,
      'leadTimeMs'
    ),
    historyMs: readSpan(options.historyMs, HISTORY_MS, 'historyMs'),
  };
}

function readSpan(
  value: number | undefined,
  fallback: number,
  name: string
): number {
  if (value === undefined) {
    return fallback;
  }
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(
      `resolveStatus: options.${name} must be a finite number of ` +
        'milliseconds, 0 or more'
    );
  }
  return value;
}

/** The kinds whose data carries maintenance windows, and so the site's. */
const WINDOW_KINDS: readonly SourceKind[] = [
  'backend-statuses',
  'maintenance-windows',
];

/**
 * What a source's own status words say: PagerDuty words, Statuspage
 * component states, and "no open window" for `global` from the sources
 * that carry windows. Stale data can still report a problem but never
 * that a service is fine: its `operational` becomes `unknown`, and every
 * service it covers gets an `unknown` so that nothing it covers can look
 * fine on another source's word alone.
 */
function addSourceWords(
  ledger: ServiceLedger,
  source: AssessedSource,
  catalogue: readonly ServiceDefinition[]
): void {
  const {input, freshness} = source;
  const id = input.source.id;
  const data = input.data;
  const say = (serviceId: string, state: ServiceState): void => {
    if (serviceId !== '') {
      const trusted =
        freshness !== 'fresh' && state === 'operational' ? 'unknown' : state;
      ledger.add(serviceId, trusted, id);
    }
  };

  // TODO: a Statuspage that never answered covers nothing, because its
  // coverage comes from its data; ResolveInput would need the configured
  // service ids to make those services unknown before the first answer.
  if (data === null) {
    if (WINDOW_KINDS.includes(input.source.kind)) {
      say(GLOBAL_SERVICE_ID, 'unknown');
    }
    // vets-api reports every service in the catalogue, so until it has
    // answered, no other source's word alone may call one of them fine.
    if (input.source.kind === 'backend-statuses') {
      catalogue
        .filter((service) => service.id !== GLOBAL_SERVICE_ID)
        .forEach((service) => say(service.id, 'unknown'));
    }
    return;
  }

  switch (data.kind) {
    case 'backend-statuses':
      data.statuses.forEach((status) =>
        say(status.serviceId, pagerDutyState(status.status))
      );
      say(GLOBAL_SERVICE_ID, 'operational');
      break;
    case 'maintenance-windows':
      say(GLOBAL_SERVICE_ID, 'operational');
      break;
    case 'statuspage':
      data.components.forEach((component) =>
        say(component.serviceId, asServiceState(component.state))
      );
      if (freshness !== 'fresh') {
        data.coveredServices.forEach((serviceId) => say(serviceId, 'unknown'));
      }
      break;
    case 'notices':
      break;
  }
}

/**
 * What an active notice says. A manual notice with `override` sets its
 * services' state outright; an all-clear does so only from fresh data.
 * Every other notice adds its kind as one more word. Upcoming and ended
 * notices say nothing about now.
 */
function addNoticeWords(ledger: ServiceLedger, entry: PlacedNotice): void {
  const {notice} = entry;
  if (!entry.decides || notice.phase !== 'active') {
    return;
  }

  if (notice.origin === 'manual' && notice.override) {
    const state = overrideState(notice.kind);
    if (state !== null && (state !== 'operational' || entry.fresh)) {
      ledger.addOverride(notice.services, {
        state,
        updatedMs: toInstant(notice.updatedAt) ?? entry.startMs,
        noticeId: notice.id,
        source: notice.source,
      });
      return;
    }
  }

  const state = noticeState(notice.kind);
  if (state !== null) {
    entry.sources.forEach((source) =>
      ledger.addForServices(notice.services, state, source)
    );
  }
}

/** A notice we cannot place in time still tells us we do not know. */
function addUndatableWords(
  ledger: ServiceLedger,
  entry: UndatableNotice
): void {
  if (noticeState(entry.kind) !== null) {
    ledger.addForServices(entry.services, 'unknown', entry.source);
  }
}

function overrideState(kind: NoticeKind): ServiceState | null {
  switch (kind) {
    case 'outage':
    case 'degraded':
    case 'maintenance':
    case 'operational':
      return kind;
    default:
      return null;
  }
}
