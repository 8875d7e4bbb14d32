/**
 * Our own notice feed: what the Identity team publishes by hand, what our
 * monitors add, and daily uptime. The format is described in the package
 * README and in `schema/notice-feed.v1.schema.json`; the rules themselves
 * live in `notice-feed-rules.ts`.
 *
 * Keys the parser does not know are ignored, so a newer writer can add
 * fields without breaking readers. An optional key is either left out or
 * valid: `null` is only meaningful for `ends_at`, where it says "until
 * further notice".
 */

import type {
  NoticeFeedData,
  NoticeTranslation,
  NoticeUpdate,
  SourceNotice,
  UpdateTranslation,
  UptimeRecord,
} from '../types.js';
import {
  fail,
  guardParse,
  member,
  readBoolean,
  readItems,
  readNumber,
  readObject,
  readString,
  readWord,
  rootValue,
} from './json-reader.js';
import type {JsonObject, JsonValue} from './json-reader.js';
import {readDay, readTime} from './iso-time.js';
import {readHttpsUrl} from './https-url.js';
import {
  FEED_PATTERNS,
  NOTICE_FEED_RULES as RULES,
  NOTICE_FEED_VERSION,
} from './notice-feed-rules.js';

export {NOTICE_FEED_VERSION};

/** Prefix of every feed notice id, so ids never clash across sources. */
const ID_PREFIX = 'feed:';

/** Reads a notice feed and checks every rule of version 1. */
export function parseNoticeFeed(json: unknown): NoticeFeedData {
  return guardParse(() => {
    const feed = readObject(rootValue(json));

    const version = member(feed, 'version');
    if (version.value !== NOTICE_FEED_VERSION) {
      fail(version.path, `the number ${NOTICE_FEED_VERSION}`);
    }

    const updatedAt = readTime(member(feed, 'updated_at'));
    const notices = readItems(
      member(feed, 'notices'),
      RULES.maxItems.notices
    ).map(readNotice);
    rejectDuplicates(notices, (notice) => notice.id, 'a unique notice id');

    const uptime = ifPresent(member(feed, 'uptime'), [], (value) =>
      readItems(value, RULES.maxItems.uptime).map(readUptime)
    );
    rejectDuplicates(
      uptime,
      (record) => `${record.serviceId} ${record.day}`,
      'one record per service and day'
    );

    return {
      kind: 'notices',
      version: NOTICE_FEED_VERSION,
      updatedAt,
      notices: notices.map((notice) => notice.value),
      uptime: uptime.map((record) => record.value),
    };
  });
}

/** A parsed item with the path it came from, for errors found later. */
interface Located<T> {
  value: T;
  path: string;
}

/** Reads an optional key: absent gives `fallback`, anything else is read. */
function ifPresent<T>(
  value: JsonValue,
  fallback: T,
  read: (value: JsonValue) => T
): T {
  return value.value === undefined ? fallback : read(value);
}

function readNotice(item: JsonValue): Located<SourceNotice> {
  const notice = readObject(item);
  const origin = readWord(member(notice, 'origin'), RULES.origins);
  const kind = readWord(member(notice, 'kind'), RULES.kinds);

  // Only a person may declare an all-clear over what monitors say.
  const overrideValue = member(notice, 'override');
  const override = ifPresent(overrideValue, false, readBoolean);
  if (override && origin !== 'manual') {
    fail(overrideValue.path, 'false unless origin is "manual"');
  }
  if (kind === 'operational' && !override) {
    fail(
      `${notice.path}.kind`,
      'a kind other than "operational" unless origin is "manual" and ' +
        'override is true'
    );
  }

  const startsAt = readTime(member(notice, 'starts_at'));
  const endsAt = readEnd(member(notice, 'ends_at'), startsAt);

  const value: SourceNotice = {
    id: ID_PREFIX + readFeedString(member(notice, 'id'), 'id'),
    origin,
    kind,
    services: readIdList(member(notice, 'services'), 'serviceId'),
    startsAt,
    endsAt,
    title: readFeedString(member(notice, 'title'), 'title'),
    message: readFeedString(member(notice, 'message'), 'message'),
    url: ifPresent(member(notice, 'status_page_url'), null, (url) =>
      readHttpsUrl(url, RULES.maxLength.url)
    ),
    alternateMethods: ifPresent(
      member(notice, 'alternate_methods'),
      [],
      (ids) => readIdList(ids, 'alternateMethodId')
    ),
    updates: ifPresent(member(notice, 'updates'), [], readUpdates),
    translations: ifPresent(member(notice, 'translations'), {}, (value) =>
      readTranslations(value, readNoticeTranslation)
    ),
    override,
    updatedAt: ifPresent(member(notice, 'updated_at'), null, readTime),
  };
  return {value, path: `${notice.path}.id`};
}

/** `ends_at` must be present; `null` means open-ended. */
function readEnd(value: JsonValue, startsAt: string): string | null {
  if (value.value === null) {
    return null;
  }
  if (value.value === undefined) {
    fail(value.path, 'null or a time after starts_at');
  }

  const endsAt = readTime(value);
  if (Date.parse(endsAt) <= Date.parse(startsAt)) {
    fail(value.path, 'null or a time after starts_at');
  }
  return endsAt;
}

/** Updates are written newest first; another order is an authoring slip. */
function readUpdates(value: JsonValue): NoticeUpdate[] {
  const updates = readItems(value, RULES.maxItems.updates).map((item) => {
    const update = readObject(item);
    return {
      at: readTime(member(update, 'at')),
      status: readFeedString(member(update, 'status'), 'updateStatus'),
      message: readFeedString(member(update, 'message'), 'message'),
      translations: ifPresent(member(update, 'translations'), {}, (value) =>
        readTranslations(value, readUpdateTranslation)
      ),
    };
  });

  updates.forEach((update, index) => {
    const previous = updates[index - 1];
    if (previous && Date.parse(update.at) > Date.parse(previous.at)) {
      fail(`${value.path}[${index}].at`, 'updates sorted newest first');
    }
  });
  return updates;
}

/**
 * Text in other languages, keyed by primary language subtag (`es`). A
 * translation is held to the rules of the text it translates.
 */
function readTranslations<T>(
  value: JsonValue,
  readTranslation: (translation: JsonObject) => T
): Record<string, T> {
  const translations = readObject(value);
  const languages = Object.keys(translations.fields);
  const maxLanguages = RULES.maxProperties.translations;
  if (languages.length > maxLanguages) {
    fail(translations.path, `an object of at most ${maxLanguages} languages`);
  }

  // A key that is not a language tag is not named in the error path: it
  // could be any text at all, of any length.
  return Object.fromEntries(
    languages.map((language) => {
      if (!FEED_PATTERNS.language.test(language)) {
        fail(
          translations.path,
          `language keys matching ${RULES.patterns.language}`
        );
      }
      const translation = readObject(member(translations, language));
      return [language, readTranslation(translation)];
    })
  );
}

function readNoticeTranslation(translation: JsonObject): NoticeTranslation {
  return {
    title: readFeedString(member(translation, 'title'), 'title'),
    message: readFeedString(member(translation, 'message'), 'message'),
  };
}

function readUpdateTranslation(translation: JsonObject): UpdateTranslation {
  return {
    message: readFeedString(member(translation, 'message'), 'message'),
  };
}

function readUptime(item: JsonValue): Located<UptimeRecord> {
  const record = readObject(item);
  const value = {
    serviceId: readFeedString(member(record, 'service'), 'serviceId'),
    day: readDay(member(record, 'day')),
    ratio: readNumber(
      member(record, 'ratio'),
      RULES.ratio.minimum,
      RULES.ratio.maximum
    ),
  };
  return {value, path: record.path};
}

/** A list of ids, each held to `rule`, none repeated. */
function readIdList(
  value: JsonValue,
  rule: 'serviceId' | 'alternateMethodId'
): string[] {
  const [minItems, maxItems] =
    rule === 'serviceId'
      ? [RULES.minItems.services, RULES.maxItems.services]
      : [0, RULES.maxItems.alternateMethods];
  const items = readItems(value, maxItems);
  if (items.length < minItems) {
    fail(value.path, `an array of at least ${minItems} item`);
  }

  const ids = items.map((item) => ({
    value: readFeedString(item, rule),
    path: item.path,
  }));
  rejectDuplicates(ids, (id) => id, 'no repeated id');
  return ids.map((id) => id.value);
}

/** A string held to the length and pattern the feed sets for `rule`. */
function readFeedString(
  value: JsonValue,
  rule: keyof typeof RULES.maxLength
): string {
  return readString(value, {
    maxLength: RULES.maxLength[rule],
    pattern: {
      test: FEED_PATTERNS[rule],
      describe: `matching ${RULES.patterns[rule]}`,
    },
  });
}

function rejectDuplicates<T>(
  items: readonly Located<T>[],
  keyOf: (value: T) => string,
  expected: string
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item.value);
    if (seen.has(key)) {
      fail(item.path, expected);
    }
    seen.add(key);
  }
}
