/**
 * Inline state icons. They are decoration only (`aria-hidden`): every
 * icon sits next to the words for the same state, so colour and shape are
 * never the only signal. Inline SVG instead of `va-icon` because it
 * renders on the server and needs no sprite or script.
 */

import type {SVGTemplateResult} from 'lit';
import {html, svg} from 'lit';
import type {ServiceState} from '@va-auth-status/status-client';
import type {OverallState} from '../content/copy.js';

const SHAPES: Record<ServiceState, SVGTemplateResult> = {
  operational: svg`<circle cx="12" cy="12" r="10" />
    <path d="M7 12.5l3.2 3.2L17 9" class="mark" />`,
  degraded: svg`<path d="M12 2.5L22 20.5H2z" />
    <path d="M12 9v5.5M12 17v.5" class="mark" />`,
  outage: svg`<circle cx="12" cy="12" r="10" />
    <path d="M8 8l8 8M16 8l-8 8" class="mark" />`,
  maintenance: svg`<circle cx="12" cy="12" r="10" />
    <path d="M12 6.5V12l3.5 2.5" class="mark" />`,
  unknown: svg`<circle cx="12" cy="12" r="10" />
    <path d="M9.4 9.3a2.7 2.7 0 1 1 3.8 2.4c-.8.4-1.2 1-1.2 1.8v.6
      M12 17v.5" class="mark" />`,
};

/** The icon for a service state, hidden from assistive technology. */
export function stateIcon(state: ServiceState) {
  const shape = SHAPES[state] ?? SHAPES.unknown;
  return html`<svg
    class="icon icon-${state}"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    focusable="false"
  >
    ${shape}
  </svg>`;
}

/** The icon for the page verdict. */
export function overallIcon(overall: OverallState) {
  switch (overall) {
    case 'operational':
    case 'degraded':
    case 'outage':
    case 'maintenance':
      return stateIcon(overall);
    default:
      return stateIcon('unknown');
  }
}
