import {expect} from '@open-wc/testing';
import {
  HOUR,
  MINUTE,
  isoAt,
  notice,
  services,
  snapshot,
} from './helpers/snapshots.js';
import {
  all,
  one,
  renderPage,
  section,
  serviceRows,
  textOf,
} from './helpers/page.js';

describe('<va-auth-status-page> current status', () => {
  it('says sign-in works and lists every offered service as working', async () => {
    const page = await renderPage(snapshot());

    expect(textOf(one(page, '.verdict'))).to.equal(
      'Sign-in is working normally.'
    );
    expect(serviceRows(page)).to.deep.equal([
      'Login.gov: Working',
      'ID.me: Working',
      'SSOe: Working',
      'SSOe OAuth: Working',
      'Master Person Index (MPI): Working',
      'VA.gov: Working',
    ]);
    expect(textOf(one(page, '.checked'))).to.equal(
      'Last checked: Monday, December 7, 2026, at 2:59 p.m. ET'
    );
    await expect(page).to.be.accessible();
  });

  it('never shows retired sign-in options', async () => {
    const page = await renderPage(snapshot());

    const text = textOf(one(page, '.service-list'));
    expect(text).not.to.contain('DS Logon');
    expect(text).not.to.contain('My HealtheVet');
  });

  it('gives each state an icon hidden from screen readers and words beside it', async () => {
    const page = await renderPage(
      snapshot({services: services({idme: 'degraded', logingov: 'outage'})})
    );

    for (const row of all(page, '.service')) {
      const icon = row.querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(row.querySelector('.service-state'))).to.match(
        /^Status: \S/
      );
    }
  });

  it('says when nothing is wrong and nothing is planned', async () => {
    const page = await renderPage(snapshot());

    expect(textOf(section(page, 'Current problems'))).to.contain(
      'We don’t know of any sign-in problems right now.'
    );
    expect(textOf(section(page, 'Scheduled maintenance'))).to.contain(
      'No maintenance is scheduled.'
    );
  });

  it('shows an outage with its timeline, newest update first, in Eastern Time', async () => {
    const outage = notice({
      updates: [
        {
          at: isoAt(-90 * MINUTE),
          status: 'investigating',
          message: 'We’re looking into reports.',
          translations: {},
        },
        {
          at: isoAt(-30 * MINUTE),
          status: 'identified',
          message: 'A certificate expired. We’re replacing it.',
          translations: {},
        },
      ],
    });
    const page = await renderPage(
      snapshot({
        services: services({logingov: 'outage'}),
        notices: [outage],
      })
    );

    expect(textOf(one(page, '.verdict'))).to.equal(
      'Some sign-in services aren’t working right now.'
    );
    expect(serviceRows(page)[0]).to.equal('Login.gov: Not working');

    const problems = section(page, 'Current problems');
    expect(textOf(problems.querySelector('h3'))).to.equal(
      'Login.gov sign-in problem'
    );
    expect(textOf(problems)).to.contain(
      'Started: Monday, December 7, 2026, at 1:00 p.m. ET'
    );
    expect(textOf(problems)).to.contain('Affects: Login.gov');

    const updates = [...problems.querySelectorAll('.timeline li')].map(textOf);
    expect(updates).to.deep.equal([
      'Monday, December 7, 2026, at 2:30 p.m. ET We found the cause ' +
        'A certificate expired. We’re replacing it.',
      'Monday, December 7, 2026, at 1:30 p.m. ET We’re looking into it ' +
        'We’re looking into reports.',
    ]);
    expect(
      problems.querySelector('.timeline time')?.getAttribute('datetime')
    ).to.equal(isoAt(-30 * MINUTE));
    await expect(page).to.be.accessible();
  });

  it('shows upcoming maintenance with its start and end time', async () => {
    const scheduled = notice({
      id: 'mw-1',
      origin: 'scheduled',
      kind: 'maintenance',
      services: ['global'],
      title: null,
      message: null,
      startsAt: isoAt(6 * HOUR),
      endsAt: isoAt(9 * HOUR),
      phase: 'upcoming',
    });
    const page = await renderPage(snapshot({notices: [scheduled]}));

    expect(textOf(one(page, '.verdict'))).to.equal(
      'Sign-in is working normally.'
    );
    const maintenance = textOf(section(page, 'Scheduled maintenance'));
    expect(maintenance).to.contain('Sign-in maintenance');
    expect(maintenance).to.contain('Upcoming');
    expect(maintenance).to.contain(
      'Start time: Monday, December 7, 2026, at 9:00 p.m. ET'
    );
    expect(maintenance).to.contain(
      'End time: Tuesday, December 8, 2026, at midnight ET'
    );
    expect(maintenance).to.contain('Affects: VA.gov');
    await expect(page).to.be.accessible();
  });

  it('shows maintenance in progress, and says when its end is unknown', async () => {
    const scheduled = notice({
      kind: 'maintenance',
      title: 'ID.me upgrade',
      services: ['idme'],
      startsAt: isoAt(-HOUR),
      endsAt: null,
    });
    const page = await renderPage(
      snapshot({
        services: services({idme: 'maintenance'}),
        notices: [scheduled],
      })
    );

    expect(textOf(one(page, '.verdict'))).to.equal(
      'Some sign-in services are down for maintenance.'
    );
    expect(serviceRows(page)[1]).to.equal('ID.me: Down for maintenance');
    const maintenance = textOf(section(page, 'Scheduled maintenance'));
    expect(maintenance).to.contain('In progress');
    expect(maintenance).to.contain('End time: We don’t know yet');
    expect(textOf(section(page, 'Current problems'))).to.contain(
      'We don’t know of any sign-in problems'
    );
    await expect(page).to.be.accessible();
  });

  it('lists information notices under announcements, not problems', async () => {
    const page = await renderPage(
      snapshot({
        notices: [notice({kind: 'info', title: 'New sign-in page'})],
      })
    );

    expect(textOf(section(page, 'Announcements'))).to.contain(
      'New sign-in page'
    );
    expect(textOf(section(page, 'Current problems'))).not.to.contain(
      'New sign-in page'
    );
    await expect(page).to.be.accessible();
  });

  it('shows hostile notice text as text and never links a script URL', async () => {
    const hostile = notice({
      title: '<img src=x onerror="window.__hacked=1">Outage',
      message: '<script>window.__hacked=1</script> & more',
      url: 'javascript:window.__hacked=1',
      updates: [
        {
          at: isoAt(-MINUTE),
          status: '<b>bold</b>',
          message: '<i>hi</i>',
          translations: {},
        },
      ],
    });
    const page = await renderPage(snapshot({notices: [hostile]}));

    const problems = section(page, 'Current problems');
    expect(problems.querySelector('img, script, b, i')).to.equal(null);
    expect(textOf(problems.querySelector('h3'))).to.equal(
      '<img src=x onerror="window.__hacked=1">Outage'
    );
    expect(textOf(problems)).to.contain(
      '<script>window.__hacked=1</script> & more'
    );
    expect(textOf(problems)).to.contain('Update <i>hi</i>');
    expect(problems.querySelector('a')).to.equal(null);
    expect((window as {__hacked?: number}).__hacked).to.equal(undefined);
  });

  it('links a notice to its provider page when the address is a web address', async () => {
    const page = await renderPage(
      snapshot({
        notices: [notice({url: 'https://status.login.gov/incidents/abc'})],
      })
    );

    const link = section(page, 'Current problems').querySelector('a');
    expect(link?.getAttribute('href')).to.equal(
      'https://status.login.gov/incidents/abc'
    );
    expect(textOf(link)).to.equal('More details from the provider');
  });

  it('points to the providers’ status pages and other ways to get things done', async () => {
    const page = await renderPage(snapshot());

    const help = section(page, 'If you can’t sign in');
    const hrefs = [...help.querySelectorAll('a')].map((a) =>
      a.getAttribute('href')
    );
    expect(hrefs).to.include('https://status.login.gov/');
    expect(hrefs).to.include('https://status.id.me/');
    expect(hrefs).to.include('tel:+18006982411');
    expect(hrefs).to.include('tel:711');
    expect(textOf(help)).to.contain('800-698-2411 (TTY: 711)');
  });

  it('puts the alternate methods a notice names first', async () => {
    const page = await renderPage(
      snapshot({notices: [notice({alternateMethods: ['logingov-help']})]})
    );

    const first = section(page, 'If you can’t sign in').querySelector(
      '.method'
    );
    expect(textOf(first)).to.contain('Login.gov help center');
  });

  it('has one h1, h2 for each section and lists for rows', async () => {
    const page = await renderPage(snapshot({notices: [notice()]}));

    expect(all(page, 'h1').map(textOf)).to.deep.equal([
      'VA.gov sign-in status',
    ]);
    expect(all(page, 'h2').map(textOf)).to.deep.equal([
      'Sign-in services',
      'Current problems',
      'Scheduled maintenance',
      'If you can’t sign in',
      'Past 90 days',
      'Where this information comes from',
    ]);
    expect(one(page, '.service').parentElement?.tagName).to.equal('UL');
    expect(all(page, 'section[aria-labelledby]')).to.have.length(6);
  });
});
