/**
 * One notice as a card: its title, when it runs, what it affects, what
 * the operator said, and its timeline of updates, newest first. Every
 * string from a notice is rendered as text, never as HTML, in the page's
 * language when its source translated it, else as written and marked
 * with the language it is in.
 */

import type {TemplateResult} from 'lit';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {
  NoticeUpdate,
  ServiceState,
  StatusNotice,
} from '@va-auth-status/status-client';
import {noticeTextIn, updateTextIn} from '@va-auth-status/status-client';
import type {PageCopy} from '../content/copy.js';
import {instantOf} from '../model/time.js';
import type {Language} from '../shared.js';
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

/** Words from a notice, and the language they are written in. */
export interface NoticeWords {
  text: string;
  lang: string;
}

/**
 * The notice's title in `language` when translated, else as its source
 * wrote it, else our own words for its kind.
 */
export function noticeTitle(
  notice: StatusNotice,
  copy: PageCopy,
  language: Language
): NoticeWords {
  const words = noticeTextIn(notice, language);
  const given = typeof words.title === 'string' ? words.title.trim() : '';
  return given
    ? {text: given, lang: words.lang}
    : {text: copy.notices.untitled[notice.kind] || '', lang: language};
}

/** The `lang` attribute words in `lang` need on a page in `language`. */
function langOf(lang: string, language: Language) {
  return ifDefined(lang === language ? undefined : lang);
}

/** A notice's own message; no space around it, since it keeps breaks. */
function message(text: string, lang: string, language: Language) {
  return html`<p class="message" lang=${langOf(lang, language)}>${text}</p>`;
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
      ${updates.map((update) => {
        const written = updateTextIn(update, context.language);
        return html`<li>
          <p class="update-meta">
            ${timeText(update.at, context)}
            <strong>${updateWord(update.status, context)}</strong>
          </p>
          ${
            written.message
              ? message(written.message, written.lang, context.language)
              : nothing
          }
        </li>`;
      })}
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
  const {language} = context;
  const title = noticeTitle(notice, context.copy, language);
  const own = noticeTextIn(notice, language);

  return html`<article
    class="notice notice-${notice.kind}"
    aria-labelledby=${id}
  >
    ${heading(
      level,
      id,
      html`${state ? stateIcon(state) : nothing}<span
          lang=${langOf(title.lang, language)}
          >${title.text}</span
        >`
    )}
    ${variant === 'maintenance' ? phaseTag(notice, context) : nothing}
    ${whenLines(notice, variant, context)}
    ${
      names.length > 0
        ? html`<p>${context.copy.notices.affects(context.list(names))}</p>`
        : nothing
    }
    ${own.message ? message(own.message, own.lang, language) : nothing}
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
