/** The banner headline at a chosen level, slotted into `va-alert`. */

import type {TemplateResult} from 'lit';
import {html} from 'lit';

/**
 * One template per level rather than a bound tag name, so every template
 * stays plain, checkable HTML. Levels outside 1 to 6 give an `h2`.
 */
export function renderHeading(level: number, text: string): TemplateResult {
  switch (Math.trunc(level)) {
    case 1:
      return html`<h1 slot="headline" part="headline">${text}</h1>`;
    case 3:
      return html`<h3 slot="headline" part="headline">${text}</h3>`;
    case 4:
      return html`<h4 slot="headline" part="headline">${text}</h4>`;
    case 5:
      return html`<h5 slot="headline" part="headline">${text}</h5>`;
    case 6:
      return html`<h6 slot="headline" part="headline">${text}</h6>`;
    default:
      return html`<h2 slot="headline" part="headline">${text}</h2>`;
  }
}
