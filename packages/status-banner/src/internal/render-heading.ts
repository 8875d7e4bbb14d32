/** The banner headline at a chosen level, slotted into `va-alert`. */

import type {TemplateResult} from 'lit';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

/**
 * One template per level rather than a bound tag name, so every template
 * stays plain, checkable HTML. Levels outside 1 to 6 give an `h2`. `lang`
 * marks a headline in another language than the banner's.
 */
export function renderHeading(
  level: number,
  text: string,
  lang?: string
): TemplateResult {
  const language = ifDefined(lang);
  switch (Math.trunc(level)) {
    case 1:
      return html`<h1 slot="headline" part="headline" lang=${language}>
        ${text}
      </h1>`;
    case 3:
      return html`<h3 slot="headline" part="headline" lang=${language}>
        ${text}
      </h3>`;
    case 4:
      return html`<h4 slot="headline" part="headline" lang=${language}>
        ${text}
      </h4>`;
    case 5:
      return html`<h5 slot="headline" part="headline" lang=${language}>
        ${text}
      </h5>`;
    case 6:
      return html`<h6 slot="headline" part="headline" lang=${language}>
        ${text}
      </h6>`;
    default:
      return html`<h2 slot="headline" part="headline" lang=${language}>
        ${text}
      </h2>`;
  }
}
