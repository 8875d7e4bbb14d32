/**
 * @va-auth-status/status-client: reads every VA.gov sign-in status source,
 * merges them into one snapshot and polls them politely.
 */

export type * from './types.js';
export {
  StatusError,
  StatusHttpError,
  StatusNetworkError,
  StatusParseError,
  StatusTimeoutError,
  isStatusError,
} from './errors.js';
export type {StatusErrorType} from './errors.js';
export {
  GLOBAL_SERVICE_ID,
  SIGN_IN_SERVICES,
  extendCatalogue,
  servicesForPath,
} from './catalogue.js';
export type {
  ServiceDefinition,
  ServiceOverride,
  ServiceRole,
} from './catalogue.js';
export {
  DEFAULT_INTERVAL_MS,
  HISTORY_MS,
  STALE_AFTER_MS,
  UPCOMING_LEAD_TIME_MS,
} from './defaults.js';
export {
  parseBackendStatuses,
  pagerDutyState,
} from './parse/backend-statuses.js';
export {parseMaintenanceWindows} from './parse/maintenance-windows.js';
export {parseStatuspageSummary} from './parse/statuspage.js';
export type {StatuspageMapping} from './parse/statuspage.js';
export {parseNoticeFeed, NOTICE_FEED_VERSION} from './parse/notice-feed.js';
export {parseSource} from './parse/parse-source.js';
export {resolveStatus, worstState} from './resolve/resolve-status.js';
export {
  NOTICE_SOURCE_LANGUAGE,
  noticeTextIn,
  updateTextIn,
} from './notice-text.js';
export type {NoticeText, UpdateText} from './notice-text.js';
export type {ResolveOptions} from './resolve/resolve-status.js';
export {createStatusClient} from './client/create-status-client.js';
export type {
  SourceDescriptor,
  StatusClient,
  StatusClientOptions,
  StatusListener,
} from './client/create-status-client.js';
export type {StatusEnvironment} from './client/environment.js';
export {devWarning, devWarningsEnabled} from './dev-warning.js';
export type {DevWarningCode} from './dev-warning.js';
