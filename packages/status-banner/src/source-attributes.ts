/**
 * How an element's attributes become the client's sources and options.
 * The banner, the provider and the status page read the same attributes,
 * so they read them through these functions.
 */

import type {SourceDescriptor} from '@va-auth-status/status-client';
import {
  DEFAULT_INTERVAL_MS,
  UPCOMING_LEAD_TIME_MS,
} from '@va-auth-status/status-client';

/** The attributes (as properties) an element names its sources with. */
export interface SourceAttributes {
  backendSrc: string | null;
  maintenanceSrc: string | null;
  noticesSrc: string | null;
  /** Space-separated `service=url` pairs of Statuspage summaries. */
  statuspage: string | null;
  /** More sources in the client's own format, added last. */
  sources: readonly SourceDescriptor[] | null | undefined;
}

/**
 * `logingov=https://… idme=https://…` as Statuspage sources, each page
 * speaking for the service before its `=`. Pairs without both halves are
 * skipped.
 */
export function statuspageSources(value: string | null): SourceDescriptor[] {
  return (value ?? '')
    .split(/\s+/)
    .map((pair) => pair.split('='))
    .flatMap(([service, ...rest]) => {
      const url = rest.join('=');
      return service && url
        ? [{kind: 'statuspage' as const, url, mapping: {page: service}}]
        : [];
    });
}

/** The sources the attributes describe, in a stable order. */
export function describeSources(
  attributes: SourceAttributes
): SourceDescriptor[] {
  const named: Array<[SourceDescriptor['kind'], string | null]> = [
    ['backend-statuses', attributes.backendSrc],
    ['maintenance-windows', attributes.maintenanceSrc],
    ['notices', attributes.noticesSrc],
  ];

  return [
    ...named.flatMap(([kind, url]) => (url ? [{kind, url}] : [])),
    ...statuspageSources(attributes.statuspage),
    ...(attributes.sources ?? []),
  ];
}

/** The attributes an element tunes its own client with. */
export interface PollAttributes {
  /** Seconds between polls; unset, zero or negative means the default. */
  interval: number | null;
  /**
   * Hours before a scheduled window that warnings start; unset or
   * negative means the kit's one lead time (`UPCOMING_LEAD_TIME_MS`).
   */
  leadTime: number | null;
}

/** Client options from `interval` and `lead-time`, defaults filled in. */
export function pollOptions(attributes: PollAttributes): {
  intervalMs: number;
  leadTimeMs: number;
} {
  const {interval, leadTime} = attributes;
  const usable = (value: number | null): value is number =>
    value !== null && Number.isFinite(value);

  return {
    intervalMs:
      usable(interval) && interval > 0 ? interval * 1000 : DEFAULT_INTERVAL_MS,
    leadTimeMs:
      usable(leadTime) && leadTime >= 0
        ? leadTime * 60 * 60 * 1000
        : UPCOMING_LEAD_TIME_MS,
  };
}
