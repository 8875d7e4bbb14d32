/**
 * RSS 2.0 and Atom 1.0 documents of the page's notices and their
 * updates. Entry text is plain text turned into escaped HTML paragraphs,
 * then escaped again for XML, so a reader shows `<script>` in a notice as
 * those eight characters.
 */

import type {StatusSnapshot} from '@va-auth-status/status-client';
import {copyFor} from '../content/copy.js';
import type {Language} from '../shared.js';
import type {FeedEntry} from './feed-entries.js';
import {feedEntries} from './feed-entries.js';
import {escapeXml, paragraphsHtml} from './xml.js';

export interface FeedOptions {
  language: Language;
  /** Absolute URL of the status page; `null` leaves links relative. */
  pageUrl: string | null;
  /** Absolute URL of the feed itself, for `rel="self"`. */
  feedUrl: string | null;
  /** When the feed was written (ISO 8601); also its date if it is empty. */
  generatedAt: string;
}

/** Ids that stay the same for the same entry, with or without a site URL. */
const TAG_PREFIX = 'tag:va-auth-status,2026:';

function entryId(entry: FeedEntry): string {
  return `${TAG_PREFIX}notice/${encodeURIComponent(entry.key)}`;
}

function feedId(options: FeedOptions): string {
  return options.pageUrl ?? `${TAG_PREFIX}status-page/${options.language}`;
}

function entryLink(entry: FeedEntry, options: FeedOptions): string | null {
  return entry.url ?? options.pageUrl;
}

/** RFC 822 dates, as RSS 2.0 wants them. */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

function newest(entries: readonly FeedEntry[], options: FeedOptions): string {
  return entries[0]?.updated ?? options.generatedAt;
}

function href(url: string): string {
  return `href="${escapeXml(url)}"`;
}

function rssItem(entry: FeedEntry, options: FeedOptions): string {
  const link = entryLink(entry, options);
  const body = escapeXml(paragraphsHtml(entry.lines));
  return [
    '    <item>',
    `      <title>${escapeXml(entry.title)}</title>`,
    ...(link ? [`      <link>${escapeXml(link)}</link>`] : []),
    `      <guid isPermaLink="false">${escapeXml(entryId(entry))}</guid>`,
    `      <pubDate>${rfc822(entry.updated)}</pubDate>`,
    `      <description>${body}</description>`,
    '    </item>',
  ].join('\n');
}

/** The RSS 2.0 document for a snapshot. */
export function renderRssFeed(
  snapshot: StatusSnapshot,
  options: FeedOptions
): string {
  const copy = copyFor(options.language);
  const entries = feedEntries(snapshot, options.language);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(copy.feed.title)}</title>`,
    `    <link>${escapeXml(options.pageUrl ?? './')}</link>`,
    `    <description>${escapeXml(copy.feed.description)}</description>`,
    `    <language>${copy.locale.toLowerCase()}</language>`,
    `    <lastBuildDate>${rfc822(options.generatedAt)}</lastBuildDate>`,
    `    <pubDate>${rfc822(newest(entries, options))}</pubDate>`,
    ...(options.feedUrl
      ? [
          `    <atom:link href="${escapeXml(options.feedUrl)}" ` +
            'rel="self" type="application/rss+xml"/>',
        ]
      : []),
    ...entries.map((entry) => rssItem(entry, options)),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

function atomEntry(entry: FeedEntry, options: FeedOptions): string {
  const link = entryLink(entry, options);
  const body = escapeXml(paragraphsHtml(entry.lines));
  return [
    '  <entry>',
    `    <id>${escapeXml(entryId(entry))}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${entry.updated}</updated>`,
    ...(link
      ? [`    <link rel="alternate" type="text/html" ${href(link)}/>`]
      : []),
    `    <content type="html">${body}</content>`,
    '  </entry>',
  ].join('\n');
}

/** The Atom 1.0 document for a snapshot. */
export function renderAtomFeed(
  snapshot: StatusSnapshot,
  options: FeedOptions
): string {
  const copy = copyFor(options.language);
  const entries = feedEntries(snapshot, options.language);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${copy.locale}">`,
    `  <id>${escapeXml(feedId(options))}</id>`,
    `  <title type="text">${escapeXml(copy.feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(copy.feed.description)}</subtitle>`,
    `  <updated>${newest(entries, options)}</updated>`,
    `  <author><name>${escapeXml(copy.feed.author)}</name></author>`,
    ...(options.pageUrl
      ? [
          `  <link rel="alternate" type="text/html" ` +
            `href="${escapeXml(options.pageUrl)}"/>`,
        ]
      : []),
    ...(options.feedUrl
      ? [
          `  <link rel="self" type="application/atom+xml" ` +
            `href="${escapeXml(options.feedUrl)}"/>`,
        ]
      : []),
    ...entries.map((entry) => atomEntry(entry, options)),
    '</feed>',
    '',
  ].join('\n');
}
