/**
 * One entry point for the client: reads a decoded payload as the kind of
 * source it was fetched from.
 */

import type {SourceData, SourceKind} from '../types.js';
import {parseBackendStatuses} from './backend-statuses.js';
import {fail} from './json-reader.js';
import {parseMaintenanceWindows} from './maintenance-windows.js';
import {parseNoticeFeed} from './notice-feed.js';
import {parseStatuspageSummary} from './statuspage.js';
import type {StatuspageMapping} from './statuspage.js';

export interface ParseSourceOptions {
  /** How a Statuspage page maps onto our services; ignored otherwise. */
  mapping?: StatuspageMapping;
}

export function parseSource(
  kind: SourceKind,
  json: unknown,
  options: ParseSourceOptions = {}
): SourceData {
  switch (kind) {
    case 'backend-statuses':
      return parseBackendStatuses(json);
    case 'maintenance-windows':
      return parseMaintenanceWindows(json);
    case 'statuspage':
      return parseStatuspageSummary(json, options.mapping ?? {});
    case 'notices':
      return parseNoticeFeed(json);
    default:
      // Reachable only from untyped callers; still one error type.
      return fail('$', `a payload of a known source kind, not ${String(kind)}`);
  }
}
