/**
 * Registers the VA design system elements the banners render, for pages
 * that do not already load them (VA.gov does; Storybook and plain pages
 * do not). Each is registered only if its tag is free, so importing this
 * on VA.gov changes nothing. `va-icon` comes along with `va-alert`.
 *
 * Needs `@department-of-veterans-affairs/web-components` installed and a
 * bundler or dev server that resolves its bare imports.
 */

import {defineCustomElement as defineVaAlert} from '@department-of-veterans-affairs/web-components/dist/components/va-alert.js';
import {defineCustomElement as defineVaLink} from '@department-of-veterans-affairs/web-components/dist/components/va-link.js';
import {defineCustomElement as defineVaTelephone} from '@department-of-veterans-affairs/web-components/dist/components/va-telephone.js';

const VADS_ELEMENTS: ReadonlyArray<[string, () => void]> = [
  ['va-alert', defineVaAlert],
  ['va-telephone', defineVaTelephone],
  ['va-link', defineVaLink],
];

for (const [tag, define] of VADS_ELEMENTS) {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) {
    define();
  }
}
