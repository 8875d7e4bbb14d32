/**
 * The page's top and its current-status sections: the verdict, the
 * service rows, current problems and scheduled maintenance.
 */

import {html, nothing} from 'lit';
import type {PageModel} from '../model/page-model.js';
import {isoOf} from '../model/time.js';
import type {ViewContext} from './context.js';
import {timeText} from './context.js';
import {overallIcon, stateIcon} from './icons.js';
import {noticeCard} from './notice.js';

/** Notes under the verdict about how far the data can be trusted. */
export interface SummaryNotes {
  /** The data is older than it should be. */
  stale: boolean;
  /** Live checks fail, so the page shows earlier data. */
  liveFailing: boolean;
}

/** The verdict, how much to trust it, and the "last checked" line. */
export function summary(
  model: PageModel | null,
  context: ViewContext,
  loading: boolean,
  notes: SummaryNotes
) {
  const {copy} = context;
  const overall = model?.overall ?? (loading ? 'loading' : 'unknown');
  const checkedAt = model?.checkedAt ?? null;

  return html`<div class="summary summary-${overall}" part="summary">
    <p class="verdict" role="status">
      ${overallIcon(overall)}<span>${copy.overall[overall]}</span>
    </p>
    ${
      notes.liveFailing
        ? html`<p class="stale">${copy.liveUnavailable}</p>`
        : notes.stale && overall !== 'unknown'
          ? html`<p class="stale">${copy.staleNote}</p>`
          : nothing
    }
    ${
      loading
        ? nothing
        : html`<p class="checked">
            ${
              checkedAt === null
                ? copy.neverChecked
                : isoOf(checkedAt) === null
                  ? copy.checkedUnknown
                  : timeText(checkedAt, context, copy.lastChecked)
            }
          </p>`
    }
  </div>`;
}

/** One row per sign-in service still offered. */
export function servicesSection(model: PageModel, context: ViewContext) {
  const {copy} = context;
  return html`<section class="services" aria-labelledby="services-heading">
    <h2 id="services-heading">${copy.services.heading}</h2>
    <ul class="service-list" part="service-list">
      ${model.services.map(
        (service) =>
          html`<li class="service state-${service.state}" part="service">
            ${stateIcon(service.state)}
            <span class="service-text">
              <span class="service-name"
                >${context.serviceName(service.id, service.label)}</span
              >
              <span class="service-description"
                >${
                  copy.services.descriptions[service.id] ??
                  copy.services.genericDescription
                }</span
              >
            </span>
            <span class="service-state"
              ><span class="sr-only">${copy.statusPrefix}</span>${
                copy.stateWords[service.state] ?? copy.stateWords.unknown
              }</span
            >
          </li>`
      )}
    </ul>
  </section>`;
}

/** Active outages and slowdowns, each with its timeline. */
export function problemsSection(model: PageModel, context: ViewContext) {
  const words = context.copy.notices;
  const empty = model.noticesUnknown ? words.problemsUnknown : words.noProblems;

  return html`<section class="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">${words.problemsHeading}</h2>
    ${
      model.problems.length === 0
        ? html`<p>${empty}</p>`
        : html`<ul class="notice-list">
            ${model.problems.map(
              (notice, index) =>
                html`<li>
                  ${noticeCard(notice, 'problem', context, `problem-${index}`)}
                </li>`
            )}
          </ul>`
    }
  </section>`;
}

/** Active notices that report no problem; nothing when there are none. */
export function announcementsSection(model: PageModel, context: ViewContext) {
  if (model.announcements.length === 0) {
    return nothing;
  }

  return html`<section
    class="announcements"
    aria-labelledby="announcements-heading"
  >
    <h2 id="announcements-heading">
      ${context.copy.notices.announcementsHeading}
    </h2>
    <ul class="notice-list">
      ${model.announcements.map(
        (notice, index) =>
          html`<li>
            ${noticeCard(
              notice,
              'announcement',
              context,
              `announcement-${index}`
            )}
          </li>`
      )}
    </ul>
  </section>`;
}

/** Maintenance in progress, then upcoming windows, with ET times. */
export function maintenanceSection(model: PageModel, context: ViewContext) {
  const words = context.copy.notices;
  const empty = model.noticesUnknown
    ? words.maintenanceUnknown
    : words.noMaintenance;

  return html`<section
    class="maintenance"
    aria-labelledby="maintenance-heading"
  >
    <h2 id="maintenance-heading">${words.maintenanceHeading}</h2>
    ${
      model.maintenance.length === 0
        ? html`<p>${empty}</p>`
        : html`<ul class="notice-list">
            ${model.maintenance.map(
              (notice, index) =>
                html`<li>
                  ${noticeCard(
                    notice,
                    'maintenance',
                    context,
                    `maintenance-${index}`
                  )}
                </li>`
            )}
          </ul>`
    }
  </section>`;
}
