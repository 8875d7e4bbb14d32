import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {HttpResponse, delay} from 'msw';
import {createStatusClient} from '@va-auth-status/status-client';
import '../src/define-vads.js';
import '../src/define.js';
import type {VaAuthStatusBanner} from '../src/va-auth-status-banner.js';
import type {Route} from './helpers/backend.js';
import {
  BACKEND_PATH,
  backendStatuses,
  json,
  route,
  useMockBackend,
} from './helpers/backend.js';
import {
  alertOf,
  liveRegion,
  nextEvent,
  roleOf,
  spokenIn,
  textOf,
  untilShown,
} from './helpers/banner.js';

describe('<va-auth-status-banner> over time', () => {
  useMockBackend();

  it('appears and disappears as vets-api changes, without reload', async () => {
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner src=${backend.url} interval="0.05">
      </va-auth-status-banner>
    `);
    await waitUntil(() => backend.count > 0 && banner.state === 'none');

    backend.respond(json(backendStatuses({idme: 'critical'})));
    await untilShown(banner, 'provider-outage');
    expect(banner.hidden).to.equal(false);

    backend.respond(json(backendStatuses()));
    await waitUntil(() => banner.state === 'none', 'banner stayed', {
      timeout: 4000,
    });
    await banner.updateComplete;
    expect(banner.hidden).to.equal(true);
    expect(alertOf(banner)).to.equal(null);
  });

  it('sends one request for several banners on one src', async () => {
    const backend = route(
      BACKEND_PATH,
      json(backendStatuses({mvi: 'critical'}))
    );
    const page = await fixture(
      html`<div>
        <va-auth-status-banner src=${backend.url}></va-auth-status-banner>
        <va-auth-status-banner src=${backend.url}></va-auth-status-banner>
        <va-auth-status-banner src=${backend.url}></va-auth-status-banner>
      </div>`
    );
    const banners = [...page.querySelectorAll('va-auth-status-banner')];

    await Promise.all(banners.map((b) => untilShown(b, 'shared-dependency')));
    expect(backend.count).to.equal(1);
  });

  it('shares the provider client instead of polling its own src', async () => {
    const shared = route(
      BACKEND_PATH,
      json(backendStatuses({idme: 'warning'}))
    );
    const own = route(BACKEND_PATH, json(backendStatuses()));
    const page = await fixture(html`
      <va-auth-status-provider backend-src=${shared.url}>
        <va-auth-status-banner src=${own.url}></va-auth-status-banner>
      </va-auth-status-provider>
    `);
    const banner = page.querySelector('va-auth-status-banner')!;

    await untilShown(banner, 'provider-degraded');
    expect(own.count).to.equal(0);
  });

  it('is unknown, not down, when vets-api answers garbage', async () => {
    const backend = route(
      BACKEND_PATH,
      () =>
        new HttpResponse('<html>oops', {
          headers: {'Content-Type': 'application/json'},
        })
    );
    const banner = await fixture<VaAuthStatusBanner>(
      html`<va-auth-status-banner src=${backend.url}></va-auth-status-banner>`
    );

    await untilShown(banner, 'unknown');
  });

  it('is unknown when vets-api does not answer in time', async () => {
    const backend = route(BACKEND_PATH, async () => {
      await delay(3000);
      return HttpResponse.json(backendStatuses());
    });
    const client = createStatusClient({
      sources: [{kind: 'backend-statuses', url: backend.url}],
      timeoutMs: 100,
    });
    const banner = await fixture<VaAuthStatusBanner>(
      html`<va-auth-status-banner .client=${client}></va-auth-status-banner>`
    );

    await untilShown(banner, 'unknown');
    client.stop();
  });

  it('fires one error event when a source starts failing', async () => {
    const backend = route(
      BACKEND_PATH,
      () => new HttpResponse(null, {status: 500})
    );
    const banner = document.createElement('va-auth-status-banner');
    banner.src = backend.url;
    const failed = nextEvent(banner, 'va-auth-status-error');
    document.body.append(banner);

    const {detail} = await failed;
    expect(detail.error.type).to.equal('http');
    expect(detail.sourceId).to.include(backend.url);
    banner.remove();
  });

  it('shows hostile notice text as text and runs nothing', async () => {
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const feed = route(
      '/status/notices.json',
      json({
        version: 1,
        updated_at: new Date(Date.now() - 60_000).toISOString(),
        notices: [
          {
            id: 'hostile-1',
            origin: 'manual',
            kind: 'outage',
            services: ['logingov'],
            starts_at: new Date(Date.now() - 600_000).toISOString(),
            ends_at: null,
            title: '<img src=x onerror="window.__pwned=1">',
            message: '<script>window.__pwned=2</script>',
          },
        ],
      })
    );
    const page = await fixture(html`
      <va-auth-status-provider
        backend-src=${backend.url}
        notices-src=${feed.url}
      >
        <va-auth-status-banner></va-auth-status-banner>
      </va-auth-status-provider>
    `);
    const banner = page.querySelector('va-auth-status-banner')!;
    const alert = await untilShown(banner, 'provider-outage');

    expect(alert.querySelector('img, script')).to.equal(null);
    expect(textOf(alert)).to.include('<img src=x onerror="window.__pwned=1">');
    expect(textOf(alert)).to.include('<script>window.__pwned=2</script>');
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });
});

describe('<va-auth-status-banner> announcements', () => {
  useMockBackend();

  /**
   * A page with a button before a banner that polls `backend` fast, and
   * the `[hidden]` rule page CSS such as VA.gov's carries.
   */
  async function laterPage(backend: Route, language = 'en') {
    const page = await fixture(html`
      <main lang=${language}>
        <style>
          [hidden] {
            display: none;
          }
        </style>
        <button>Sign in</button>
        <va-auth-status-banner src=${backend.url} interval="0.05">
        </va-auth-status-banner>
      </main>
    `);
    const banner = page.querySelector('va-auth-status-banner')!;
    await waitUntil(() => backend.count > 0 && banner.state === 'none');
    return banner;
  }

  it('says nothing about a banner present at load, and its alert has no role', async () => {
    const backend = route(
      BACKEND_PATH,
      json(backendStatuses({idme: 'critical'}))
    );
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner src=${backend.url} interval="0.05">
      </va-auth-status-banner>
    `);
    const alert = await untilShown(banner, 'provider-outage');
    await expect(banner).to.be.accessible();
    await waitUntil(() => backend.count >= 3, 'polled less than 3 times');
    await banner.updateComplete;

    expect(spokenIn(banner, 'polite')).to.equal('');
    expect(spokenIn(banner, 'assertive')).to.equal('');
    expect(roleOf(alert)).to.equal(null);
  });

  it('announces a later outage assertively and later maintenance politely, leaving focus alone', async () => {
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await laterPage(backend);
    const button = banner.parentElement!.querySelector('button')!;
    button.focus();

    backend.respond(json(backendStatuses({logingov: 'critical'})));
    const alert = await untilShown(banner, 'provider-outage');

    expect(spokenIn(banner, 'assertive')).to.equal(
      'You may have trouble signing in with your Login.gov account. ' +
        "Signing in with your Login.gov account isn't working right now."
    );
    expect(spokenIn(banner, 'polite')).to.equal('');
    expect(roleOf(alert)).to.equal(null);
    expect(document.activeElement).to.equal(button);

    backend.respond(
      json(
        backendStatuses({}, [
          {id: 3, service: 'idme', startsInHours: 2, lastsHours: 1},
        ])
      )
    );
    await untilShown(banner, 'maintenance-upcoming');

    expect(spokenIn(banner, 'polite')).to.equal(
      'Upcoming maintenance for ID.me sign-in. ' +
        "We'll be doing maintenance on sign-in with your ID.me account soon."
    );
    expect(spokenIn(banner, 'assertive')).to.equal('');
    expect(document.activeElement).to.equal(button);
    await expect(banner).to.be.accessible();
  });

  it('keeps keyboard focus on its link when the banner changes', async () => {
    const backend = route(
      BACKEND_PATH,
      json(backendStatuses({logingov: 'critical'}))
    );
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner
        src=${backend.url}
        interval="0.05"
        status-page-url="https://www.va.gov/sign-in-status/"
      ></va-auth-status-banner>
    `);
    const link = (await untilShown(banner, 'provider-outage')).querySelector(
      'va-link'
    )!;
    await waitUntil(() => link.shadowRoot?.querySelector('a'));
    link.shadowRoot!.querySelector('a')!.focus();

    backend.respond(json(backendStatuses({logingov: 'warning'})));
    await untilShown(banner, 'provider-degraded');

    // A boolean: printing a removed va-link in a failure message crashed
    // the test browser.
    const stillOnLink = banner.shadowRoot!.activeElement === link;
    expect(stillOnLink, 'focus left the link').to.equal(true);
  });

  it('says politely that sign-in works once the trouble is over', async () => {
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await laterPage(backend);
    backend.respond(json(backendStatuses({logingov: 'critical'})));
    await untilShown(banner, 'provider-outage');

    backend.respond(json(backendStatuses()));
    await waitUntil(() => banner.state === 'none', 'banner stayed', {
      timeout: 4000,
    });
    await banner.updateComplete;

    expect(spokenIn(banner, 'polite')).to.equal('Sign-in is working now.');
    expect(spokenIn(banner, 'assertive')).to.equal('');
    // Hidden from sight, but its regions are still rendered (even under
    // the page's own [hidden] rule), so screen readers hear them change.
    expect(banner.hidden).to.equal(true);
    expect(banner.getBoundingClientRect().height).to.equal(0);
    expect(liveRegion(banner, 'polite').checkVisibility()).to.equal(true);
  });

  it('announces in Spanish on a Spanish page', async () => {
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await laterPage(backend, 'es');

    backend.respond(json(backendStatuses({logingov: 'critical'})));
    await untilShown(banner, 'provider-outage');

    expect(liveRegion(banner, 'assertive').getAttribute('lang')).to.equal('es');
    expect(spokenIn(banner, 'assertive')).to.equal(
      'Es posible que tenga problemas para iniciar sesión con su cuenta de ' +
        'Login.gov. En este momento no funciona el inicio de sesión con su ' +
        'cuenta de Login.gov.'
    );

    backend.respond(json(backendStatuses()));
    await waitUntil(() => banner.state === 'none', 'banner stayed', {
      timeout: 4000,
    });
    await banner.updateComplete;

    expect(spokenIn(banner, 'polite')).to.equal(
      'El inicio de sesión ya funciona.'
    );
  });

  it('announces the same words again for a new maintenance window', async () => {
    const window = (id: number) =>
      json(
        backendStatuses({}, [
          {id, service: 'idme', startsInHours: 2, lastsHours: 1},
        ])
      );
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await laterPage(backend);
    const polite = liveRegion(banner, 'polite');

    backend.respond(window(3));
    await untilShown(banner, 'maintenance-upcoming');
    const first = polite.textContent;
    const words = spokenIn(banner, 'polite');

    backend.respond(window(4));
    await waitUntil(
      () => banner.snapshot?.notices.some((n) => n.id === 'window:4'),
      'never read window 4'
    );
    await banner.updateComplete;

    expect(spokenIn(banner, 'polite')).to.equal(words);
    expect(polite.textContent).not.to.equal(first);
  });

  it('claims no fix when it is set to speak for other services', async () => {
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await laterPage(backend);
    backend.respond(json(backendStatuses({logingov: 'critical'})));
    await untilShown(banner, 'provider-outage');

    banner.services = 'idme';
    await banner.updateComplete;

    expect(banner.state).to.equal('none');
    expect(spokenIn(banner, 'polite')).to.equal('');
    expect(spokenIn(banner, 'assertive')).to.equal('');
  });

  it('tells listeners what changed', async () => {
    const backend = route(
      BACKEND_PATH,
      json(backendStatuses({idme: 'critical'}))
    );
    const banner = document.createElement('va-auth-status-banner');
    banner.src = backend.url;
    const changed = nextEvent(banner, 'va-auth-status-change');
    document.body.append(banner);

    const {detail} = await changed;
    expect(detail.state).to.equal('provider-outage');
    expect(detail.previous).to.equal(null);
    expect(detail.services).to.deep.equal(['idme']);
    expect(detail.snapshot.services.length).to.be.greaterThan(0);
    banner.remove();
  });
});
