/**
 * One list of ways to get things done without signing in, shared by the
 * banner and `<va-auth-alternate-methods>`.
 */

import type {TemplateResult} from 'lit';
import {html, nothing} from 'lit';
import type {AlternateMethod} from '../content/alternate-methods.js';
import {formatPhone, localize} from '../content/alternate-methods.js';
import type {Language} from '../content/format-time.js';

/**
 * A number and, when the line takes relay calls, "(TTY: 711)" right after
 * it. The text inside each `va-telephone` is what readers see when the
 * VA components are not registered; once they are, the component draws
 * the same number as a link in its own shadow root.
 */
export function renderPhone(method: AlternateMethod): TemplateResult {
  const phone = method.phone ?? '';
  return html`<va-telephone contact=${phone}>${formatPhone(phone)}</va-telephone
    >${
      method.tty
        ? html` (<va-telephone contact="711" tty>TTY: 711</va-telephone>)`
        : nothing
    }`;
}

/** Hours read as a line of their own, so they start with a capital. */
function startOfLine(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function renderName(method: AlternateMethod, language: Language) {
  const name = localize(method.name, language);
  return method.url ? html`<a href=${method.url}>${name}</a>` : name;
}

function renderMethod(
  method: AlternateMethod,
  language: Language
): TemplateResult {
  return html`<li part="method">
    <strong>${localize(method.task, language)}</strong><br />
    ${renderName(method, language)}${
      method.phone ? html`: ${renderPhone(method)}` : nothing
    }<br />
    ${startOfLine(localize(method.hours, language))}
  </li>`;
}

export function renderMethodList(
  methods: readonly AlternateMethod[],
  language: Language
): TemplateResult | typeof nothing {
  if (methods.length === 0) {
    return nothing;
  }
  return html`<ul class="methods" part="methods">
    ${methods.map((method) => renderMethod(method, language))}
  </ul>`;
}
