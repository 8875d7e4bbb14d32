/**
 * The page-wide table of shared sources, so that every client on a page
 * reads a URL through the same request and the same timer.
 *
 * Sources are kept after their last user leaves (without timer or
 * listener), so an element that is moved in the DOM, and so disconnects
 * and reconnects, finds its data and validators still there instead of
 * asking the server again. Only the most recently used idle sources are
 * kept, so a page that makes clients for ever-new URLs does not grow the
 * table without end; forgetting needs no timer of its own.
 */

import type {StatusEnvironment} from './environment.js';
import {SharedSource} from './shared-source.js';

/** Idle sources kept per environment; the least recently used go first. */
export const MAX_IDLE_SOURCES = 32;

const sourcesByEnvironment = new WeakMap<
  StatusEnvironment,
  Map<string, SharedSource>
>();

/**
 * The shared source for a URL and request headers in an environment.
 * Different headers (a different API key, say) are a different request,
 * so they never share.
 */
export function sharedSourceFor(
  environment: StatusEnvironment,
  url: string,
  headers: Readonly<Record<string, string>> = {}
): SharedSource {
  let sources = sourcesByEnvironment.get(environment);
  if (!sources) {
    sources = new Map();
    sourcesByEnvironment.set(environment, sources);
  }

  const key = sourceKey(url, headers);
  const source =
    sources.get(key) ?? new SharedSource(environment, url, headers);

  // Re-inserting keeps the Map in order of last use, oldest first.
  sources.delete(key);
  sources.set(key, source);
  forgetOldIdleSources(sources);
  return source;
}

function forgetOldIdleSources(sources: Map<string, SharedSource>): void {
  const idle = [...sources].filter(([, source]) => source.isIdle);
  const excess = idle.length - MAX_IDLE_SOURCES;
  idle.slice(0, Math.max(0, excess)).forEach(([key]) => sources.delete(key));
}

function sourceKey(
  url: string,
  headers: Readonly<Record<string, string>>
): string {
  const lines = Object.entries(headers)
    .map(([name, value]) => `${name.toLowerCase()}: ${value}`)
    .sort();
  return [url, ...lines].join('\n');
}
