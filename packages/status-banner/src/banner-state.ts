/**
 * What a sign-in banner should say, decided from a snapshot. Pure: no DOM,
 * no clock, no storage, so every rule here is tested as a table and the
 * element only renders the model it is given.
 *
 * The rules, most serious first (one banner, never a stack):
 *
 * 1. A dependency every provider needs (MPI, SSOe on the SSOe path, the
 *    whole site) has an outage or is degraded: `shared-dependency`.
 * 2. Such a dependency, or the whole site, is in maintenance:
 *    `maintenance-active` for the site or for sign-in.
 * 3. Two or more providers are in trouble: `several-services`.
 * 4. One provider is in trouble: `provider-outage`, `provider-degraded`
 *    or, for its own maintenance, `maintenance-active`.
 * 5. Maintenance is announced (within the lead time) and not dismissed:
 *    `maintenance-upcoming`.
 * 6. We cannot vouch for a service the banner speaks for: `unknown`.
 * 7. An active `info` notice for those services, not dismissed:
 *    `announcement`, in the notice's own words.
 * 8. Otherwise `none`, and the banner takes no space.
 */

import type {
  ServiceDefinition,
  ServiceState,
  SignInPath,
  StatusNotice,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {
  GLOBAL_SERVICE_ID,
  SIGN_IN_SERVICES,
  servicesForPath,
} from '@va-auth-status/status-client';
import {DEFAULT_ALTERNATE_METHOD_IDS} from './content/alternate-methods.js';
import {announcementBanner} from './internal/announcement.js';
import {covers} from './internal/coverage.js';
import type {
  AlertStatus,
  BannerKind,
  BannerModel,
  BannerScope,
  Trouble,
} from './banner-model.js';
import {NO_BANNER} from './banner-model.js';

export interface ChooseBannerOptions {
  /**
   * The services the banner speaks for; null or empty for every service
   * on `path`. The dependencies every provider on `path` needs are always
   * added, since they break these providers too.
   */
  services?: readonly string[] | null;
  path?: SignInPath;
  /** Notice ids the user dismissed. */
  dismissed?: ReadonlySet<string> | readonly string[];
  catalogue?: readonly ServiceDefinition[];
}

const TROUBLE_RANK: Record<Trouble, number> = {
  degraded: 1,
  maintenance: 2,
  outage: 3,
};

interface Affected {
  service: ServiceDefinition;
  trouble: Trouble;
  notice: StatusNotice | null;
}

/**
 * True once every source has answered or failed at least once. Before
 * that the client has nothing to say, and a banner that said "we can't
 * check" would be wrong for the first few hundred milliseconds.
 */
export function isSettled(snapshot: StatusSnapshot | null): boolean {
  if (snapshot === null) {
    return false;
  }
  return snapshot.sources.every(
    (source) => source.checkedAt !== null || source.error !== null
  );
}

/** Decides the one banner to show for `snapshot`. */
export function chooseBanner(
  snapshot: StatusSnapshot | null,
  options: ChooseBannerOptions = {}
): BannerModel {
  if (snapshot === null || !isSettled(snapshot)) {
    return NO_BANNER;
  }

  const catalogue = options.catalogue ?? SIGN_IN_SERVICES;
  const path = options.path ?? 'sis';
  const dismissed = new Set(options.dismissed ?? []);
  const relevant = relevantServices(catalogue, path, options.services);
  const states = new Map(snapshot.services.map((s) => [s.id, s.state]));

  const affected = findAffected(snapshot, relevant, states);
  if (affected.length > 0) {
    return troubleBanner(affected, catalogue, path, states);
  }

  const upcoming = announcedMaintenance(snapshot, relevant, dismissed);
  if (upcoming.length > 0) {
    return upcomingBanner(upcoming, relevant, catalogue, path, states);
  }

  // The resolver already turns stale or missing words into `unknown`, per
  // service, so one failing secondary source does not blank every banner.
  const unknown = relevant.filter(
    (service) => (states.get(service.id) ?? 'unknown') === 'unknown'
  );
  if (unknown.length > 0) {
    return {...NO_BANNER, kind: 'unknown', services: ids(unknown)};
  }

  return announcementBanner(snapshot, relevant, dismissed) ?? NO_BANNER;
}

/** The services asked for, plus what every provider on `path` needs. */
function relevantServices(
  catalogue: readonly ServiceDefinition[],
  path: SignInPath,
  asked: readonly string[] | null | undefined
): ServiceDefinition[] {
  const onPath = servicesForPath(path, catalogue);
  if (!asked || asked.length === 0) {
    return onPath;
  }

  const wanted = new Set(asked);
  onPath.filter(isSharedDependency).forEach((s) => wanted.add(s.id));
  return catalogue.filter((service) => wanted.has(service.id));
}

function isSharedDependency(service: ServiceDefinition): boolean {
  return service.role !== 'provider';
}

/** Relevant services in trouble, each with the notice that explains it. */
function findAffected(
  snapshot: StatusSnapshot,
  relevant: readonly ServiceDefinition[],
  states: ReadonlyMap<string, ServiceState>
): Affected[] {
  const affected: Affected[] = [];

  for (const service of relevant) {
    const active = snapshot.notices.filter(
      (notice) =>
        notice.phase === 'active' &&
        asTrouble(notice.kind) !== null &&
        covers(notice, service.id)
    );
    const troubles = [
      asTrouble(states.get(service.id)),
      ...active.map((notice) => asTrouble(notice.kind)),
    ].filter((trouble): trouble is Trouble => trouble !== null);

    if (troubles.length === 0) {
      continue;
    }
    const trouble = worstTrouble(troubles);
    const notice =
      active.find((candidate) => candidate.kind === trouble) ??
      active[0] ??
      null;
    affected.push({service, trouble, notice});
  }

  return affected;
}

function troubleBanner(
  affected: readonly Affected[],
  catalogue: readonly ServiceDefinition[],
  path: SignInPath,
  states: ReadonlyMap<string, ServiceState>
): BannerModel {
  const shared = affected.filter((a) => isSharedDependency(a.service));
  const providers = affected.filter((a) => !isSharedDependency(a.service));
  const alternatives = workingProviders(catalogue, path, states, affected);

  const sharedProblem = shared.filter((a) => a.trouble !== 'maintenance');
  if (sharedProblem.length > 0) {
    const trouble = worstTrouble(sharedProblem.map((a) => a.trouble));
    return model('shared-dependency', sharedProblem, {
      status: trouble === 'outage' ? 'error' : 'warning',
      scope: 'sign-in',
      trouble,
      urgent: trouble === 'outage',
      alternatives: [],
    });
  }

  if (shared.length > 0) {
    const site = shared.some((a) => a.service.role === 'site');
    return model('maintenance-active', shared, {
      status: 'error',
      scope: site ? 'site' : 'sign-in',
      trouble: 'maintenance',
      urgent: true,
      alternatives: [],
    });
  }

  if (providers.length > 1) {
    const trouble = worstTrouble(providers.map((a) => a.trouble));
    return model('several-services', providers, {
      status: alternatives.length > 0 ? 'warning' : 'error',
      scope: 'provider',
      trouble,
      urgent: trouble !== 'degraded',
      alternatives,
    });
  }

  const only = providers[0] as Affected;
  const kind =
    only.trouble === 'maintenance'
      ? 'maintenance-active'
      : only.trouble === 'outage'
        ? 'provider-outage'
        : 'provider-degraded';
  return model(kind, providers, {
    status: 'warning',
    scope: 'provider',
    trouble: only.trouble,
    urgent: only.trouble !== 'degraded',
    alternatives,
  });
}

interface ModelTraits {
  status: AlertStatus;
  scope: BannerScope;
  trouble: Trouble;
  urgent: boolean;
  alternatives: ServiceDefinition[];
}

function model(
  kind: BannerKind,
  affected: readonly Affected[],
  traits: ModelTraits
): BannerModel {
  const notices = affected
    .map((a) => a.notice)
    .filter((notice): notice is StatusNotice => notice !== null);
  const notice = notices[0] ?? null;

  return {
    ...NO_BANNER,
    ...traits,
    kind,
    services: affected.map((a) => a.service.id),
    providers: affected
      .map((a) => a.service)
      .filter((service) => !isSharedDependency(service)),
    notice,
    noticeIds: unique(notices.map((n) => n.id)),
    startsAt: notice?.startsAt ?? null,
    endsAt: notice?.endsAt ?? null,
    alternateMethodIds: methodIds(notices, traits.alternatives),
  };
}

/** Upcoming maintenance within the lead time that was not dismissed. */
function announcedMaintenance(
  snapshot: StatusSnapshot,
  relevant: readonly ServiceDefinition[],
  dismissed: ReadonlySet<string>
): StatusNotice[] {
  const upcoming = snapshot.notices.filter(
    (notice) =>
      notice.phase === 'upcoming' &&
      notice.announced &&
      notice.kind === 'maintenance' &&
      !dismissed.has(notice.id) &&
      relevant.some((service) => covers(notice, service.id))
  );
  const first = upcoming[0];
  if (first === undefined) {
    return [];
  }

  // Windows that share the soonest one's times read as one maintenance,
  // so they share one banner instead of queuing behind each other.
  return upcoming.filter(
    (notice) =>
      notice.startsAt === first.startsAt && notice.endsAt === first.endsAt
  );
}

function upcomingBanner(
  notices: readonly StatusNotice[],
  relevant: readonly ServiceDefinition[],
  catalogue: readonly ServiceDefinition[],
  path: SignInPath,
  states: ReadonlyMap<string, ServiceState>
): BannerModel {
  const services = relevant.filter((service) =>
    notices.some((notice) => covers(notice, service.id))
  );
  const site = notices.some((n) => n.services.includes(GLOBAL_SERVICE_ID));
  const shared = services.some(isSharedDependency);
  const providers = services.filter((s) => !isSharedDependency(s));
  const first = notices[0] as StatusNotice;
  const upcoming = providers.map((service) => ({
    service,
    trouble: 'maintenance' as const,
    notice: first,
  }));

  const alternatives =
    site || shared ? [] : workingProviders(catalogue, path, states, upcoming);

  return {
    ...NO_BANNER,
    kind: 'maintenance-upcoming',
    status: 'info',
    scope: site ? 'site' : shared ? 'sign-in' : 'provider',
    trouble: 'maintenance',
    services: ids(services),
    providers: site || shared ? [] : providers,
    alternatives,
    notice: first,
    noticeIds: notices.map((notice) => notice.id),
    startsAt: first.startsAt,
    endsAt: first.endsAt,
    dismissible: true,
    alternateMethodIds: methodIds(notices, alternatives),
  };
}

/** Providers on `path` that are not affected and known to be working. */
function workingProviders(
  catalogue: readonly ServiceDefinition[],
  path: SignInPath,
  states: ReadonlyMap<string, ServiceState>,
  affected: readonly Affected[]
): ServiceDefinition[] {
  const troubled = new Set(affected.map((a) => a.service.id));
  return servicesForPath(path, catalogue).filter(
    (service) =>
      service.role === 'provider' &&
      !troubled.has(service.id) &&
      states.get(service.id) === 'operational'
  );
}

/**
 * The ways to get help a notice names; else, when no other provider is
 * known to work, the default phone lines. When another provider works,
 * that is the advice, and the banner stays short.
 */
function methodIds(
  notices: readonly StatusNotice[],
  alternatives: readonly ServiceDefinition[]
): string[] {
  const named = unique(notices.flatMap((notice) => notice.alternateMethods));
  if (named.length > 0 || alternatives.length > 0) {
    return named;
  }
  return [...DEFAULT_ALTERNATE_METHOD_IDS];
}

function asTrouble(value: string | undefined): Trouble | null {
  return value === 'outage' || value === 'degraded' || value === 'maintenance'
    ? value
    : null;
}

function worstTrouble(troubles: readonly Trouble[]): Trouble {
  return troubles.reduce((worst, trouble) =>
    TROUBLE_RANK[trouble] > TROUBLE_RANK[worst] ? trouble : worst
  );
}

function ids(services: readonly ServiceDefinition[]): string[] {
  return services.map((service) => service.id);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
