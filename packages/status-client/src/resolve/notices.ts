/**
 * Turns what the sources say into notices placed in time: PagerDuty
 * problems, maintenance windows, and the notices Statuspage and the notice
 * feed state themselves.
 */

import type {
  BackendStatusesData,
  NoticeKind,
  ResolveInput,
  SourceNotice,
  StatusNotice,
} from '../types.js';
import {GLOBAL_SERVICE_ID} from '../catalogue.js';
import {pagerDutyState} from '../parse/backend-statuses.js';
import type {AssessedSource} from './freshness.js';
import {toInstant} from './instants.js';
import {compareText, worstState} from './service-states.js';
import {collectWindows} from './windows.js';

/** The instants and spans every notice is placed against. */
export interface ResolveClock {
  nowMs: number;
  leadTimeMs: number;
  historyMs: number;
}

/** A notice placed in time, with what the service precedence needs. */
export interface PlacedNotice {
  notice: StatusNotice;
  startMs: number;
  endMs: number | null;
  /** Ids of the sources whose word the notice is. */
  sources: string[];
  /** Whether any of those sources is fresh. */
  fresh: boolean;
  /**
   * False for PagerDuty notices: they restate a status word that already
   * counted, so they are for reading, not for deciding.
   */
  decides: boolean;
}

/** A notice whose dates cannot be read: its services become unknown. */
export interface UndatableNotice {
  services: readonly string[];
  kind: NoticeKind;
  source: string;
}

/** Every notice the sources imply, placed in time where possible. */
export function collectNotices(
  sources: readonly AssessedSource[],
  clock: ResolveClock
): {placed: PlacedNotice[]; undatable: UndatableNotice[]} {
  const placed: PlacedNotice[] = [];
  const undatable: UndatableNotice[] = [];

  const windows = collectWindows(sources);
  for (const window of windows.windows) {
    placed.push({
      notice: placeNotice(
        window.notice,
        window.source,
        window.startMs,
        window.endMs,
        clock
      ),
      startMs: window.startMs,
      endMs: window.endMs,
      sources: window.sources,
      fresh: window.fresh,
      decides: true,
    });
  }
  for (const window of windows.undatable) {
    undatable.push({
      services: [window.serviceId],
      kind: 'maintenance',
      source: window.source,
    });
  }

  for (const {input, freshness} of sources) {
    const data = input.data;
    if (data?.kind !== 'statuspage' && data?.kind !== 'notices') {
      continue;
    }

    for (const notice of data.notices) {
      const startMs = toInstant(notice.startsAt);
      const endMs = notice.endsAt === null ? null : toInstant(notice.endsAt);
      if (startMs === null || (notice.endsAt !== null && endMs === null)) {
        undatable.push({
          services: notice.services,
          kind: notice.kind,
          source: input.source.id,
        });
        continue;
      }

      placed.push({
        notice: placeNotice(notice, input.source.id, startMs, endMs, clock),
        startMs,
        endMs,
        sources: [input.source.id],
        fresh: freshness === 'fresh',
        decides: true,
      });
    }
  }

  placed.push(...pagerDutyNotices(sources, clock, servicesInWindow(placed)));

  return {placed, undatable};
}

/**
 * Snapshot order: active notices, then upcoming ones, each soonest first;
 * history is what ended within `historyMs`, latest end first. Ties fall
 * back to the notice id and then the source id, so order never depends on
 * the order of the inputs.
 */
export function arrangeNotices(
  placed: readonly PlacedNotice[],
  clock: ResolveClock
): {notices: StatusNotice[]; history: StatusNotice[]} {
  const active = placed.filter((entry) => entry.notice.phase === 'active');
  const upcoming = placed.filter((entry) => entry.notice.phase === 'upcoming');
  const history = placed.filter(
    (entry) =>
      entry.notice.phase === 'ended' &&
      entry.endMs !== null &&
      clock.nowMs - entry.endMs <= clock.historyMs
  );

  const byStart = (a: PlacedNotice, b: PlacedNotice): number =>
    a.startMs - b.startMs || byIdentity(a, b);
  const byLatestEnd = (a: PlacedNotice, b: PlacedNotice): number =>
    (b.endMs ?? 0) - (a.endMs ?? 0) || byIdentity(a, b);

  return {
    notices: [...active.sort(byStart), ...upcoming.sort(byStart)].map(
      (entry) => entry.notice
    ),
    history: history.sort(byLatestEnd).map((entry) => entry.notice),
  };
}

function byIdentity(a: PlacedNotice, b: PlacedNotice): number {
  return (
    compareText(a.notice.id, b.notice.id) ||
    compareText(a.notice.source, b.notice.source)
  );
}

/**
 * Places one notice: upcoming before it starts, active from its start
 * until its end (forever when it has none), ended after. Active notices
 * are always announced; upcoming ones once they are within the lead time.
 */
function placeNotice(
  notice: SourceNotice,
  source: string,
  startMs: number,
  endMs: number | null,
  clock: ResolveClock
): StatusNotice {
  const {nowMs, leadTimeMs} = clock;
  const phase =
    nowMs < startMs
      ? 'upcoming'
      : endMs === null || nowMs < endMs
        ? 'active'
        : 'ended';
  const announced =
    phase === 'active' ||
    (phase === 'upcoming' && startMs - nowMs <= leadTimeMs);

  return {...notice, phase, announced, source};
}

/**
 * Which services an active scheduled maintenance covers (a window, or a
 * scheduled notice from a feed); `global` covers them all.
 */
function servicesInWindow(
  placed: readonly PlacedNotice[]
): (serviceId: string) => boolean {
  const covered = new Set<string>();

  for (const {notice} of placed) {
    if (
      notice.origin === 'scheduled' &&
      notice.kind === 'maintenance' &&
      notice.phase === 'active'
    ) {
      notice.services.forEach((serviceId) => covered.add(serviceId));
    }
  }

  return (serviceId) =>
    covered.has(GLOBAL_SERVICE_ID) || covered.has(serviceId);
}

interface PagerDutyProblem {
  kind: 'degraded' | 'outage' | 'maintenance';
  input: ResolveInput;
  data: BackendStatusesData;
  lastIncidentAt: string | null;
  sources: string[];
  fresh: boolean;
}

/**
 * One monitor notice per service PagerDuty reports in trouble, worst word
 * first when a service is listed twice. A PagerDuty `maintenance` word on
 * a service inside an active window adds no notice: the window already
 * says the same, with its end time.
 */
function pagerDutyNotices(
  sources: readonly AssessedSource[],
  clock: ResolveClock,
  inWindow: (serviceId: string) => boolean
): PlacedNotice[] {
  const problems = new Map<string, PagerDutyProblem>();

  for (const {input, freshness} of sources) {
    const data = input.data;
    if (data?.kind !== 'backend-statuses') {
      continue;
    }

    for (const status of data.statuses) {
      const state = pagerDutyState(status.status);
      if (
        status.serviceId === '' ||
        (state !== 'degraded' && state !== 'outage' && state !== 'maintenance')
      ) {
        continue;
      }

      const known = problems.get(status.serviceId);
      if (known === undefined) {
        problems.set(status.serviceId, {
          kind: state,
          input,
          data,
          lastIncidentAt: status.lastIncidentAt,
          sources: [input.source.id],
          fresh: freshness === 'fresh',
        });
        continue;
      }

      if (worstState([known.kind, state]) !== known.kind) {
        known.kind = state;
      }
      if (!known.sources.includes(input.source.id)) {
        known.sources.push(input.source.id);
      }
      known.fresh ||= freshness === 'fresh';
    }
  }

  const notices: PlacedNotice[] = [];
  for (const [serviceId, problem] of problems) {
    if (problem.kind === 'maintenance' && inWindow(serviceId)) {
      continue;
    }
    notices.push(pagerDutyNotice(serviceId, problem, clock));
  }
  return notices;
}

/**
 * PagerDuty states a service's status now, so its notice is active: it
 * starts at the last incident, else when vets-api read PagerDuty, else
 * when we read vets-api, and never later than now.
 *
 * TODO: vets-api gives no start for the current word, and the last
 * incident can be older than it (maintenance mode has no incident).
 */
function pagerDutyNotice(
  serviceId: string,
  problem: PagerDutyProblem,
  clock: ResolveClock
): PlacedNotice {
  const candidates = [
    problem.lastIncidentAt,
    problem.data.reportedAt,
    problem.input.checkedAt,
  ];
  let startsAt = new Date(clock.nowMs).toISOString();
  let startMs = clock.nowMs;
  for (const candidate of candidates) {
    const instant = toInstant(candidate);
    if (candidate !== null && instant !== null) {
      if (instant <= clock.nowMs) {
        startsAt = candidate;
        startMs = instant;
      }
      break;
    }
  }

  const notice: SourceNotice = {
    id: `pagerduty:${serviceId}`,
    origin: 'monitor',
    kind: problem.kind,
    services: [serviceId],
    startsAt,
    endsAt: null,
    title: null,
    message: null,
    url: null,
    alternateMethods: [],
    updates: [],
    translations: {},
    override: false,
    updatedAt: problem.data.reportedAt,
  };

  return {
    notice: placeNotice(notice, problem.sources[0] ?? '', startMs, null, clock),
    startMs,
    endMs: null,
    sources: problem.sources,
    fresh: problem.fresh,
    decides: false,
  };
}
