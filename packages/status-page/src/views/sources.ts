/**
 * Where the page's information comes from and how each source is doing,
 * so a "we can't check" verdict can be traced to the source that failed.
 */

import {html, nothing} from 'lit';
import type {SourceHealth} from '@va-auth-status/status-client';
import type {ViewContext} from './context.js';
import {timeText} from './context.js';

/** The host a source lives on, for people who want to check it. */
function hostOf(url: string | null): string | null {
  if (!url) {
    return null;
  }

  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function sourceItem(source: SourceHealth, context: ViewContext) {
  const words = context.copy.sources;
  const host = hostOf(source.url);
  const kind = words.kinds[source.kind] ?? source.kind;
  const health = source.error
    ? words.failing
    : words.freshness[source.freshness];

  return html`<li class="source freshness-${source.freshness}">
    <p>
      <strong>${kind}</strong>${host ? html` (${host})` : nothing}:
      ${health ?? words.freshness.unknown}
    </p>
    ${
      source.checkedAt
        ? html`<p>
            ${timeText(source.checkedAt, context, context.copy.lastChecked)}
          </p>`
        : nothing
    }
  </li>`;
}

export function sourcesSection(
  sources: readonly SourceHealth[],
  failing: boolean,
  context: ViewContext
) {
  if (sources.length === 0) {
    return nothing;
  }

  const words = context.copy.sources;
  return html`<section class="sources" aria-labelledby="sources-heading">
    <h2 id="sources-heading">${words.heading}</h2>
    ${failing ? html`<p class="stale">${words.someFailing}</p>` : nothing}
    <p>${words.intro}</p>
    <ul class="source-list">
      ${sources.map((source) => sourceItem(source, context))}
    </ul>
  </section>`;
}
