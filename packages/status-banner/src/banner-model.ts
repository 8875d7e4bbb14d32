/**
 * The plain object `chooseBanner` returns and the banner element renders:
 * which banner, its VADS status, who is affected, and the notice behind it.
 */

import type {
  ServiceDefinition,
  StatusNotice,
} from '@va-auth-status/status-client';

/** Which banner shows, as the `state` of `va-auth-status-change`. */
export type BannerKind =
  | 'none'
  | 'provider-outage'
  | 'provider-degraded'
  | 'several-services'
  | 'shared-dependency'
  | 'maintenance-upcoming'
  | 'maintenance-active'
  | 'unknown'
  | 'announcement';

/** The `va-alert` statuses the banner uses. */
export type AlertStatus = 'info' | 'warning' | 'error';

/** Who is affected: one or more providers, all of sign-in, or the site. */
export type BannerScope = 'provider' | 'sign-in' | 'site';

/** A problem state of one service. */
export type Trouble = 'outage' | 'degraded' | 'maintenance';

/** Everything the element needs to render one banner. */
export interface BannerModel {
  kind: BannerKind;
  status: AlertStatus;
  scope: BannerScope;
  /** The worst trouble among the affected services, or null. */
  trouble: Trouble | null;
  /** Announce assertively (role=alert) when it appears after load. */
  urgent: boolean;
  /** Ids of the services the banner is about, in catalogue order. */
  services: string[];
  /** The affected account providers, named in the copy. */
  providers: ServiceDefinition[];
  /** Providers we know are working, offered as the way in. */
  alternatives: ServiceDefinition[];
  /** The notice whose times and text the banner shows, if any. */
  notice: StatusNotice | null;
  /** Every notice the banner stands for; dismissal remembers them all. */
  noticeIds: string[];
  startsAt: string | null;
  endsAt: string | null;
  dismissible: boolean;
  /**
   * Ways to get things done without signing in, by id: the notice's own,
   * else the defaults when no other provider works, else none.
   */
  alternateMethodIds: string[];
}

/** The model for "nothing to show". */
export const NO_BANNER: BannerModel = Object.freeze({
  kind: 'none',
  status: 'info',
  scope: 'provider',
  trouble: null,
  urgent: false,
  services: [],
  providers: [],
  alternatives: [],
  notice: null,
  noticeIds: [],
  startsAt: null,
  endsAt: null,
  dismissible: false,
  alternateMethodIds: [],
});
