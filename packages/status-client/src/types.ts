/**
 * The shapes every part of the kit shares: what a parser returns, what
 * `resolveStatus` takes, and the snapshot that elements render.
 *
 * Every timestamp in these types is an ISO 8601 string in UTC
 * (`2026-12-08T02:00:00.000Z`), so that a snapshot survives JSON, server
 * rendering and a trip through `postMessage` unchanged.
 */

import type {StatusError} from './errors.js';

/** How a service is doing, as far as we know. */
export type ServiceState =
  'operational' | 'degraded' | 'outage' | 'maintenance' | 'unknown';

/** Who or what declared a piece of downtime. */
export type NoticeOrigin = 'manual' | 'monitor' | 'scheduled';

/**
 * What a notice says about its services.
 *
 * `operational` is an explicit all-clear: only a manual notice with
 * `override: true` may carry it.
 */
export type NoticeKind =
  'outage' | 'degraded' | 'maintenance' | 'info' | 'operational';

/** Where a notice stands in time relative to `now`. */
export type NoticePhase = 'upcoming' | 'active' | 'ended';

/** How much we trust the data as a whole. */
export type Freshness = 'fresh' | 'stale' | 'unknown';

/** The kinds of source the client can read. */
export type SourceKind =
  'backend-statuses' | 'maintenance-windows' | 'statuspage' | 'notices';

/** The five PagerDuty service status words vets-api passes through. */
export type PagerDutyStatus =
  'active' | 'warning' | 'critical' | 'maintenance' | 'disabled';

/** The path a user signs in through, which decides whether SSOe matters. */
export type SignInPath = 'sis' | 'ssoe';

// ---------------------------------------------------------------------------
// Parsed source data
// ---------------------------------------------------------------------------

/** One PagerDuty "External:" service as vets-api reports it. */
export interface BackendServiceStatus {
  /** vets-api setting name (`logingov`, `mvi`, ...); may be `''`. */
  serviceId: string;
  /** PagerDuty service name without its "External: " prefix. */
  name: string;
  /**
   * The PagerDuty word as received. Kept as a string because an unknown
   * word must survive parsing and resolve to `unknown`, not be rejected.
   */
  status: string;
  lastIncidentAt: string | null;
}

/** One scheduled maintenance window (PagerDuty, through vets-api). */
export interface MaintenanceWindow {
  id: string;
  /** vets-api setting name; `global` means every service; may be `''`. */
  serviceId: string;
  startsAt: string;
  endsAt: string;
  /** The text after `USER_MESSAGE:` in PagerDuty, or `''`. */
  description: string;
}

export interface BackendStatusesData {
  kind: 'backend-statuses';
  reportedAt: string | null;
  statuses: BackendServiceStatus[];
  windows: MaintenanceWindow[];
}

export interface MaintenanceWindowsData {
  kind: 'maintenance-windows';
  windows: MaintenanceWindow[];
}

/** A Statuspage component mapped onto one of our services. */
export interface StatuspageComponentState {
  componentId: string;
  name: string;
  serviceId: string;
  state: ServiceState;
}

export interface StatuspageData {
  kind: 'statuspage';
  pageName: string;
  pageUrl: string | null;
  updatedAt: string | null;
  /** Component states for mapped components only. */
  components: StatuspageComponentState[];
  /** Service ids this page speaks for, mapped or not currently listed. */
  coveredServices: string[];
  /** Unresolved incidents and upcoming or active maintenances. */
  notices: SourceNotice[];
}

export interface NoticeFeedData {
  kind: 'notices';
  version: 1;
  updatedAt: string | null;
  notices: SourceNotice[];
  uptime: UptimeRecord[];
}

/** Share of a UTC day a service was up, as a monitor measured it. */
export interface UptimeRecord {
  serviceId: string;
  /** `YYYY-MM-DD`, a day in America/New_York. */
  day: string;
  /** 0 to 1. */
  ratio: number;
}

export type SourceData =
  | BackendStatusesData
  | MaintenanceWindowsData
  | StatuspageData
  | NoticeFeedData;

/** One update in a notice's timeline. */
export interface NoticeUpdate {
  at: string;
  /** A short status word from the source (`investigating`, ...). */
  status: string;
  message: string;
  /**
   * The message in other languages, keyed by primary language subtag
   * (`es`); `{}` when the source wrote it in one language only.
   */
  translations: Record<string, UpdateTranslation>;
}

/** An update's message as its writer translated it. */
export interface UpdateTranslation {
  message: string;
}

/** A notice's title and message as its writer translated them. */
export interface NoticeTranslation {
  title: string;
  message: string;
}

/** An alternate way to get something done, referenced by id. */
export type AlternateMethodId = string;

/**
 * A notice as a source states it, before `resolveStatus` decides its
 * phase. Parsers of Statuspage and the notice feed produce these.
 */
export interface SourceNotice {
  id: string;
  origin: NoticeOrigin;
  kind: NoticeKind;
  services: string[];
  startsAt: string;
  endsAt: string | null;
  title: string | null;
  message: string | null;
  url: string | null;
  alternateMethods: AlternateMethodId[];
  /** Newest first. */
  updates: NoticeUpdate[];
  /**
   * Title and message in other languages, keyed by primary language
   * subtag (`es`); `{}` when the source wrote them in one language only.
   * Untranslated text is in English, as every source writes it.
   */
  translations: Record<string, NoticeTranslation>;
  /** Only manual notices may override what monitors say. */
  override: boolean;
  updatedAt: string | null;
}

// ---------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------

/** How the client names a source in snapshots and errors. */
export interface SourceInfo {
  /** Stable id; defaults to the kind and URL. */
  id: string;
  kind: SourceKind;
  url: string | null;
}

/** What `resolveStatus` needs to know about one source. */
export interface ResolveInput {
  source: SourceInfo;
  /** The last good data, or `null` if the source never answered. */
  data: SourceData | null;
  /** When `data` was last confirmed, on the corrected clock. */
  checkedAt: string | null;
  /** The latest failure, cleared by the next success. */
  error: StatusError | null;
}

/** A service in a snapshot. */
export interface ServiceStatus {
  id: string;
  label: string;
  state: ServiceState;
  retired: boolean;
  /** Ids of the sources whose word decided `state`. */
  decidedBy: string[];
}

/** A notice in a snapshot, placed in time. */
export interface StatusNotice extends SourceNotice {
  phase: NoticePhase;
  /**
   * Whether elements should warn about it now: true for active notices
   * and for upcoming ones that start within the lead time.
   */
  announced: boolean;
  /** Id of the source the notice came from. */
  source: string;
}

/** How one source is doing, for honest "last checked" lines. */
export interface SourceHealth {
  id: string;
  kind: SourceKind;
  url: string | null;
  freshness: Freshness;
  checkedAt: string | null;
  error: StatusError | null;
}

/** Everything an element needs to render, computed by `resolveStatus`. */
export interface StatusSnapshot {
  /** The instant the snapshot describes (the corrected `now`). */
  at: string;
  /**
   * When the data was checked: the oldest `checkedAt` among the sources
   * that answered, since the whole is only as fresh as its oldest part.
   */
  checkedAt: string | null;
  freshness: Freshness;
  services: ServiceStatus[];
  /** Active notices, then every upcoming one, soonest first. */
  notices: StatusNotice[];
  /** Notices that ended within the history window, newest first. */
  history: StatusNotice[];
  uptime: UptimeRecord[];
  sources: SourceHealth[];
}
