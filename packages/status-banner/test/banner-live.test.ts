import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {HttpResponse, delay} from 'msw';
import {createStatusClient} from '@va-auth-status/status-client';
import '../src/define-vads.js';
import '../src/define.js';
import type {VaAuthStatusBanner} from '../src/va-auth-status-banner.js';
import {
  BACKEND_PATH,
  backendStatuses,
  json,
  route,
  useMockBackend,
} from './helpers/backend.js';
import {
  alertOf,
  nextEvent,
  roleOf,
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

  it('gives a banner present at load no role', async () => {
    const backend = route(
      BACKEND_PATH,
      json(backendStatuses({idme: 'critical'}))
    );
    const banner = await fixture<VaAuthStatusBanner>(
      html`<va-auth-status-banner src=${backend.url}></va-auth-status-banner>`
    );
    const alert = await untilShown(banner, 'provider-outage');

    expect(roleOf(alert)).to.equal(null);
  });

  it('announces a later outage assertively and later maintenance politely', async () => {
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner src=${backend.url} interval="0.05">
      </va-auth-status-banner>
    `);
    await waitUntil(() => backend.count > 0 && banner.state === 'none');
    const focused = document.activeElement;

    backend.respond(json(backendStatuses({logingov: 'critical'})));
    expect(roleOf(await untilShown(banner, 'provider-outage'))).to.equal(
      'alert'
    );
    expect(document.activeElement).to.equal(focused);

    backend.respond(
      json(
        backendStatuses({}, [
          {id: 3, service: 'idme', startsIn: 2, lastsHours: 1},
        ])
      )
    );
    expect(roleOf(await untilShown(banner, 'maintenance-upcoming'))).to.equal(
      'status'
    );
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
