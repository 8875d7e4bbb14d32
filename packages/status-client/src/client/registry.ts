/**
 * The page-wide table of shared sources, so that every client on a page
 * reads a URL through the same request and the same timer.
 *
 * Sources are kept after their last user leaves (without timer or
 * listener), so an element that is moved in the DOM, and so disconnects
 * and reconnects, finds its data and validators still there instead of
 * asking the server again.
 *
 * TODO: idle sources are never evicted; a page that made clients for
 * ever-new URLs would grow this table. Nothing in the kit does, and an
 * eviction delay would need a timer of its own.
 */

import type {StatusEnvironment} from './environment.js';
import {SharedSource} from './shared-source.js';

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
  let source = sources.get(key);
  if (!source) {
    source = new SharedSource(environment, url, headers);
    sources.set(key, source);
  }
  return source;
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
