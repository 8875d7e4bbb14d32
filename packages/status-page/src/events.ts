/**
 * The event the status page fires when its verdict changes. Source
 * failures use the banner's `va-auth-status-error`, so a page listens
 * once for both kinds of element.
 */

import type {StatusSnapshot} from '@va-auth-status/status-client';
import type {OverallState} from './content/copy.js';

export interface StatusPageChangeDetail {
  /** The verdict now shown. */
  overall: OverallState;
  /** The verdict before, or null for the first live verdict. */
  previous: OverallState | null;
  snapshot: StatusSnapshot;
}

export const STATUS_PAGE_CHANGE_EVENT = 'va-auth-status-page-change';

declare global {
  interface HTMLElementEventMap {
    'va-auth-status-page-change': CustomEvent<StatusPageChangeDetail>;
  }
}
