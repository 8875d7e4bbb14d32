/**
 * Registers `<va-auth-status-provider>`, `<va-auth-status-banner>` and
 * `<va-auth-alternate-methods>`. Safe to import twice, and safe beside
 * another copy of this package: a tag already taken is left alone.
 *
 * The provider is registered first, so that on a page whose markup is
 * already parsed every provider is upgraded before the banners inside it
 * ask for its client.
 *
 * TODO: a provider registered after the banners inside it have connected
 * is not found by them (no @lit/context ContextRoot is attached), so
 * register it first, as this module does, or set `client` directly.
 *
 * This does not register the VA design system's elements: VA.gov does
 * that itself. Import `define-vads` on pages that do not.
 */

import {VaAuthAlternateMethods} from './va-auth-alternate-methods.js';
import {VaAuthStatusBanner} from './va-auth-status-banner.js';
import {VaAuthStatusProvider} from './va-auth-status-provider.js';

const ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['va-auth-status-provider', VaAuthStatusProvider],
  ['va-auth-status-banner', VaAuthStatusBanner],
  ['va-auth-alternate-methods', VaAuthAlternateMethods],
];

for (const [tag, element] of ELEMENTS) {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) {
    customElements.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'va-auth-status-provider': VaAuthStatusProvider;
    'va-auth-status-banner': VaAuthStatusBanner;
    'va-auth-alternate-methods': VaAuthAlternateMethods;
  }
}
