/**
 * Styles our shadow roots need because page CSS cannot reach them. VADS
 * puts these rules in component-library.css for light-DOM use; we slot
 * our headline and text into `va-alert` from inside a shadow root, so we
 * ship them ourselves. Without `.usa-sr-only` the "Warning Alert" prefix
 * `va-alert` injects into the headline shows on screen.
 */

import {css} from 'lit';

export const textStyles = css`
  :host {
    display: block;
    font-family: var(
      --va-auth-status-font-family,
      'Source Sans Pro Web',
      'Source Sans Pro',
      'Helvetica Neue',
      Helvetica,
      Arial,
      sans-serif
    );
    font-size: 1.06rem;
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  .usa-sr-only {
    position: absolute;
    left: -999em;
    right: auto;
  }

  a {
    color: var(--vads-color-link, #005ea2);
  }

  a:visited {
    color: var(--vads-color-link-visited, #54278f);
  }

  a:focus {
    outline: 2px solid var(--vads-color-action-focus-on-light, #face00);
    outline-offset: 2px;
  }

  .methods {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }

  .methods li + li {
    margin-top: 0.5rem;
  }
`;

export const bannerStyles = css`
  :host {
    margin-block: var(--va-auth-status-banner-margin, 0);
  }

  /*
   * With nothing to show, the host has the hidden attribute but stays
   * rendered, so its empty live regions stay in the accessibility tree,
   * ready for a later change: a region that enters the tree with its
   * words already in it is not reliably read. Its display never changes,
   * so the regions are never rebuilt. With no box edges and only
   * out-of-flow children it takes no space. !important because a page's
   * own [hidden] {display: none} would otherwise win over :host.
   */
  :host([hidden]) {
    display: block !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
  }

  [slot='headline'] {
    font-family: var(
      --va-auth-status-banner-headline-font,
      var(--font-serif, Bitter, Georgia, Cambria, 'Times New Roman', serif)
    );
    font-size: var(--va-auth-status-banner-headline-size, 1.33rem);
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.5rem;
  }

  va-alert p {
    margin: 0.5rem 0 0;
  }

  /* A notice's own words keep the line breaks their writer typed. */
  .verbatim {
    white-space: pre-line;
  }

  va-alert > p:first-of-type {
    margin-top: 0;
  }
`;
