import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import type {VaAuthStatusBanner} from '../src/va-auth-status-banner.js';
import {
  BACKEND_PATH,
  backendStatuses,
  json,
  route,
  useMockBackend,
} from './helpers/backend.js';

describe('<va-auth-status-banner> without the VA components', () => {
  useMockBackend();

  it('still shows readable text, numbers and links', async () => {
    const backend = route(
      BACKEND_PATH,
      json(backendStatuses({logingov: 'critical', idme: 'critical'}))
    );
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner src=${backend.url}></va-auth-status-banner>
    `);
    await waitUntil(() => banner.state === 'several-services');
    await banner.updateComplete;

    const text = banner.shadowRoot!.querySelector('va-alert')!.innerText;
    expect(customElements.get('va-alert')).to.equal(undefined);
    expect(text).to.include('You may have trouble signing in');
    expect(text).to.include('800-698-2411 (TTY: 711)');
    const link =
      banner.shadowRoot!.querySelector<HTMLAnchorElement>('va-link a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    expect(link.href).to.equal('https://status.login.gov/');
  });
});
