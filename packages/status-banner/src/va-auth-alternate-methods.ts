import {LitElement, html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {
  ALTERNATE_METHODS,
  alternateMethodsById,
} from './content/alternate-methods.js';
import {resolveLanguage} from './internal/language.js';
import {renderMethodList} from './internal/render-methods.js';
import {textStyles} from './internal/styles.js';

/**
 * Lists ways to get common VA tasks done without signing in: phone lines
 * with their TTY and hours, and places to go. The facts come from the
 * same data the banners use; each entry records its source in that data.
 * The element renders the list only: give it a heading in your page.
 *
 * @tagname va-auth-alternate-methods
 * @summary Ways to get things done without signing in to VA.gov.
 *
 * @csspart methods - The list.
 * @csspart method - One item in the list.
 *
 * @cssprop --va-auth-status-font-family - Font family. Default Source
 *   Sans Pro.
 */
export class VaAuthAlternateMethods extends LitElement {
  static override styles = textStyles;

  /**
   * Space-separated ids of the methods to show, in order (`myva411`,
   * `benefits-hotline`, ...). Default: every method.
   */
  @property() methods: string | null = null;

  /** `en` or `es`. Default: the nearest `lang` above, else English. */
  @property() language: string | null = null;

  override render() {
    const ids = this.methods?.split(/\s+/).filter(Boolean) ?? [];
    const methods =
      ids.length > 0 ? alternateMethodsById(ids) : [...ALTERNATE_METHODS];
    const language = resolveLanguage(this, this.language);

    if (methods.length === 0) {
      return nothing;
    }
    return html`<div lang=${language}>
      ${renderMethodList(methods, language)}
    </div>`;
  }
}
