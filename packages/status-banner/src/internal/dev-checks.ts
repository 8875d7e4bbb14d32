/**
 * Developer warnings for a banner that is set up so that it can never say
 * anything useful. Silent unless the page turns developer warnings on
 * (see `devWarning` in the client).
 */

import type {StatusSnapshot} from '@va-auth-status/status-client';
import {
  SIGN_IN_SERVICES,
  devWarning,
  devWarningsEnabled,
} from '@va-auth-status/status-client';

/** What the checks read from a banner. */
export interface CheckedBanner extends HTMLElement {
  readonly services: string | null;
  readonly signInPath: string;
  readonly snapshot: StatusSnapshot | null;
  /** True once the banner reads a client. */
  readonly hasSource: boolean;
}

/** Warns about `services` ids and a `sign-in-path` nobody knows. */
export function checkChoices(banner: CheckedBanner): void {
  if (!devWarningsEnabled()) return;

  const known = new Set(
    (banner.snapshot?.services ?? SIGN_IN_SERVICES).map((service) => service.id)
  );
  const asked = banner.services?.split(/\s+/).filter(Boolean) ?? [];
  for (const id of asked.filter((candidate) => !known.has(candidate))) {
    devWarning(
      'VAS102-unknown-service',
      `services="${banner.services}" names "${id}", which no source ` +
        `reports; the banner will never speak for it.`,
      banner
    );
  }

  if (banner.signInPath !== 'sis' && banner.signInPath !== 'ssoe') {
    devWarning(
      'VAS103-unknown-sign-in-path',
      `sign-in-path="${banner.signInPath}" is neither "sis" nor "ssoe"; ` +
        `the banner reads it as "sis".`,
      banner
    );
  }
}

/**
 * Warns when a connected banner still has no source once the page has
 * had a turn to upgrade a provider around it.
 */
export function checkSourceSoon(banner: CheckedBanner): void {
  if (!devWarningsEnabled()) return;

  setTimeout(() => {
    if (!banner.isConnected || banner.hasSource) return;
    devWarning(
      'VAS101-banner-without-source',
      `<${banner.localName}> has no src, no client and no ` +
        `<va-auth-status-provider> around it, so it will stay empty.`,
      banner
    );
  }, 0);
}
