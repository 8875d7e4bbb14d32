/** Reading a banner the way a user would: its alert, text and status. */

import {waitUntil} from '@open-wc/testing';
import type {VaAuthStatusBanner} from '../../src/va-auth-status-banner.js';

export function alertOf(banner: VaAuthStatusBanner): HTMLElement | null {
  return banner.shadowRoot?.querySelector('va-alert') ?? null;
}

/** Waits until the banner shows `state` and VADS has drawn its alert. */
export async function untilShown(
  banner: VaAuthStatusBanner,
  state: string
): Promise<HTMLElement> {
  await waitUntil(() => banner.state === state, `never showed ${state}`, {
    timeout: 4000,
  });
  await banner.updateComplete;
  await waitUntil(
    () => alertOf(banner)?.shadowRoot?.querySelector('.usa-alert'),
    'va-alert never rendered'
  );
  return alertOf(banner) as HTMLElement;
}

/** Text of the alert's content, without VADS' sr-only prefix. */
export function textOf(alert: HTMLElement): string {
  const clone = alert.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.usa-sr-only').forEach((node) => node.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function headlineOf(alert: HTMLElement): string {
  const headline = alert.querySelector('[slot="headline"]') as HTMLElement;
  return textOf(headline);
}

/** The role VADS put on the alert's inner box, or null. */
export function roleOf(alert: HTMLElement): string | null {
  return (
    alert.shadowRoot?.querySelector('.usa-alert')?.getAttribute('role') ?? null
  );
}

/** The banner's `role="status"` (polite) or `role="alert"` region. */
export function liveRegion(
  banner: VaAuthStatusBanner,
  politeness: 'polite' | 'assertive'
): HTMLElement {
  const role = politeness === 'polite' ? 'status' : 'alert';
  const region = banner.shadowRoot?.querySelector<HTMLElement>(
    `[role="${role}"][aria-live="${politeness}"]`
  );
  if (!region) {
    throw new Error(`no ${politeness} live region`);
  }
  return region;
}

/** The words a screen reader is given by that region. */
export function spokenIn(
  banner: VaAuthStatusBanner,
  politeness: 'polite' | 'assertive'
): string {
  const text = liveRegion(banner, politeness).textContent ?? '';
  return text
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The next `type` event from `target`, typed by the global event map. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(type, resolve, {once: true});
  });
}
