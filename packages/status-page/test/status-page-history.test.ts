import {expect} from '@open-wc/testing';
import {
  DAY,
  HOUR,
  isoAt,
  notice,
  snapshot,
  uptime,
} from './helpers/snapshots.js';
import {all, one, renderPage, section, textOf} from './helpers/page.js';

const RESOLVED = notice({
  id: 'old-1',
  title: 'ID.me sign-in errors',
  services: ['idme'],
  startsAt: isoAt(-3 * DAY),
  endsAt: isoAt(-3 * DAY + 2 * HOUR),
  phase: 'ended',
  announced: false,
  updates: [
    {
      at: isoAt(-3 * DAY + 2 * HOUR),
      status: 'resolved',
      message: 'Fixed.',
      translations: {},
    },
    {
      at: isoAt(-3 * DAY),
      status: 'investigating',
      message: 'Looking.',
      translations: {},
    },
  ],
});

describe('<va-auth-status-page> past 90 days', () => {
  it('lists resolved problems with when they started and ended', async () => {
    const page = await renderPage(snapshot({history: [RESOLVED]}));

    const history = section(page, 'Past 90 days');
    expect(textOf(history.querySelector('h4'))).to.equal(
      'ID.me sign-in errors'
    );
    expect(textOf(history)).to.contain(
      'Started: Friday, December 4, 2026, at 3:00 p.m. ET'
    );
    expect(textOf(history)).to.contain(
      'Ended: Friday, December 4, 2026, at 5:00 p.m. ET'
    );
    const details = history.querySelector('details');
    expect(textOf(details?.querySelector('summary'))).to.equal('Show updates');
    expect(details?.querySelectorAll('.timeline li')).to.have.length(2);
    await expect(page).to.be.accessible();
  });

  it('says when nothing happened in the past 90 days and there is no uptime data', async () => {
    const page = await renderPage(snapshot());

    const history = textOf(section(page, 'Past 90 days'));
    expect(history).to.contain(
      'There were no problems or maintenance in the past 90 days.'
    );
    expect(history).to.contain(
      'We don’t have uptime measurements for the past 90 days.'
    );
    expect(all(page, '.bar')).to.have.length(0);
  });

  it('shows uptime per day, with “No data” for days nobody measured', async () => {
    const page = await renderPage(
      snapshot({
        uptime: uptime('logingov', {
          '2026-12-07': 1,
          '2026-12-06': 0.985,
          '2026-12-04': 0.9995,
        }),
      })
    );

    const row = all(page, '.uptime-row')[0]!;
    expect(textOf(row.querySelector('h4'))).to.equal('Login.gov');
    expect(textOf(row.querySelector('p'))).to.equal(
      'Up 99.48% of the time on the 3 days we have data for'
    );

    const cells = [...row.querySelectorAll('tbody tr')].map(textOf);
    expect(cells).to.have.length(90);
    expect(cells.slice(0, 4)).to.deep.equal([
      'Monday, December 7, 2026 100%',
      'Sunday, December 6, 2026 98.5%',
      'Saturday, December 5, 2026 No data',
      'Friday, December 4, 2026 99.95%',
    ]);
    expect(cells[89]).to.equal('Wednesday, September 9, 2026 No data');
    await expect(page).to.be.accessible();
  });

  it('never colours a day without data like a good day', async () => {
    const page = await renderPage(
      snapshot({uptime: uptime('logingov', {'2026-12-07': 1})})
    );

    const bar = all(page, '.uptime-row .bar')[0]!;
    const days = [...bar.querySelectorAll('.day')];
    expect(days).to.have.length(90);
    const newest = getComputedStyle(days[89]!).backgroundColor;
    const missing = days.slice(0, 89).map((day) => day.className);
    expect(new Set(missing)).to.deep.equal(new Set(['day band-none']));
    expect(getComputedStyle(days[0]!).backgroundColor).not.to.equal(newest);
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
  });

  it('says a service has no uptime data instead of drawing an empty bar', async () => {
    const page = await renderPage(
      snapshot({uptime: uptime('logingov', {'2026-12-07': 1})})
    );

    const idme = all(page, '.uptime-row')[1]!;
    expect(textOf(idme)).to.equal('ID.me No uptime data for this service');
    expect(idme.querySelector('.bar')).to.equal(null);
  });

  it('ignores uptime records it cannot trust', async () => {
    const page = await renderPage(
      snapshot({
        uptime: [
          {serviceId: 'logingov', day: '2026-12-07', ratio: 1.5},
          {serviceId: 'logingov', day: '2026-02-30', ratio: 1},
          {serviceId: 'logingov', day: '2026-12-06', ratio: Number.NaN},
        ],
      })
    );

    expect(textOf(section(page, 'Past 90 days'))).to.contain(
      'We don’t have uptime measurements for the past 90 days.'
    );
  });

  it('rounds down, so a day with any downtime never reads 100%', async () => {
    const page = await renderPage(
      snapshot({uptime: uptime('idme', {'2026-12-07': 0.99999})})
    );

    const cell = one(page, '.uptime-row:nth-child(2) tbody td');
    expect(textOf(cell)).to.equal('99.99%');
  });
});
