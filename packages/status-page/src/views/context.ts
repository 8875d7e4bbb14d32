/**
 * What every view function needs: the copy for the page's language and a
 * few helpers that turn ids and stamps into words.
 */

import {html, nothing} from 'lit';
import type {PageCopy} from '../content/copy.js';
import {copyFor} from '../content/copy.js';
import type {Language} from '../shared.js';
import {isoOf, pageDateTime} from '../model/time.js';

export interface ViewContext {
  language: Language;
  copy: PageCopy;
  /** A service's name in the page's language. */
  serviceName(id: string, fallback?: string): string;
  /** "Login.gov and ID.me" in the page's language. */
  list(items: readonly string[]): string;
}

export function viewContext(
  language: Language,
  labels: ReadonlyArray<{id: string; label: string}>
): ViewContext {
  const copy = copyFor(language);
  const labelById = new Map(labels.map((entry) => [entry.id, entry.label]));
  const listFormat = new Intl.ListFormat(copy.locale, {type: 'conjunction'});

  return {
    language,
    copy,
    serviceName: (id, fallback) =>
      copy.services.names[id] ?? labelById.get(id) ?? fallback ?? id,
    list: (items) => listFormat.format(items),
  };
}

/**
 * A `<time>` with the VA-style Eastern text, or nothing when the stamp
 * does not parse. `wrap` puts the words around the time ("Started: …").
 */
export function timeText(
  stamp: string | null | undefined,
  context: ViewContext,
  wrap: (time: string) => string = (time) => time
) {
  const iso = isoOf(stamp);
  const words = pageDateTime(stamp, context.language);
  if (iso === null || words === null) {
    return nothing;
  }

  // Split the sentence around the time so only the time is in <time>.
  const marker = '\u0000';
  const [before = '', after = ''] = wrap(marker).split(marker);
  return html`${before}<time datetime=${iso}>${words}</time>${after}`;
}

/**
 * The URL if it is a web address, else `null`: operator-written links
 * must not become `javascript:` links on a government page.
 */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') {
    return null;
  }

  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? parsed.href
      : null;
  } catch {
    return null;
  }
}
