/**
 * The markup of one banner: a `va-alert` with our headline, sentences,
 * phone lines and status links slotted in. The element decides what to
 * show, and its live regions announce changes; this only lays it out,
 * with no ARIA role on the alert.
 */

import type {TemplateResult} from 'lit';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {BannerModel} from '../banner-model.js';
import {alternateMethodsById} from '../content/alternate-methods.js';
import type {Language} from '../content/format-time.js';
import type {BannerMessages} from '../content/messages.js';
import {messagesFor} from '../content/messages.js';
import type {Line, StatusLink} from './banner-copy.js';
import {bannerCopy, statusLinks} from './banner-copy.js';
import {renderHeading} from './render-heading.js';
import {renderMethodList} from './render-methods.js';
import {renderRuns} from './render-text.js';

export interface AlertInput {
  model: BannerModel;
  language: Language;
  overrides: Partial<BannerMessages> | null;
  headingLevel: number;
  statusPageUrl: string | null;
  onClose: () => void;
}

export function renderAlert(input: AlertInput): TemplateResult {
  const {model, language} = input;
  const messages = messagesFor(language, input.overrides);
  const copy = bannerCopy(model, messages, language);

  // TODO: va-alert prepends an English "Warning Alert " to the headline
  // for screen readers, on Spanish pages too; VADS offers no way to
  // translate it, and replacing its node would fight its re-renders.
  return html`<va-alert
    part="alert"
    status=${model.status}
    visible
    ?closeable=${model.dismissible}
    close-btn-aria-label=${messages.closeLabel({headline: copy.headline.text})}
    lang=${language}
    @closeEvent=${input.onClose}
  >
    ${renderHeading(
      input.headingLevel,
      copy.headline.text,
      otherLanguage(copy.headline, language)
    )}
    ${renderBody(copy.body, language)}
    ${copy.times.map((line) => html`<p>${line}</p>`)}
    ${renderUpdate(copy.update, messages, language)}
    ${
      copy.instead === null ? nothing : html`<p>${renderRuns(copy.instead)}</p>`
    }
    ${renderMethods(model, messages, language)}
    ${renderLinks(statusLinks(model, messages, input.statusPageUrl))}
  </va-alert>`;
}

/** The `lang` a line needs when it is not in the banner's language. */
function otherLanguage(line: Line, language: Language): string | undefined {
  return line.lang === language ? undefined : line.lang;
}

/** Our sentence with its bold names, or a notice's words as written. */
function renderBody(body: Line | null, language: Language) {
  if (body === null) {
    return nothing;
  }
  const text = body.verbatim
    ? html`<span class="verbatim">${body.text}</span>`
    : renderRuns(body.text);
  return html`<p part="body" lang=${ifDefined(otherLanguage(body, language))}>
    ${text}
  </p>`;
}

/**
 * A notice's own words: plain text, line breaks kept, marked with their
 * language when no translation into the banner's was given.
 */
function renderUpdate(
  update: Line | null,
  messages: BannerMessages,
  language: Language
) {
  if (update === null) {
    return nothing;
  }
  return html`<p class="update">
    ${messages.latestUpdate}
    <span class="verbatim" lang=${ifDefined(otherLanguage(update, language))}
      >${update.text}</span
    >
  </p>`;
}

function renderMethods(
  model: BannerModel,
  messages: BannerMessages,
  language: Language
) {
  const methods = alternateMethodsById(model.alternateMethodIds);
  if (model.kind === 'unknown' || methods.length === 0) {
    return nothing;
  }
  return html`<p>${messages.methodsIntro}</p>
    ${renderMethodList(methods, language)}`;
}

/**
 * The plain link inside each `va-link` is what shows until (or unless)
 * the VA components are registered.
 */
function renderLinks(links: readonly StatusLink[]) {
  if (links.length === 0) {
    return nothing;
  }
  return html`<p class="links" part="links">
    ${links.map(
      (link, index) =>
        html`${index > 0 ? html`<br />` : nothing}<va-link
            href=${link.href}
            text=${link.text}
            ><a href=${link.href}>${link.text}</a></va-link
          >`
    )}
  </p>`;
}
