import {
  expect,
  fixture,
  fixtureCleanup,
  html,
  waitUntil,
} from '@open-wc/testing';
import '../src/define-vads.js';
import '../src/define.js';
import {DISMISSED_KEY} from '../src/internal/dismissals.js';
import type {VaAuthStatusBanner} from '../src/va-auth-status-banner.js';
import type {Route} from './helpers/backend.js';
import {
  BACKEND_PATH,
  NOTICES_PATH,
  backendStatuses,
  json,
  noticeFeed,
  route,
  useMockBackend,
} from './helpers/backend.js';
import {
  headlineOf,
  nextEvent,
  roleOf,
  spokenIn,
  textOf,
  untilShown,
} from './helpers/banner.js';

type FeedNotice = Record<string, unknown>;

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

/** An operator's Login.gov outage, in English with a Spanish version. */
function outage(changes: FeedNotice = {}): FeedNotice {
  return {
    id: 'logingov-outage',
    origin: 'manual',
    kind: 'outage',
    services: ['logingov'],
    starts_at: minutesAgo(30),
    ends_at: null,
    title: 'Login.gov sign-in is failing',
    message: 'Login.gov is not completing sign-ins.',
    updates: [
      {
        at: minutesAgo(5),
        status: 'identified',
        message: 'Login.gov found the cause and is fixing it.',
        translations: {
          es: {message: 'Login.gov encontró la causa y la está corrigiendo.'},
        },
      },
    ],
    translations: {
      es: {
        title: 'El inicio de sesión con Login.gov está fallando',
        message: 'Login.gov no está completando los inicios de sesión.',
      },
    },
    ...changes,
  };
}

/** News that is not trouble: an active `info` notice. */
function news(changes: FeedNotice = {}): FeedNotice {
  return {
    id: 'logingov-new-page',
    origin: 'manual',
    kind: 'info',
    services: ['logingov'],
    starts_at: minutesAgo(60),
    ends_at: null,
    title: 'Login.gov has a new sign-in page',
    message: 'It looks different.\nYour account works as before.',
    ...changes,
  };
}

function feedRoute(notices: FeedNotice[]): Route {
  return route(NOTICES_PATH, json(noticeFeed(notices)));
}

/** A sign-in page whose banner reads vets-api (all well) and the feed. */
async function pageWith(feed: Route, language = 'en', interval = 60) {
  const backend = route(BACKEND_PATH, json(backendStatuses()));
  const page = await fixture(html`
    <main>
      <h1>Sign in</h1>
      <va-auth-status-provider
        backend-src=${backend.url}
        notices-src=${feed.url}
        interval=${interval}
      >
        <va-auth-status-banner language=${language}></va-auth-status-banner>
      </va-auth-status-provider>
      <h2>Sign in with Login.gov</h2>
    </main>
  `);
  return page.querySelector('va-auth-status-banner') as VaAuthStatusBanner;
}

/** The `va-link`s of a banner as `text -> href`. */
function linksOf(alert: HTMLElement): string[] {
  return [...alert.querySelectorAll('va-link')].map(
    (link) => `${link.getAttribute('text')} -> ${link.getAttribute('href')}`
  );
}

describe('<va-auth-status-banner> notice words', () => {
  useMockBackend();
  beforeEach(() => sessionStorage.removeItem(DISMISSED_KEY));

  it('speaks the operator’s Spanish on a Spanish page', async () => {
    const banner = await pageWith(feedRoute([outage()]), 'es');
    const alert = await untilShown(banner, 'provider-outage');
    const headline = alert.querySelector('[slot="headline"]')!;
    const update = alert.querySelector('.update span')!;

    expect(headlineOf(alert)).to.equal(
      'El inicio de sesión con Login.gov está fallando'
    );
    expect(headline.hasAttribute('lang')).to.equal(false);
    expect(textOf(alert)).to.include(
      'Última actualización: Login.gov encontró la causa y la está corrigiendo.'
    );
    expect(update.hasAttribute('lang')).to.equal(false);
    await expect(banner).to.be.accessible();
  });

  it('marks what the operator left in English as English', async () => {
    const untranslated = outage({
      updates: [
        {
          at: minutesAgo(2),
          status: 'monitoring',
          message: 'A fix is in place.',
        },
      ],
      translations: {},
    });
    const banner = await pageWith(feedRoute([untranslated]), 'es');
    const alert = await untilShown(banner, 'provider-outage');

    expect(headlineOf(alert)).to.equal(
      'Es posible que tenga problemas para iniciar sesión con su cuenta de ' +
        'Login.gov'
    );
    const update = alert.querySelector('.update span')!;
    expect(update.textContent).to.equal('A fix is in place.');
    expect(update.getAttribute('lang')).to.equal('en');
  });

  it('keeps the English title and words on an English page', async () => {
    const banner = await pageWith(feedRoute([outage()]));
    const alert = await untilShown(banner, 'provider-outage');

    expect(headlineOf(alert)).to.equal('Login.gov sign-in is failing');
    expect(textOf(alert)).to.include(
      'Latest update: Login.gov found the cause and is fixing it.'
    );
    expect(alert.querySelector('.update span')!.hasAttribute('lang')).to.equal(
      false
    );
  });

  it('links the notice’s own page as "More details"', async () => {
    const incident = 'https://status.login.gov/incidents/7k2m';
    const banner = await pageWith(
      feedRoute([outage({status_page_url: incident})])
    );
    const alert = await untilShown(banner, 'provider-outage');

    expect(linksOf(alert)).to.deep.equal([
      `More details -> ${incident}`,
      'Check the Login.gov status page -> https://status.login.gov/',
    ]);
    const link = alert.querySelector(`va-link[href="${incident}"]`);
    await waitUntil(() => link?.shadowRoot?.querySelector('a'));
    expect(link!.shadowRoot!.querySelector('a')!.textContent).to.equal(
      'More details'
    );
    await expect(banner).to.be.accessible();
  });

  it('says "Más detalles" in Spanish, and never links one page twice', async () => {
    const banner = await pageWith(
      feedRoute([outage({status_page_url: 'https://status.login.gov/'})]),
      'es'
    );
    const alert = await untilShown(banner, 'provider-outage');

    expect(linksOf(alert)).to.deep.equal([
      'Más detalles -> https://status.login.gov/',
    ]);
  });
});

describe('<va-auth-status-banner> announcements from info notices', () => {
  useMockBackend();
  beforeEach(() => sessionStorage.removeItem(DISMISSED_KEY));

  it('shows the notice’s title and message as an info alert', async () => {
    const banner = await pageWith(feedRoute([news({id: 'shown-news'})]));
    const alert = await untilShown(banner, 'announcement');

    expect(alert.getAttribute('status')).to.equal('info');
    expect(alert.hasAttribute('closeable')).to.equal(true);
    expect(headlineOf(alert)).to.equal('Login.gov has a new sign-in page');
    expect(
      alert.querySelector('[part="body"] .verbatim')!.textContent
    ).to.equal('It looks different.\nYour account works as before.');
    expect(textOf(alert)).not.to.match(/Latest update|check back|started/i);
    expect(alert.querySelector('va-telephone')).to.equal(null);
    await expect(banner).to.be.accessible();
  });

  // Dismissals outlive a test in page memory, so only this test closes
  // the default notice; the others use ids of their own.
  it('is dismissed for the session, per notice', async () => {
    const feed = feedRoute([news()]);
    const banner = await pageWith(feed);
    const alert = await untilShown(banner, 'announcement');

    const dismissed = nextEvent(banner, 'va-auth-status-dismiss');
    alert
      .shadowRoot!.querySelector<HTMLButtonElement>('button.va-alert-close')!
      .click();
    expect((await dismissed).detail.noticeId).to.equal(
      'feed:logingov-new-page'
    );
    await banner.updateComplete;
    expect(banner.state).to.equal('none');
    expect(JSON.parse(sessionStorage.getItem(DISMISSED_KEY)!)).to.deep.equal([
      'feed:logingov-new-page',
    ]);

    fixtureCleanup();
    const again = await pageWith(feed);
    await waitUntil(() => again.snapshot?.sources.every((s) => s.checkedAt));
    await again.updateComplete;
    expect(again.state).to.equal('none');

    fixtureCleanup();
    const other = await pageWith(feedRoute([news({id: 'idme-new-page'})]));
    await untilShown(other, 'announcement');
  });

  it('is announced politely when it appears after load', async () => {
    const feed = feedRoute([]);
    const banner = await pageWith(feed, 'en', 0.05);
    await waitUntil(() => feed.count > 0 && banner.state === 'none');

    feed.respond(json(noticeFeed([news({id: 'later-news'})])));
    const alert = await untilShown(banner, 'announcement');

    expect(spokenIn(banner, 'polite')).to.equal(
      'Login.gov has a new sign-in page. It looks different.'
    );
    expect(spokenIn(banner, 'assertive')).to.equal('');
    expect(roleOf(alert)).to.equal(null);
  });

  it('marks an untranslated announcement as English on a Spanish page', async () => {
    const banner = await pageWith(feedRoute([news({id: 'es-news'})]), 'es');
    const alert = await untilShown(banner, 'announcement');

    expect(alert.getAttribute('lang')).to.equal('es');
    expect(
      alert.querySelector('[slot="headline"]')!.getAttribute('lang')
    ).to.equal('en');
    expect(alert.querySelector('[part="body"]')!.getAttribute('lang')).to.equal(
      'en'
    );
    await expect(banner).to.be.accessible();
  });
});
