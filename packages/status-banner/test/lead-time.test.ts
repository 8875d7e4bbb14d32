import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import type {VaAuthStatusBanner} from '../src/va-auth-status-banner.js';
import type {VaAuthStatusProvider} from '../src/va-auth-status-provider.js';
import {
  BACKEND_PATH,
  backendStatuses,
  json,
  route,
  useMockBackend,
} from './helpers/backend.js';

/** vets-api with an ID.me window starting in three hours. */
function windowInThreeHours() {
  return route(
    BACKEND_PATH,
    json(
      backendStatuses({}, [
        {id: 4401, service: 'idme', startsInHours: 3, lastsHours: 1},
      ])
    )
  );
}

async function settled(banner: VaAuthStatusBanner): Promise<void> {
  await waitUntil(() => banner.snapshot?.sources[0]?.checkedAt);
  await banner.updateComplete;
}

describe('the lead time for upcoming maintenance', () => {
  useMockBackend();

  it('warns about a window three hours away by default', async () => {
    const backend = windowInThreeHours();
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner src=${backend.url}></va-auth-status-banner>
    `);

    await settled(banner);
    expect(banner.state).to.equal('maintenance-upcoming');
  });

  it('keeps quiet when the page asks for a one-hour lead time', async () => {
    const backend = windowInThreeHours();
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner
        src=${backend.url}
        lead-time="1"
      ></va-auth-status-banner>
    `);

    await settled(banner);
    expect(banner.state).to.equal('none');
    expect(banner.hidden).to.equal(true);
  });

  it('takes the lead time from the provider around it', async () => {
    const backend = windowInThreeHours();
    const provider = await fixture<VaAuthStatusProvider>(html`
      <va-auth-status-provider backend-src=${backend.url} lead-time="2">
        <va-auth-status-banner></va-auth-status-banner>
      </va-auth-status-provider>
    `);
    const banner = provider.querySelector('va-auth-status-banner')!;

    await settled(banner);
    expect(banner.state).to.equal('none');
  });
});
