import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {VaAuthStatusPage} from '../src/va-auth-status-page.js';
import {
  DAY,
  HOUR,
  NOW_MS,
  isoAt,
  notice,
  services,
  snapshot,
  uptime,
} from './helpers/snapshots.js';
import {one, renderPage} from './helpers/page.js';

/** A page with something in every section, to check colours everywhere. */
const BUSY = snapshot({
  services: services({logingov: 'outage', idme: 'degraded', mvi: 'unknown'}),
  notices: [
    notice({url: 'https://status.login.gov/incidents/1'}),
    notice({
      id: 'mw',
      kind: 'maintenance',
      phase: 'upcoming',
      startsAt: isoAt(5 * HOUR),
      endsAt: isoAt(6 * HOUR),
    }),
  ],
  history: [
    notice({
      id: 'old',
      phase: 'ended',
      startsAt: isoAt(-DAY),
      endsAt: isoAt(-DAY + HOUR),
    }),
  ],
  uptime: uptime('logingov', {'2026-12-07': 0.98, '2026-12-06': 1}),
});

function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('<va-auth-status-page> colour schemes and print', () => {
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light', media: 'screen'});
  });

  it('follows a dark system setting and stays readable', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const page = await renderPage(BUSY);

    expect(luminance(getComputedStyle(page).backgroundColor)).to.be.below(0.2);
    expect(luminance(getComputedStyle(page).color)).to.be.above(0.8);
    await expect(page).to.be.accessible();
  });

  it('keeps light colours when the host asks for them', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const page = await fixture<VaAuthStatusPage>(
      html`<va-auth-status-page
        color-scheme="light"
        .snapshot=${BUSY}
        .clock=${() => NOW_MS}
      ></va-auth-status-page>`
    );

    expect(luminance(getComputedStyle(page).backgroundColor)).to.be.above(0.9);
  });

  it('prints black on white, with link addresses and without disclosure buttons', async () => {
    await emulateMedia({colorScheme: 'dark', media: 'print'});
    const page = await renderPage(BUSY);

    expect(getComputedStyle(page).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(page).backgroundColor).to.equal(
      'rgb(255, 255, 255)'
    );
    expect(getComputedStyle(one(page, 'summary')).display).to.equal('none');
    expect(
      getComputedStyle(one(page, '.notice a'), '::after').content
    ).to.equal('" (https://status.login.gov/incidents/1)"');
  });
});
