import {expect} from '@open-wc/testing';
import {
  MINUTE,
  NOW_MS,
  isoAt,
  services,
  snapshot,
  source,
  unknownSnapshot,
} from './helpers/snapshots.js';
import {
  all,
  one,
  renderPage,
  section,
  serviceRows,
  textOf,
} from './helpers/page.js';

describe('<va-auth-status-page> when we cannot check', () => {
  it('says it can’t check, and shows no service as working, when no source answers', async () => {
    const page = await renderPage(unknownSnapshot());

    expect(textOf(one(page, '.verdict'))).to.equal(
      'We can’t check sign-in status right now. This doesn’t mean ' +
        'sign-in is down. Try again in a few minutes.'
    );
    expect(serviceRows(page)).to.have.length(6);
    for (const row of serviceRows(page)) {
      expect(row).to.match(/: We can’t check right now$/);
    }
    expect(textOf(one(page, '.page'))).not.to.contain('Working');
    expect(textOf(one(page, '.checked'))).to.equal(
      'We haven’t been able to check yet.'
    );
    await expect(page).to.be.accessible();
  });

  it('does not claim there are no problems or maintenance when it can’t check', async () => {
    const page = await renderPage(unknownSnapshot());

    expect(textOf(section(page, 'Current problems'))).to.contain(
      'We can’t check for sign-in problems right now.'
    );
    expect(textOf(section(page, 'Scheduled maintenance'))).to.contain(
      'We can’t check for scheduled maintenance right now.'
    );
    expect(textOf(section(page, 'Current problems'))).not.to.contain(
      'We don’t know of any'
    );
  });

  it('names the source that is not answering', async () => {
    const page = await renderPage(unknownSnapshot());

    const sources = textOf(section(page, 'Where this information comes from'));
    expect(sources).to.contain(
      'Some of our sources aren’t answering right now.'
    );
    expect(sources).to.contain(
      'VA.gov service status (api.va.gov): Not answering right now'
    );
  });

  it('says which services it can’t check when only some are unknown', async () => {
    const page = await renderPage(
      snapshot({services: services({idme: 'unknown'})})
    );

    expect(textOf(one(page, '.verdict'))).to.equal(
      'We can’t check some sign-in services right now. The others are ' +
        'working.'
    );
    expect(serviceRows(page)[1]).to.equal('ID.me: We can’t check right now');
    await expect(page).to.be.accessible();
  });

  it('lets a known outage outrank services it can’t check', async () => {
    const page = await renderPage(
      snapshot({services: services({idme: 'unknown', logingov: 'outage'})})
    );

    expect(textOf(one(page, '.verdict'))).to.equal(
      'Some sign-in services aren’t working right now.'
    );
  });

  it('warns that stale data may be out of date', async () => {
    const page = await renderPage(
      snapshot({
        freshness: 'stale',
        checkedAt: isoAt(-20 * MINUTE),
        sources: [source({freshness: 'stale', checkedAt: isoAt(-20 * MINUTE)})],
      })
    );

    expect(textOf(one(page, '.stale'))).to.equal(
      'This information may be out of date. We’re trying to check again.'
    );
    expect(textOf(one(page, '.checked'))).to.equal(
      'Last checked: Monday, December 7, 2026, at 2:40 p.m. ET'
    );
    await expect(page).to.be.accessible();
  });

  it('warns when fixed data has grown old by the reader’s clock', async () => {
    const page = await renderPage(snapshot(), {clockMs: NOW_MS + 2 * 3600e3});

    expect(textOf(one(page, '.summary'))).to.contain(
      'This information may be out of date.'
    );
  });

  it('does not warn while fixed data is recent', async () => {
    const page = await renderPage(snapshot(), {clockMs: NOW_MS + MINUTE});

    expect(all(page, '.stale')).to.have.length(0);
  });

  it('says it can’t check and still offers help when there is no data at all', async () => {
    const page = await renderPage(null);

    expect(textOf(one(page, '.verdict'))).to.contain(
      'We can’t check sign-in status right now.'
    );
    expect(all(page, '.service')).to.have.length(0);
    expect(textOf(section(page, 'If you can’t sign in'))).to.contain(
      '800-698-2411'
    );
    await expect(page).to.be.accessible();
  });

  it('treats an unreadable timestamp as missing instead of printing nonsense', async () => {
    const page = await renderPage(snapshot({checkedAt: 'yesterday-ish'}));

    expect(textOf(one(page, '.checked'))).to.equal(
      'We don’t know when this information was last checked.'
    );
  });
});
