/**
 * The quietest banner: an active `info` notice, such as "Login.gov is
 * changing its sign-in page next week", told in the notice's own words.
 * `chooseBanner` shows one only when nothing about trouble, maintenance
 * or unknown status applies.
 */

import type {
  ServiceDefinition,
  StatusNotice,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {GLOBAL_SERVICE_ID} from '@va-auth-status/status-client';
import type {BannerModel} from '../banner-model.js';
import {NO_BANNER} from '../banner-model.js';
import {covers} from './coverage.js';

/**
 * The first active information notice for the services the banner speaks
 * for, as a dismissible `info` banner; null when there is none to show.
 * A notice without a title has no headline to give and is skipped.
 */
export function announcementBanner(
  snapshot: StatusSnapshot,
  relevant: readonly ServiceDefinition[],
  dismissed: ReadonlySet<string>
): BannerModel | null {
  const notice = snapshot.notices.find(
    (candidate) =>
      candidate.phase === 'active' &&
      candidate.kind === 'info' &&
      hasTitle(candidate) &&
      !dismissed.has(candidate.id) &&
      relevant.some((service) => covers(candidate, service.id))
  );
  if (notice === undefined) {
    return null;
  }

  return {
    ...NO_BANNER,
    kind: 'announcement',
    status: 'info',
    scope: notice.services.includes(GLOBAL_SERVICE_ID) ? 'site' : 'provider',
    services: relevant
      .filter((service) => covers(notice, service.id))
      .map((service) => service.id),
    notice,
    noticeIds: [notice.id],
    startsAt: notice.startsAt,
    endsAt: notice.endsAt,
    dismissible: true,
    // Only the help the notice itself names: an announcement is not
    // trouble, so the default phone lines would only add noise.
    alternateMethodIds: [...notice.alternateMethods],
  };
}

function hasTitle(notice: StatusNotice): boolean {
  return typeof notice.title === 'string' && notice.title.trim() !== '';
}
