import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {
  DAY,
  HOUR,
  isoAt,
  notice,
  snapshot,
  uptime,
} from './helpers/snapshots.js';
import {all, renderPage, root} from './helpers/page.js';

describe('<va-auth-status-page> keyboard', () => {
  it('reaches every link and disclosure with Tab, each with a visible focus ring', async () => {
    const page = await renderPage(
      snapshot({
        notices: [notice({url: 'https://status.login.gov/incidents/1'})],
        history: [
          notice({
            id: 'old',
            phase: 'ended',
            startsAt: isoAt(-2 * DAY),
            endsAt: isoAt(-2 * DAY + HOUR),
            updates: [
              {
                at: isoAt(-2 * DAY),
                status: 'resolved',
                message: '',
                translations: {},
              },
            ],
          }),
        ],
        uptime: uptime('logingov', {'2026-12-07': 1}),
      })
    );
    const focusable = all(page, 'a[href], summary');
    const reached: Element[] = [];

    page.tabIndex = -1;
    page.focus();
    for (let step = 0; step < focusable.length; step += 1) {
      await sendKeys({press: 'Tab'});
      const active = root(page).activeElement;
      if (!active) break;

      reached.push(active);
      const style = getComputedStyle(active);
      expect(style.outlineStyle, active.outerHTML).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }

    expect(reached).to.deep.equal(focusable);
  });

  it('opens a day-by-day uptime table from the keyboard', async () => {
    const page = await renderPage(
      snapshot({uptime: uptime('logingov', {'2026-12-07': 1})})
    );
    const summary = all(page, '.uptime-row summary')[0] as HTMLElement;

    summary.focus();
    await sendKeys({press: 'Enter'});

    expect(summary.parentElement?.hasAttribute('open')).to.equal(true);
  });
});
