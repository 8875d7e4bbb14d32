// Builders for resolveStatus tests: parsed source data written as literals,
// so the merge is tested without the parsers.
import type {
  BackendServiceStatus,
  MaintenanceWindow,
  ResolveInput,
  ServiceState,
  SourceNotice,
  StatusSnapshot,
  StatuspageComponentState,
  UptimeRecord,
} from '../src/types.js';
import type {StatusError} from '../src/errors.js';

export const NOW = '2026-12-08T12:00:00.000Z';
export const NOW_MS = Date.parse(NOW);

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The ISO instant `offsetMs` away from NOW. */
export function at(offsetMs: number): string {
  return new Date(NOW_MS + offsetMs).toISOString();
}

interface SourceOptions {
  id?: string;
  /** `null` for a source that never answered. */
  checkedAt?: string | null;
  error?: StatusError | null;
  noData?: boolean;
}

function input(
  kind: ResolveInput['source']['kind'],
  fallbackId: string,
  data: ResolveInput['data'],
  options: SourceOptions
): ResolveInput {
  return {
    source: {id: options.id ?? fallbackId, kind, url: null},
    data: options.noData ? null : data,
    checkedAt: options.noData
      ? null
      : options.checkedAt === undefined
        ? NOW
        : options.checkedAt,
    error: options.error ?? null,
  };
}

export function status(
  serviceId: string,
  word: string,
  lastIncidentAt: string | null = null
): BackendServiceStatus {
  return {serviceId, name: serviceId, status: word, lastIncidentAt};
}

export function window(
  fields: Partial<MaintenanceWindow> & {id: string}
): MaintenanceWindow {
  return {
    serviceId: 'idme',
    startsAt: at(-HOUR),
    endsAt: at(HOUR),
    description: '',
    ...fields,
  };
}

export function backend(
  statuses: BackendServiceStatus[],
  options: SourceOptions & {
    windows?: MaintenanceWindow[];
    reportedAt?: string | null;
  } = {}
): ResolveInput {
  return input(
    'backend-statuses',
    'backend',
    {
      kind: 'backend-statuses',
      reportedAt: options.reportedAt ?? null,
      statuses,
      windows: options.windows ?? [],
    },
    options
  );
}

/** Every non-global catalogue service reported `active`. */
export function allActive(options: SourceOptions = {}): ResolveInput {
  return backend(
    ['logingov', 'idme', 'ssoe', 'ssoe_oauth', 'mvi', 'dslogon', 'mhv'].map(
      (id) => status(id, 'active')
    ),
    options
  );
}

export function windows(
  list: MaintenanceWindow[],
  options: SourceOptions = {}
): ResolveInput {
  return input(
    'maintenance-windows',
    'windows',
    {kind: 'maintenance-windows', windows: list},
    options
  );
}

export function component(
  serviceId: string,
  state: ServiceState
): StatuspageComponentState {
  return {componentId: `c-${serviceId}`, name: serviceId, serviceId, state};
}

export function statuspage(
  components: StatuspageComponentState[],
  options: SourceOptions & {
    covered?: string[];
    notices?: SourceNotice[];
  } = {}
): ResolveInput {
  return input(
    'statuspage',
    'statuspage',
    {
      kind: 'statuspage',
      pageName: 'VA.gov',
      pageUrl: null,
      updatedAt: null,
      components,
      coveredServices:
        options.covered ?? components.map((entry) => entry.serviceId),
      notices: options.notices ?? [],
    },
    options
  );
}

export function feed(
  notices: SourceNotice[],
  options: SourceOptions & {uptime?: UptimeRecord[]} = {}
): ResolveInput {
  return input(
    'notices',
    'feed',
    {
      kind: 'notices',
      version: 1,
      updatedAt: null,
      notices,
      uptime: options.uptime ?? [],
    },
    options
  );
}

export function notice(
  fields: Partial<SourceNotice> & {id: string}
): SourceNotice {
  return {
    origin: 'manual',
    kind: 'outage',
    services: ['idme'],
    startsAt: at(-HOUR),
    endsAt: null,
    title: null,
    message: null,
    url: null,
    alternateMethods: [],
    updates: [],
    translations: {},
    override: false,
    updatedAt: null,
    ...fields,
  };
}

export function serviceOf(snapshot: StatusSnapshot, id: string) {
  const service = snapshot.services.find((entry) => entry.id === id);
  if (service === undefined) {
    throw new Error(`No service ${id} in the snapshot`);
  }
  return service;
}

export function stateOf(snapshot: StatusSnapshot, id: string): ServiceState {
  return serviceOf(snapshot, id).state;
}

export function noticeIds(list: readonly {id: string}[]): string[] {
  return list.map((entry) => entry.id);
}
