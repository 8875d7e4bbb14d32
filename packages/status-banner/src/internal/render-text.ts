/** Renders copy strings as text, with their `**` marks as bold. */

import type {TemplateResult} from 'lit';
import {html} from 'lit';
import {textRuns} from '../content/messages.js';

/**
 * Every run goes in as a text binding, so nothing in a message (ours, a
 * host's override or a notice's) can create an element.
 */
export function renderRuns(message: string): TemplateResult {
  return html`${textRuns(message).map((run) =>
    run.bold ? html`<strong>${run.text}</strong>` : run.text
  )}`;
}
