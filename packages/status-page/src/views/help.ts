/**
 * "If you can't sign in": the account providers' own status pages and
 * the other ways to get things done, from the data the banner shares.
 * Phone numbers are plain `tel:` links so they work on the server-rendered
 * page with JavaScript off.
 */

import {html, nothing} from 'lit';
import type {PageModel} from '../model/page-model.js';
import type {AlternateMethod} from '../shared.js';
import {alternateMethodsById, formatPhone, localize} from '../shared.js';
import type {ViewContext} from './context.js';
import {safeWebUrl} from './context.js';

function phoneLine(method: AlternateMethod, context: ViewContext) {
  if (!method.phone) {
    return nothing;
  }

  return html`<p>
    <a href="tel:+1${method.phone}">${formatPhone(method.phone)}</a>
    ${
      method.tty
        ? html`(<a href="tel:711">${context.copy.help.tty}</a>)`
        : nothing
    }
  </p>`;
}

function methodItem(method: AlternateMethod, context: ViewContext) {
  const {language} = context;
  const url = safeWebUrl(method.url);

  return html`<li class="method">
    <p class="method-task">
      <strong>${localize(method.task, language)}</strong>
    </p>
    <p>${localize(method.name, language)}</p>
    ${phoneLine(method, context)}
    ${
      url
        ? html`<p><a href=${url}>${context.copy.help.website}</a></p>`
        : nothing
    }
    <p class="hours">
      <span class="sr-only">${context.copy.help.hoursLabel} </span
      >${localize(method.hours, language)}
    </p>
  </li>`;
}

export function helpSection(
  model: Pick<PageModel, 'alternateMethodIds' | 'providerPages'>,
  context: ViewContext
) {
  const words = context.copy.help;
  const methods = alternateMethodsById(model.alternateMethodIds);

  return html`<section class="help" aria-labelledby="help-heading">
    <h2 id="help-heading">${words.heading}</h2>
    <p>${words.intro}</p>
    ${
      model.providerPages.length > 0
        ? html`<h3>${words.providersHeading}</h3>
            <ul class="link-list">
              ${model.providerPages.map(
                (page) =>
                  html`<li>
                    <a href=${page.url}
                      >${words.providerLink(
                        context.serviceName(page.id, page.label)
                      )}</a
                    >
                  </li>`
              )}
            </ul>`
        : nothing
    }
    <h3>${words.otherWaysHeading}</h3>
    <ul class="methods">
      ${methods.map((method) => methodItem(method, context))}
    </ul>
  </section>`;
}
