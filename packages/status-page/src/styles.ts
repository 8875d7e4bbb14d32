/**
 * The page's styles: VA-like type and colour, a dark scheme that follows
 * the reader's system setting, a print layout, and a focus ring on every
 * control. Hosts theme it through the documented custom properties.
 */

import {css} from 'lit';

export const statusPageStyles = css`
  :host {
    --_text: var(--va-auth-status-page-text-color, #1b1b1b);
    --_muted: var(--va-auth-status-page-muted-color, #565c65);
    --_background: var(--va-auth-status-page-background, #ffffff);
    --_surface: var(--va-auth-status-page-surface, #f0f0f0);
    --_border: var(--va-auth-status-page-border-color, #a9aeb1);
    --_link: var(--va-auth-status-page-link-color, #005ea2);
    --_focus: var(--va-auth-status-page-focus-color, #2491ff);
    --_operational: var(--va-auth-status-page-color-operational, #008817);
    --_degraded: var(--va-auth-status-page-color-degraded, #8a5b00);
    --_outage: var(--va-auth-status-page-color-outage, #b50909);
    --_maintenance: var(--va-auth-status-page-color-maintenance, #005ea2);
    --_unknown: var(--va-auth-status-page-color-unknown, #565c65);

    display: block;
    max-width: var(--va-auth-status-page-max-width, 60rem);
    color: var(--_text);
    background: var(--_background);
    font-family: var(
      --va-auth-status-page-font-family,
      'Source Sans Pro Web',
      'Source Sans Pro',
      Helvetica,
      Arial,
      sans-serif
    );
    font-size: 1rem;
    line-height: 1.5;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      --_text: var(--va-auth-status-page-text-color, #f0f0f0);
      --_muted: var(--va-auth-status-page-muted-color, #c6cace);
      --_background: var(--va-auth-status-page-background, #1b1b1b);
      --_surface: var(--va-auth-status-page-surface, #2e2e2e);
      --_border: var(--va-auth-status-page-border-color, #71767a);
      --_link: var(--va-auth-status-page-link-color, #73b3e7);
      --_focus: var(--va-auth-status-page-focus-color, #73b3e7);
      --_operational: var(--va-auth-status-page-color-operational, #70e17b);
      --_degraded: var(--va-auth-status-page-color-degraded, #ffbe2e);
      --_outage: var(--va-auth-status-page-color-outage, #ff8d7b);
      --_maintenance: var(--va-auth-status-page-color-maintenance, #73b3e7);
      --_unknown: var(--va-auth-status-page-color-unknown, #c6cace);
      color-scheme: dark;
    }
  }

  [hidden] {
    display: none !important;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  h1,
  h2,
  h3,
  h4,
  h5 {
    font-family: var(
      --va-auth-status-page-heading-font-family,
      Bitter,
      Georgia,
      Cambria,
      'Times New Roman',
      serif
    );
    line-height: 1.3;
    margin: 1.5em 0 0.5em;
  }
  h1 {
    font-size: 2.5rem;
    margin-top: 0;
  }
  h2 {
    font-size: 1.875rem;
  }
  h3 {
    font-size: 1.25rem;
  }
  h4,
  h5 {
    font-size: 1.0625rem;
  }

  p {
    margin: 0.5em 0;
  }

  a {
    color: var(--_link);
  }

  a:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .intro {
    font-size: 1.25rem;
  }

  .icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    vertical-align: middle;
  }
  .icon-operational {
    color: var(--_operational);
  }
  .icon-degraded {
    color: var(--_degraded);
  }
  .icon-outage {
    color: var(--_outage);
  }
  .icon-maintenance {
    color: var(--_maintenance);
  }
  .icon-unknown {
    color: var(--_unknown);
  }

  .summary {
    border-left: 0.5rem solid var(--_unknown);
    background: var(--_surface);
    padding: 1rem 1.25rem;
    margin: 1rem 0 2rem;
  }
  .summary-operational {
    border-left-color: var(--_operational);
  }
  .summary-degraded {
    border-left-color: var(--_degraded);
  }
  .summary-outage {
    border-left-color: var(--_outage);
  }
  .summary-maintenance {
    border-left-color: var(--_maintenance);
  }
  .verdict {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    font-size: 1.25rem;
    font-weight: 700;
  }
  .checked,
  .stale {
    color: var(--_muted);
  }
  .stale {
    font-weight: 700;
  }

  ul {
    padding: 0;
    margin: 0;
    list-style: none;
  }

  .service {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: flex-start;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .service-text {
    flex: 1 1 16rem;
  }
  .service-name {
    display: block;
    font-weight: 700;
  }
  .service-description {
    display: block;
    color: var(--_muted);
  }
  .service-state {
    font-weight: 700;
  }

  .notice {
    border-left: 0.25rem solid var(--_unknown);
    padding: 0.25rem 0 0.25rem 1rem;
    margin: 1rem 0 1.5rem;
  }
  .notice-outage {
    border-left-color: var(--_outage);
  }
  .notice-degraded {
    border-left-color: var(--_degraded);
  }
  .notice-maintenance {
    border-left-color: var(--_maintenance);
  }
  .notice-operational {
    border-left-color: var(--_operational);
  }
  .notice :is(h3, h4) {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin-top: 0.5rem;
  }
  .minor-heading {
    margin-top: 1em;
  }
  .message {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    font-weight: 700;
  }
  .timeline {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
  }
  .timeline li {
    border-left: 2px solid var(--_border);
    padding: 0 0 0.5rem 0.75rem;
  }
  .update-meta {
    margin-bottom: 0;
  }

  .method {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .method p {
    margin: 0.125rem 0;
  }
  .link-list li {
    margin: 0.25rem 0;
  }

  summary {
    cursor: pointer;
    color: var(--_link);
    margin: 0.5rem 0;
  }

  .uptime-row {
    margin-bottom: 1.5rem;
  }
  .bar {
    display: flex;
    gap: 1px;
    height: 2rem;
  }
  .bar .day {
    flex: 1 1 0;
    min-width: 2px;
  }
  .day {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    vertical-align: middle;
    margin-right: 0.5rem;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .bar .day {
    width: auto;
    height: auto;
    margin: 0;
  }
  .band-full.day {
    background: var(--_operational);
  }
  .band-minor.day {
    background: var(--_degraded);
  }
  .band-major.day {
    background: var(--_outage);
  }
  .band-none.day {
    background: repeating-linear-gradient(
      45deg,
      var(--_surface) 0 3px,
      var(--_border) 3px 5px
    );
  }
  .legend li {
    margin: 0.25rem 0;
  }

  table {
    border-collapse: collapse;
    margin: 0.5rem 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.25rem 1rem 0.25rem 0;
    border-bottom: 1px solid var(--_border);
  }

  @media print {
    :host {
      --_text: #000000;
      --_muted: #000000;
      --_background: #ffffff;
      --_surface: #ffffff;
      --_link: #000000;
      max-width: none;
      font-size: 11pt;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .notice,
    .service,
    .method,
    .uptime-row {
      break-inside: avoid;
    }
    summary {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }

  @media (forced-colors: active) {
    .bar .day,
    .legend .day {
      forced-color-adjust: none;
    }
  }
`;
