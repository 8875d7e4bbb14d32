import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {HttpResponse} from 'msw';
import '../src/define-vads.js';
import '../src/define.js';
import {formatEasternDateTime} from '../src/content/format-time.js';
import type {VaAuthStatusBanner} from '../src/va-auth-status-banner.js';
import type {WindowSpec} from './helpers/backend.js';
import {
  BACKEND_PATH,
  backendStatuses,
  json,
  route,
  useMockBackend,
} from './helpers/backend.js';
import {headlineOf, textOf, untilShown} from './helpers/banner.js';

async function bannerFor(
  words: Record<string, string>,
  windows: WindowSpec[] = [],
  language = 'en'
) {
  const backend = route(BACKEND_PATH, json(backendStatuses(words, windows)));
  const banner = await fixture<VaAuthStatusBanner>(html`
    <va-auth-status-banner
      src=${backend.url}
      language=${language}
      status-page-url="https://status.example.gov/"
    ></va-auth-status-banner>
  `);
  return banner;
}

const upcoming: WindowSpec = {
  id: 11,
  service: 'idme',
  startsInHours: 3,
  lastsHours: 2,
};
const siteNow: WindowSpec = {
  id: 12,
  service: 'global',
  startsInHours: -1,
  lastsHours: 3,
};

describe('<va-auth-status-banner> states', () => {
  useMockBackend();

  it('takes no space when every service is operational', async () => {
    const banner = await bannerFor({});
    await untilSettled(banner);

    expect(banner.hidden).to.equal(true);
    expect(banner.getBoundingClientRect().height).to.equal(0);
    expect(banner.shadowRoot?.querySelector('va-alert')).to.equal(null);
  });

  it('warns about one provider by name and offers the other', async () => {
    const banner = await bannerFor({logingov: 'critical'});
    const alert = await untilShown(banner, 'provider-outage');

    expect(alert.getAttribute('status')).to.equal('warning');
    expect(headlineOf(alert)).to.equal(
      'You may have trouble signing in with your Login.gov account'
    );
    expect(alert.querySelector('p strong')?.textContent).to.equal('Login.gov');
    expect(textOf(alert)).to.include(
      'You can still sign in with your ID.me account.'
    );
    expect(textOf(alert)).to.match(/This started \w+day, .+ ET\./);
    await expect(banner).to.be.accessible();
  });

  it('gives phone lines with TTY and hours when no provider works', async () => {
    const banner = await bannerFor({mvi: 'critical'});
    const alert = await untilShown(banner, 'shared-dependency');
    const phones = [...alert.querySelectorAll('va-telephone')];

    const main = phones.find((p) => p.getAttribute('contact') === '8006982411');
    await waitUntil(() => main?.shadowRoot?.querySelector('a'));
    expect(main!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      'tel:+18006982411'
    );
    expect(phones.some((p) => p.hasAttribute('tty'))).to.equal(true);
    expect(textOf(alert)).to.include('24/7');
  });

  it('links to the provider status page and keeps the banner short', async () => {
    const banner = await bannerFor({idme: 'critical'});
    const alert = await untilShown(banner, 'provider-outage');

    const link = alert.querySelector('va-link[href="https://status.id.me/"]');
    await waitUntil(() => link?.shadowRoot?.querySelector('a'));
    expect(link!.shadowRoot!.querySelector('a')!.textContent).to.equal(
      'Check the ID.me status page'
    );
    expect(alert.querySelector('va-telephone')).to.equal(null);
  });

  it('says "degraded" more gently than "down"', async () => {
    const banner = await bannerFor({idme: 'warning'});
    const alert = await untilShown(banner, 'provider-degraded');

    expect(alert.getAttribute('status')).to.equal('warning');
    expect(textOf(alert)).to.include('may be slow or may not work every time');
    await expect(banner).to.be.accessible();
  });

  it('consolidates several providers into one error banner', async () => {
    const banner = await bannerFor({logingov: 'critical', idme: 'critical'});
    const alert = await untilShown(banner, 'several-services');

    expect(banner.shadowRoot?.querySelectorAll('va-alert')).to.have.length(1);
    expect(alert.getAttribute('status')).to.equal('error');
    expect(textOf(alert)).to.include(
      'Signing in with your Login.gov or ID.me account'
    );
    expect(textOf(alert)).to.include(
      'If you need to sign in, check back later.'
    );
    await expect(banner).to.be.accessible();
  });

  it('treats MPI down as sign-in down for everyone', async () => {
    const banner = await bannerFor({mvi: 'critical'});
    const alert = await untilShown(banner, 'shared-dependency');

    expect(alert.getAttribute('status')).to.equal('error');
    expect(headlineOf(alert)).to.equal(
      "Signing in to VA.gov isn't working right now"
    );
    await expect(banner).to.be.accessible();
  });

  it('announces upcoming maintenance with Eastern start and end', async () => {
    const banner = await bannerFor({}, [upcoming]);
    const alert = await untilShown(banner, 'maintenance-upcoming');

    expect(alert.getAttribute('status')).to.equal('info');
    expect(alert.hasAttribute('closeable')).to.equal(true);
    expect(headlineOf(alert)).to.equal(
      'Upcoming maintenance for ID.me sign-in'
    );
    const start = formatEasternDateTime(Date.now() + 3 * 3600_000);
    expect(textOf(alert)).to.include(`Start time: ${start}`);
    expect(textOf(alert)).to.match(
      /End time: (\w+day, .+, at )?\d+:\d\d [ap]\.m\. ET/
    );
    await expect(banner).to.be.accessible();
  });

  it('shows site maintenance in progress without a close button', async () => {
    const banner = await bannerFor({}, [siteNow]);
    const alert = await untilShown(banner, 'maintenance-active');

    expect(alert.getAttribute('status')).to.equal('error');
    expect(alert.hasAttribute('closeable')).to.equal(false);
    expect(headlineOf(alert)).to.equal('Site maintenance');
    expect(textOf(alert)).to.include("until we're finished");
    await expect(banner).to.be.accessible();
  });

  it('says calmly that we cannot check when vets-api fails', async () => {
    const backend = route(BACKEND_PATH, () =>
      HttpResponse.json({errors: []}, {status: 500})
    );
    const banner = await fixture<VaAuthStatusBanner>(
      html`<va-auth-status-banner src=${backend.url}></va-auth-status-banner>`
    );
    const alert = await untilShown(banner, 'unknown');

    expect(alert.getAttribute('status')).to.equal('info');
    expect(textOf(alert)).to.include('You can still try to sign in.');
    expect(textOf(alert)).not.to.match(/down|isn't working/);
    await expect(banner).to.be.accessible();
  });

  it("uses the host's heading level and replacement copy", async () => {
    const backend = route(
      BACKEND_PATH,
      json(backendStatuses({idme: 'warning'}))
    );
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner
        src=${backend.url}
        heading-level="3"
        .messages=${{providerDegradedHeadline: () => 'ID.me is slow today'}}
      ></va-auth-status-banner>
    `);
    const alert = await untilShown(banner, 'provider-degraded');

    const headline = alert.querySelector('[slot="headline"]')!;
    expect(headline.tagName).to.equal('H3');
    expect(headlineOf(alert)).to.equal('ID.me is slow today');
  });

  describe('in Spanish', () => {
    it('names the provider in Spanish with the same status', async () => {
      const banner = await bannerFor({logingov: 'critical'}, [], 'es');
      const alert = await untilShown(banner, 'provider-outage');

      expect(alert.getAttribute('status')).to.equal('warning');
      expect(alert.getAttribute('lang')).to.equal('es');
      expect(headlineOf(alert)).to.equal(
        'Es posible que tenga problemas para iniciar sesión con su cuenta de Login.gov'
      );
      expect(textOf(alert)).to.include('Todavía puede iniciar sesión');
      await expect(banner).to.be.accessible();
    });

    it('says in Spanish that sign-in is down, with phone hours', async () => {
      const banner = await bannerFor({mvi: 'critical'}, [], 'es');
      const alert = await untilShown(banner, 'shared-dependency');

      expect(alert.getAttribute('status')).to.equal('error');
      expect(headlineOf(alert)).to.equal(
        'El inicio de sesión en VA.gov no funciona en este momento'
      );
      expect(textOf(alert)).to.include('De lunes a viernes, de 8:00 a.m.');
      await expect(banner).to.be.accessible();
    });

    it('writes maintenance times in Spanish', async () => {
      const banner = await bannerFor({}, [upcoming], 'es');
      const alert = await untilShown(banner, 'maintenance-upcoming');

      expect(alert.getAttribute('status')).to.equal('info');
      const start = formatEasternDateTime(Date.now() + 3 * 3600_000, 'es');
      expect(textOf(alert)).to.include(`Hora de inicio: ${start}`);
    });

    it('takes Spanish from the page when no language is set', async () => {
      const backend = route(BACKEND_PATH, json(backendStatuses({}, [siteNow])));
      const wrapper = await fixture(
        html`<div lang="es-US">
          <va-auth-status-banner src=${backend.url}></va-auth-status-banner>
        </div>`
      );
      const banner = wrapper.querySelector('va-auth-status-banner')!;
      const alert = await untilShown(banner, 'maintenance-active');

      expect(headlineOf(alert)).to.equal('Mantenimiento del sitio');
    });

    it('says in Spanish that we cannot check', async () => {
      const backend = route(BACKEND_PATH, () =>
        HttpResponse.json({}, {status: 503})
      );
      const banner = await fixture<VaAuthStatusBanner>(html`
        <va-auth-status-banner src=${backend.url} language="es">
        </va-auth-status-banner>
      `);
      const alert = await untilShown(banner, 'unknown');

      expect(alert.getAttribute('status')).to.equal('info');
      expect(textOf(alert)).to.include('Puede intentar iniciar sesión');
    });
  });
});

async function untilSettled(banner: VaAuthStatusBanner) {
  await waitUntil(() => banner.snapshot?.sources.every((s) => s.checkedAt));
  await banner.updateComplete;
}
