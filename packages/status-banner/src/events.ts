/**
 * The events the elements fire. All three bubble and are composed, so a
 * page can listen once on `document` for every banner, shadow roots
 * included.
 */

import type {StatusError, StatusSnapshot} from '@va-auth-status/status-client';
import type {BannerKind} from './banner-model.js';

export interface StatusChangeDetail {
  /** The banner now shown (`none` when nothing is). */
  state: BannerKind;
  /** The banner shown before, or null for the first settled state. */
  previous: BannerKind | null;
  /** Ids of the services the banner is about. */
  services: string[];
  snapshot: StatusSnapshot;
}

export interface StatusDismissDetail {
  /** The notice the user dismissed. */
  noticeId: string;
}

export interface StatusErrorDetail {
  /** Id of the source that failed. */
  sourceId: string;
  error: StatusError;
}

export const STATUS_CHANGE_EVENT = 'va-auth-status-change';
export const STATUS_DISMISS_EVENT = 'va-auth-status-dismiss';
export const STATUS_ERROR_EVENT = 'va-auth-status-error';

/** A bubbling, composed CustomEvent with a typed detail. */
export function statusEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, {bubbles: true, composed: true, detail});
}

declare global {
  interface HTMLElementEventMap {
    'va-auth-status-change': CustomEvent<StatusChangeDetail>;
    'va-auth-status-dismiss': CustomEvent<StatusDismissDetail>;
    'va-auth-status-error': CustomEvent<StatusErrorDetail>;
  }
}
