/**
 * @va-auth-status/status-page: the `<va-auth-status-page>` element and
 * the pure builders the static site uses (feeds and the JSON status
 * document). Import `./define` to register the element.
 */

export {VaAuthStatusPage} from './va-auth-status-page.js';
export {STATUS_PAGE_CHANGE_EVENT} from './events.js';
export type {StatusPageChangeDetail} from './events.js';
export {PAGE_COPY, copyFor, pageLanguage} from './content/copy.js';
export type {OverallState, PageCopy, UptimeBand} from './content/copy.js';
export {overallState, pageModel} from './model/page-model.js';
export type {PageModel, ProviderPage, ServiceRow} from './model/page-model.js';
export {HISTORY_DAYS, formatPercent, uptimeBand} from './model/uptime.js';
export {pageDateTime} from './model/time.js';
export {MAX_FEED_ENTRIES, feedEntries} from './site/feed-entries.js';
export type {FeedEntry} from './site/feed-entries.js';
export {renderAtomFeed, renderRssFeed} from './site/feeds.js';
export type {FeedOptions} from './site/feeds.js';
export {
  STATUS_DOCUMENT_FORMAT,
  STATUS_DOCUMENT_VERSION,
  inlineJson,
  serializableSnapshot,
  statusDocument,
} from './site/status-document.js';
export type {
  SerializableSnapshot,
  SerializedSourceError,
  StatusDocument,
} from './site/status-document.js';
export {escapeHtml, escapeXml} from './site/xml.js';
