/**
 * Builders for payloads in the exact shapes the real sources send, so
 * that the demo, the stories and the tests exercise the same parsers the
 * production page does.
 */

const HOUR = 60 * 60 * 1000;

/** A PagerDuty word for each sign-in service that is not `active`. */
export type StatusWords = Partial<Record<string, string>>;

/** A maintenance window relative to `now`, in hours. */
export interface WindowSpec {
  id: number;
  service: string;
  startsInHours: number;
  lastsHours: number;
  description?: string;
}

/** The PagerDuty services vets-api lists for sign-in, as VA names them. */
const SIGN_IN_PAGERDUTY_SERVICES: ReadonlyArray<[string, string]> = [
  ['DS Logon', 'dslogon'],
  ['ID.me', 'idme'],
  ['Login.gov', 'logingov'],
  ['Master Persons Index (MPI)', 'mvi'],
  ['My Health eVet (MHV)', 'mhv'],
  ['SSOe', 'ssoe'],
  ['SSOe OAuth', 'ssoe_oauth'],
  ['Appeals', 'appeals'],
];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A window in vets-api's camelCase serialisation (what VA.gov receives). */
function windowAttributes(now: number, spec: WindowSpec) {
  const start = now + spec.startsInHours * HOUR;
  return {
    id: spec.id,
    externalService: spec.service,
    startTime: iso(start),
    endTime: iso(start + spec.lastsHours * HOUR),
    description: spec.description ?? '',
  };
}

/**
 * GET /v0/backend_statuses as VA.gov's frontend receives it (it asks
 * vets-api for camelCase keys). Services not named in `words` are active.
 */
export function backendStatusesPayload(
  now: number,
  words: StatusWords = {},
  windows: readonly WindowSpec[] = []
) {
  return {
    data: {
      id: '',
      type: 'backend_statuses',
      attributes: {
        reportedAt: iso(now - 20_000),
        statuses: SIGN_IN_PAGERDUTY_SERVICES.map(([service, serviceId]) => {
          const word = words[serviceId] ?? 'active';
          return {
            service,
            serviceId,
            status: word,
            lastIncidentTimestamp:
              word === 'active' ? null : iso(now - 25 * 60 * 1000),
          };
        }),
        maintenanceWindows: windows
          .filter((spec) => spec.startsInHours + spec.lastsHours > 0)
          .map((spec) => windowAttributes(now, spec)),
      },
    },
  };
}

/** GET /v0/maintenance_windows: a JSON:API collection of future windows. */
export function maintenanceWindowsPayload(
  now: number,
  windows: readonly WindowSpec[] = []
) {
  return {
    data: windows
      .filter((spec) => spec.startsInHours + spec.lastsHours > 0)
      .map((spec) => ({
        id: String(spec.id),
        type: 'maintenance_window',
        attributes: windowAttributes(now, spec),
      })),
  };
}

/** One notice of our own feed, with times relative to `now` in hours. */
export interface FeedNoticeSpec {
  id: string;
  origin: 'manual' | 'monitor' | 'scheduled';
  kind: 'outage' | 'degraded' | 'maintenance' | 'info' | 'operational';
  services: string[];
  startedHoursAgo: number;
  /** Hours from now; negative for ended notices; null for open ones. */
  endsInHours: number | null;
  title: string;
  message: string;
  override?: boolean;
  alternateMethods?: string[];
  statusPageUrl?: string;
  updates?: Array<{
    hoursAgo: number;
    status: string;
    message: string;
    translations?: Record<string, {message: string}>;
  }>;
  /** Title and message in other languages, keyed by language (`es`). */
  translations?: Record<string, {title: string; message: string}>;
}

/** Our notice feed, version 1 (see the status-client README). */
export function noticeFeedPayload(
  now: number,
  notices: readonly FeedNoticeSpec[] = [],
  uptime: ReadonlyArray<{service: string; day: string; ratio: number}> = []
) {
  return {
    version: 1,
    updated_at: iso(now - 60_000),
    notices: notices.map((notice) => ({
      id: notice.id,
      origin: notice.origin,
      kind: notice.kind,
      services: notice.services,
      starts_at: iso(now - notice.startedHoursAgo * HOUR),
      ends_at:
        notice.endsInHours === null
          ? null
          : iso(now + notice.endsInHours * HOUR),
      title: notice.title,
      message: notice.message,
      ...(notice.statusPageUrl ? {status_page_url: notice.statusPageUrl} : {}),
      alternate_methods: notice.alternateMethods ?? [],
      override: notice.override ?? false,
      updated_at: iso(now - (notice.updates?.[0]?.hoursAgo ?? 0) * HOUR),
      updates: (notice.updates ?? []).map((update) => ({
        at: iso(now - update.hoursAgo * HOUR),
        status: update.status,
        message: update.message,
        translations: update.translations ?? {},
      })),
      translations: notice.translations ?? {},
    })),
    uptime,
  };
}

/**
 * A Statuspage v2 summary.json for a provider's own page (such as
 * status.login.gov), with one component and an optional open incident.
 */
export function statuspageSummaryPayload(
  now: number,
  options: {
    pageName: string;
    componentStatus?: string;
    incident?: {impact: string; status: string; name: string; body: string};
  }
) {
  const stamp = iso(now - 10 * 60 * 1000);
  const component = {
    id: 'sim0component1',
    name: 'Sign in',
    status: options.componentStatus ?? 'operational',
    created_at: '2025-01-01T00:00:00.000-05:00',
    updated_at: stamp,
    position: 1,
    description: null,
    showcase: true,
    start_date: '2025-01-01',
    group_id: null,
    page_id: 'sim0page0001',
    group: false,
    only_show_if_degraded: false,
  };
  const incidents = options.incident
    ? [
        {
          id: 'sim0incident1',
          name: options.incident.name,
          status: options.incident.status,
          created_at: stamp,
          updated_at: stamp,
          monitoring_at: null,
          resolved_at: null,
          impact: options.incident.impact,
          shortlink: 'https://stspg.io/sim0',
          started_at: stamp,
          page_id: 'sim0page0001',
          incident_updates: [
            {
              id: 'sim0update01',
              status: options.incident.status,
              body: options.incident.body,
              incident_id: 'sim0incident1',
              created_at: stamp,
              updated_at: stamp,
              display_at: stamp,
              affected_components: null,
              deliver_notifications: true,
              custom_tweet: null,
              tweet_id: null,
            },
          ],
          components: [component],
          reminder_intervals: null,
        },
      ]
    : [];

  return {
    page: {
      id: 'sim0page0001',
      name: options.pageName,
      url: 'https://status.example.invalid',
      time_zone: 'America/New_York',
      updated_at: stamp,
    },
    components: [component],
    incidents,
    scheduled_maintenances: [],
    status: {indicator: 'none', description: 'All Systems Operational'},
  };
}
