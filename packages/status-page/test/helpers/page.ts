// Renders the page the way a host would and reads it the way a person
// would: by visible text, headings and lists.
import {fixture, html} from '@open-wc/testing';
import type {StatusSnapshot} from '@va-auth-status/status-client';
import '../../src/define.js';
import type {VaAuthStatusPage} from '../../src/va-auth-status-page.js';
import {NOW_MS} from './snapshots.js';

export async function renderPage(
  snapshot: StatusSnapshot | null,
  options: {language?: string; clockMs?: number} = {}
): Promise<VaAuthStatusPage> {
  const clockMs = options.clockMs ?? NOW_MS;
  return fixture<VaAuthStatusPage>(
    html`<va-auth-status-page
      language=${options.language ?? 'en'}
      .snapshot=${snapshot}
      .clock=${() => clockMs}
    ></va-auth-status-page>`
  );
}

export function root(element: VaAuthStatusPage): ShadowRoot {
  if (!element.shadowRoot) throw new Error('The page has no shadow root');
  return element.shadowRoot;
}

/** Visible-ish text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function all(element: VaAuthStatusPage, selector: string): Element[] {
  return [...root(element).querySelectorAll(selector)];
}

export function one(element: VaAuthStatusPage, selector: string): Element {
  const found = root(element).querySelector(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

/** The section whose h2 reads `heading`. */
export function section(element: VaAuthStatusPage, heading: string): Element {
  const match = all(element, 'section').find(
    (candidate) => textOf(candidate.querySelector('h2')) === heading
  );
  if (!match) throw new Error(`No section headed "${heading}"`);
  return match;
}

/** "Login.gov: Working" for each service row. */
export function serviceRows(element: VaAuthStatusPage): string[] {
  return all(element, '.service').map(
    (row) =>
      `${textOf(row.querySelector('.service-name'))}: ` +
      textOf(row.querySelector('.service-state')).replace(/^Status: /, '')
  );
}
