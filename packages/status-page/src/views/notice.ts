/**
 * One notice as a card: its title, when it runs, what it affects, what
 * the operator said, and its timeline of updates, newest first. Every
 * string from a notice is rendered as text, never as HTML.
 */

import type {TemplateResult} from 'lit';
import {html, nothing} from 'lit';
import type {
  NoticeUpdate,
  ServiceState,
  StatusNotice,
} from '@va-auth-status/status-client';
import {instantOf} from '../model/time.js';
import type {ViewContext} from './context.js';
import {safeWebUrl, timeText} from './context.js';
import {stateIcon} from './icons.js';

/** Where the card sits, which decides its lines and heading level. */
export type NoticeVariant =
  'problem' | 'announcement' | 'maintenance' | 'history';

/** Headings cannot take a bound tag name, so we pick one of three. */
function heading(level: 3 | 4 | 5, id: string, content: unknown) {
  switch (level) {
    case 3:
      return html`<h3 id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id}>${content}</h4>`;
    default:
      return html`<h5 id=${id}>${content}</h5>`;
  }
}

function subheading(level: 3 | 4 | 5, content: string) {
  return level === 3
    ? html`<h4>${content}</h4>`
    : html`<h5 class="minor-heading">${content}</h5>`;
}

/** The icon a notice's kind stands for; information gets none. */
function kindState(notice: StatusNotice): ServiceState | null {
  switch (notice.kind) {
    case 'outage':
    case 'degraded':
    case 'maintenance':
    case 'operational':
      return notice.kind;
    default:
      return null;
  }
}

function title(notice: StatusNotice, context: ViewContext): string {
  const given = typeof notice.title === 'string' ? notice.title.trim() : '';
  return given || context.copy.notices.untitled[notice.kind] || '';
}

/** Newest first, whatever order the source used; bad stamps go last. */
export function sortedUpdates(notice: StatusNotice): NoticeUpdate[] {
  const updates = Array.isArray(notice.updates) ? [...notice.updates] : [];
  return updates.sort(
    (a, b) => (instantOf(b.at) ?? -Infinity) - (instantOf(a.at) ?? -Infinity)
  );
}

function updateWord(status: string, context: ViewContext): string {
  const words = context.copy.notices.updateWords;
  return Object.hasOwn(words, status)
    ? (words[status] ?? '')
    : context.copy.notices.genericUpdate;
}

function timeline(
  notice: StatusNotice,
  context: ViewContext,
  level: 3 | 4 | 5
) {
  const updates = sortedUpdates(notice);
  if (updates.length === 0) {
    return nothing;
  }

  const {copy} = context;
  return html`${subheading(level, copy.notices.updatesHeading)}
    <p class="sr-only">${copy.notices.newestFirst}</p>
    <ol class="timeline">
      ${updates.map(
        (update) =>
          html`<li>
            <p class="update-meta">
              ${timeText(update.at, context)}
              <strong>${updateWord(update.status, context)}</strong>
            </p>
            ${
              update.message
                ? html`<p class="message">${update.message}</p>`
                : nothing
            }
          </li>`
      )}
    </ol>`;
}

function whenLines(
  notice: StatusNotice,
  variant: NoticeVariant,
  context: ViewContext
) {
  const words = context.copy.notices;
  if (variant === 'maintenance') {
    return html`<p>${timeText(notice.startsAt, context, words.startTime)}</p>
      <p>
        ${
          notice.endsAt
            ? timeText(notice.endsAt, context, words.endTime)
            : words.endUnknown
        }
      </p>`;
  }

  const started = html`<p>
    ${timeText(notice.startsAt, context, words.started)}
  </p>`;
  if (variant !== 'history' || !notice.endsAt) {
    return started;
  }
  return html`${started}
    <p>${timeText(notice.endsAt, context, words.endedAt)}</p>`;
}

function phaseTag(notice: StatusNotice, context: ViewContext) {
  const words = context.copy.notices;
  const text =
    notice.phase === 'active'
      ? words.inProgress
      : notice.phase === 'upcoming'
        ? words.upcoming
        : words.ended;
  return html`<p class="tag tag-${notice.phase}">${text}</p>`;
}

/**
 * A notice card. `id` must be unique in the shadow root; `level` is the
 * card's heading level.
 */
export function noticeCard(
  notice: StatusNotice,
  variant: NoticeVariant,
  context: ViewContext,
  id: string,
  level: 3 | 4 = 3
): TemplateResult {
  const state = kindState(notice);
  const services = Array.isArray(notice.services) ? notice.services : [];
  const names = services.map((service) => context.serviceName(service));
  const link = safeWebUrl(notice.url);
  const updates = timeline(notice, context, level);

  return html`<article
    class="notice notice-${notice.kind}"
    aria-labelledby=${id}
  >
    ${heading(
      level,
      id,
      html`${state ? stateIcon(state) : nothing}<span
          >${title(notice, context)}</span
        >`
    )}
    ${variant === 'maintenance' ? phaseTag(notice, context) : nothing}
    ${whenLines(notice, variant, context)}
    ${
      names.length > 0
        ? html`<p>${context.copy.notices.affects(context.list(names))}</p>`
        : nothing
    }
    ${notice.message ? html`<p class="message">${notice.message}</p>` : nothing}
    ${
      link
        ? html`<p><a href=${link}>${context.copy.notices.moreDetails}</a></p>`
        : nothing
    }
    ${
      variant === 'history' && updates !== nothing
        ? html`<details>
            <summary>${context.copy.history.showUpdates}</summary>
            ${updates}
          </details>`
        : updates
    }
  </article>`;
}
