/**
 * What each source says about each service, and the precedence that turns
 * those words into one state per service. docs/status-precedence.md holds
 * the same rules as tables.
 */

import type {ServiceDefinition} from '../catalogue.js';
import {GLOBAL_SERVICE_ID} from '../catalogue.js';
import type {NoticeKind, ServiceState, ServiceStatus} from '../types.js';

/**
 * Worst first: a known problem outranks not knowing, and not knowing
 * outranks "operational", so nothing looks fine that one source doubts.
 */
const STATE_RANK: Record<ServiceState, number> = {
  operational: 0,
  unknown: 1,
  degraded: 2,
  maintenance: 3,
  outage: 4,
};

/**
 * The state that matters most among `states`: outage, then maintenance,
 * then degraded, then unknown, then operational. An empty list is
 * `unknown`, because nobody said anything.
 */
export function worstState(states: readonly ServiceState[]): ServiceState {
  let worst: ServiceState | null = null;

  for (const state of states) {
    const safe = asServiceState(state);
    if (worst === null || STATE_RANK[safe] > STATE_RANK[worst]) {
      worst = safe;
    }
  }

  return worst ?? 'unknown';
}

/** A state word from data; anything we do not know is `unknown`. */
export function asServiceState(value: string): ServiceState {
  return Object.hasOwn(STATE_RANK, value) ? (value as ServiceState) : 'unknown';
}

/**
 * What an active notice of `kind` says about its services when it is not
 * an override: `null` for words that say nothing (info, and an all-clear
 * without override), `unknown` for words we do not know.
 */
export function noticeState(kind: NoticeKind): ServiceState | null {
  switch (kind) {
    case 'outage':
    case 'degraded':
    case 'maintenance':
      return kind;
    case 'info':
    case 'operational':
      return null;
    default:
      return 'unknown';
  }
}

/** An active manual notice that sets a state regardless of the sources. */
export interface OverrideClaim {
  state: ServiceState;
  /** When the notice was last updated; the latest claim wins. */
  updatedMs: number;
  noticeId: string;
  source: string;
}

interface Verdict {
  state: ServiceState;
  decidedBy: string[];
}

/**
 * Collects contributions per service. Words about `global` that report a
 * problem are kept once in an "everywhere" list and folded in per service
 * at the end, so a site-wide window costs one entry, not one per service.
 */
export class ServiceLedger {
  private readonly contributions = new Map<string, Map<string, ServiceState>>();
  private readonly everywhere = new Map<string, ServiceState>();
  private readonly overrides = new Map<string, OverrideClaim[]>();
  private readonly everywhereOverrides: OverrideClaim[] = [];

  /** Records that `source` says `serviceId` is in `state`. */
  add(serviceId: string, state: ServiceState, source: string): void {
    let bySource = this.contributions.get(serviceId);
    if (bySource === undefined) {
      bySource = new Map();
      this.contributions.set(serviceId, bySource);
    }
    keepWorst(bySource, source, state);
  }

  /**
   * Records a notice's or window's word for each of its services. A
   * problem on `global` is a problem for every service; an all-clear or
   * an unknown on `global` speaks for the site only.
   */
  addForServices(
    services: readonly string[],
    state: ServiceState,
    source: string
  ): void {
    for (const serviceId of services) {
      if (serviceId === GLOBAL_SERVICE_ID && isProblem(state)) {
        keepWorst(this.everywhere, source, state);
      } else if (serviceId !== '') {
        this.add(serviceId, state, source);
      }
    }
  }

  /** Records an override on each service, following the same `global` rule. */
  addOverride(services: readonly string[], claim: OverrideClaim): void {
    for (const serviceId of services) {
      if (serviceId === GLOBAL_SERVICE_ID && isProblem(claim.state)) {
        this.everywhereOverrides.push(claim);
        continue;
      }

      const claims = this.overrides.get(serviceId) ?? [];
      claims.push(claim);
      this.overrides.set(serviceId, claims);
    }
  }

  /** The state of every catalogue service, in catalogue order. */
  resolve(catalogue: readonly ServiceDefinition[]): ServiceStatus[] {
    const everywhere = verdictOf(this.everywhere);
    const everywhereOverride = latestClaim(this.everywhereOverrides);

    return catalogue.map((service) => {
      const override = latestClaim([
        ...(everywhereOverride === null ? [] : [everywhereOverride]),
        ...(this.overrides.get(service.id) ?? []),
      ]);
      const verdict =
        override === null
          ? combine(verdictOf(this.contributions.get(service.id)), everywhere)
          : {state: override.state, decidedBy: [override.source]};

      return {
        id: service.id,
        label: service.label,
        state: verdict.state,
        retired: service.retired,
        decidedBy: verdict.decidedBy,
      };
    });
  }
}

function isProblem(state: ServiceState): boolean {
  return state === 'degraded' || state === 'maintenance' || state === 'outage';
}

function keepWorst(
  bySource: Map<string, ServiceState>,
  source: string,
  state: ServiceState
): void {
  const previous = bySource.get(source);
  bySource.set(
    source,
    previous === undefined ? state : worstState([previous, state])
  );
}

/** The worst word, and every source that said it. */
function verdictOf(bySource: Map<string, ServiceState> | undefined): Verdict {
  const state = worstState([...(bySource?.values() ?? [])]);
  const decidedBy: string[] = [];

  for (const [source, said] of bySource ?? []) {
    if (said === state) {
      decidedBy.push(source);
    }
  }

  return {state, decidedBy};
}

/**
 * Folds the site-wide problems into one service's verdict. Both sides are
 * already "worst of", so the worse side wins and a tie joins the sources.
 */
function combine(own: Verdict, everywhere: Verdict): Verdict {
  if (everywhere.decidedBy.length === 0) {
    return own;
  }

  const rankOwn = STATE_RANK[own.state];
  const rankEverywhere = STATE_RANK[everywhere.state];
  if (rankOwn > rankEverywhere) {
    return own;
  }
  if (rankEverywhere > rankOwn) {
    return everywhere;
  }

  const decidedBy = [...own.decidedBy];
  for (const source of everywhere.decidedBy) {
    if (!decidedBy.includes(source)) {
      decidedBy.push(source);
    }
  }
  return {state: own.state, decidedBy};
}

/**
 * The override that stands: the most recently updated; on a tie the worse
 * state, then the smaller notice id, so the choice never depends on order.
 */
function latestClaim(claims: readonly OverrideClaim[]): OverrideClaim | null {
  let latest: OverrideClaim | null = null;

  for (const claim of claims) {
    if (latest === null || compareClaims(claim, latest) > 0) {
      latest = claim;
    }
  }

  return latest;
}

function compareClaims(a: OverrideClaim, b: OverrideClaim): number {
  return (
    a.updatedMs - b.updatedMs ||
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    compareText(b.noticeId, a.noticeId) ||
    compareText(b.source, a.source)
  );
}

/** Code-unit order: deterministic in every locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
