/**
 * The rules of the notice feed, version 1, in one place. The parser
 * enforces them and a test compares them with
 * `schema/notice-feed.v1.schema.json`, so the two cannot drift apart.
 */

import {ISO_DAY_PATTERN, ISO_TIME_PATTERN} from './iso-time.js';
import {HTTPS_URL_PATTERN} from './https-url.js';

/** The only feed version this parser reads. */
export const NOTICE_FEED_VERSION = 1;

/**
 * Control characters, C1 controls and bidirectional overrides: none of
 * them belongs in a banner, and the overrides can make text read in an
 * order other than it is stored. Messages may still break lines.
 */
const LINE_CONTROLS = '\\u0009\\u000A\\u000D';
const OTHER_CONTROLS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F' +
  '\\u202A-\\u202E\\u2066-\\u2069';
const TITLE_CHAR = `[^${LINE_CONTROLS}${OTHER_CONTROLS}]`;

export const NOTICE_FEED_RULES = {
  version: NOTICE_FEED_VERSION,
  origins: ['manual', 'monitor', 'scheduled'],
  kinds: ['outage', 'degraded', 'maintenance', 'info', 'operational'],
  required: {
    feed: ['version', 'updated_at', 'notices'],
    notice: [
      'id',
      'origin',
      'kind',
      'services',
      'starts_at',
      'ends_at',
      'title',
      'message',
    ],
    update: ['at', 'status', 'message'],
    uptime: ['service', 'day', 'ratio'],
    /** One language of a notice's `translations`. */
    noticeTranslation: ['title', 'message'],
    /** One language of an update's `translations`. */
    updateTranslation: ['message'],
  },
  optional: {
    feed: ['uptime'],
    notice: [
      'status_page_url',
      'alternate_methods',
      'override',
      'updated_at',
      'updates',
      'translations',
    ],
    update: ['translations'],
  },
  minItems: {services: 1},
  maxItems: {
    notices: 500,
    services: 50,
    alternateMethods: 20,
    updates: 100,
    uptime: 5000,
  },
  maxLength: {
    id: 100,
    title: 200,
    message: 4000,
    url: 2000,
    serviceId: 64,
    alternateMethodId: 64,
    updateStatus: 32,
  },
  /** Languages in one `translations` object. */
  maxProperties: {translations: 10},
  ratio: {minimum: 0, maximum: 1},
  patterns: {
    id: '^[A-Za-z0-9][A-Za-z0-9._:-]*$',
    serviceId: '^[a-z0-9_]+$',
    alternateMethodId: '^[a-z0-9][a-z0-9-]*$',
    updateStatus: '^[a-z][a-z_]*$',
    /** A BCP 47 primary language subtag, the key of a translation. */
    language: '^[a-z]{2,3}$',
    /** At least one visible character, no line breaks. */
    title: `^${TITLE_CHAR}*[^\\s${OTHER_CONTROLS}]${TITLE_CHAR}*$`,
    message: `^[^${OTHER_CONTROLS}]*$`,
    url: HTTPS_URL_PATTERN,
    time: ISO_TIME_PATTERN,
    day: ISO_DAY_PATTERN,
  },
} as const;

export type FeedPattern = keyof typeof NOTICE_FEED_RULES.patterns;

/** The patterns compiled once, as JSON Schema validators compile them. */
export const FEED_PATTERNS = Object.fromEntries(
  Object.entries(NOTICE_FEED_RULES.patterns).map(([name, source]) => [
    name,
    new RegExp(source, 'u'),
  ])
) as Record<FeedPattern, RegExp>;
