/**
 * How an element's source attributes become the client's source list.
 * `<va-auth-status-provider>` and `<va-auth-status-page>` read the same
 * attributes, so they read them through this one function.
 */

import type {SourceDescriptor} from '@va-auth-status/status-client';

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
