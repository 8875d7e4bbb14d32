/**
 * The entries of the RSS and Atom feeds: one per update of every notice
 * (so a reader hears "fixed now", not only the first post), and one for a
 * notice that has no updates yet, such as newly scheduled maintenance.
 * Notice text is in the feed's language where its source translated it.
 */

import type {StatusNotice, StatusSnapshot} from '@va-auth-status/status-client';
import {noticeTextIn, updateTextIn} from '@va-auth-status/status-client';
import type {PageCopy} from '../content/copy.js';
import {copyFor} from '../content/copy.js';
import {instantOf, pageDateTime} from '../model/time.js';
import type {Language} from '../shared.js';
import {safeWebUrl} from '../views/context.js';
import {noticeTitle, sortedUpdates} from '../views/notice.js';

/** Most entries a feed carries; readers only look at the newest. */
export const MAX_FEED_ENTRIES = 50;

export interface FeedEntry {
  /** Stable for the same notice update across builds. */
  key: string;
  title: string;
  /** ISO 8601 UTC. */
  updated: string;
  /** Plain text, one paragraph per line. */
  lines: string[];
  /** The provider's page about the notice, when it has one. */
  url: string | null;
}

function phaseWord(notice: StatusNotice, copy: PageCopy): string {
  if (notice.phase === 'active') return copy.notices.inProgress;
  return notice.phase === 'upcoming'
    ? copy.notices.upcoming
    : copy.notices.ended;
}

function updateWord(status: string, copy: PageCopy): string {
  const words = copy.notices.updateWords;
  return Object.hasOwn(words, status)
    ? (words[status] ?? '')
    : copy.notices.genericUpdate;
}

/** The lines that place a notice in time and say what it affects. */
function contextLines(
  notice: StatusNotice,
  copy: PageCopy,
  language: Language,
  serviceName: (id: string) => string
): string[] {
  const lines: string[] = [];
  const start = pageDateTime(notice.startsAt, language);
  const end = pageDateTime(notice.endsAt, language);

  if (notice.kind === 'maintenance') {
    if (start) lines.push(copy.notices.startTime(start));
    lines.push(end ? copy.notices.endTime(end) : copy.notices.endUnknown);
  } else {
    if (start) lines.push(copy.notices.started(start));
    if (end && notice.phase === 'ended') lines.push(copy.notices.endedAt(end));
  }

  const services = Array.isArray(notice.services) ? notice.services : [];
  if (services.length > 0) {
    const list = new Intl.ListFormat(copy.locale, {type: 'conjunction'});
    lines.push(copy.notices.affects(list.format(services.map(serviceName))));
  }
  return lines;
}

function entriesOf(
  notice: StatusNotice,
  copy: PageCopy,
  language: Language,
  serviceName: (id: string) => string
): FeedEntry[] {
  const title = noticeTitle(notice, copy, language).text;
  const message = noticeTextIn(notice, language).message;
  const context = contextLines(notice, copy, language, serviceName);
  const url = safeWebUrl(notice.url);
  const updates = sortedUpdates(notice).filter(
    (update) => instantOf(update.at) !== null
  );

  if (updates.length === 0) {
    const stamp = instantOf(notice.updatedAt) ?? instantOf(notice.startsAt);
    if (stamp === null) return [];
    return [
      {
        key: `${notice.id}/${new Date(stamp).toISOString()}`,
        title: `${title}: ${phaseWord(notice, copy)}`,
        updated: new Date(stamp).toISOString(),
        lines: [...(message ? [message] : []), ...context],
        url,
      },
    ];
  }

  // TODO: words left in English inside a Spanish feed carry no language
  // mark; RSS has none per item, and Atom's xml:lang per entry would need
  // the entry to say which of its lines are English.
  return updates.map((update) => {
    const at = new Date(instantOf(update.at) ?? 0).toISOString();
    const said = updateTextIn(update, language).message;
    return {
      key: `${notice.id}/${at}`,
      title: `${title}: ${updateWord(update.status, copy)}`,
      updated: at,
      lines: [...(said ? [said] : []), ...context],
      url,
    };
  });
}

/** Every entry, newest first, at most `MAX_FEED_ENTRIES`. */
export function feedEntries(
  snapshot: StatusSnapshot,
  language: Language
): FeedEntry[] {
  const copy = copyFor(language);
  const labels = new Map(
    (snapshot.services ?? []).map((service) => [service.id, service.label])
  );
  const serviceName = (id: string) =>
    copy.services.names[id] ?? labels.get(id) ?? id;

  // A notice can sit in both lists while it ends; keep its first copy.
  const byKey = new Map<string, FeedEntry>();
  for (const notice of [
    ...(snapshot.notices ?? []),
    ...(snapshot.history ?? []),
  ]) {
    for (const entry of entriesOf(notice, copy, language, serviceName)) {
      if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
    }
  }

  return [...byKey.values()]
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .slice(0, MAX_FEED_ENTRIES);
}
