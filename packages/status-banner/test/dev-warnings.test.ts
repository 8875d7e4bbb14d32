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

type Globals = {VA_AUTH_STATUS_DEV?: boolean};

/** Collects console warnings while a test runs. */
function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...data: unknown[]) => messages.push(String(data[0]));
  return {messages, restore: () => (console.warn = original)};
}

describe('developer warnings', () => {
  useMockBackend();
  let capture: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    capture = captureWarnings();
  });
  afterEach(() => {
    capture.restore();
    delete (globalThis as Globals).VA_AUTH_STATUS_DEV;
  });

  it('stay silent unless the page asks for them', async () => {
    await fixture(html`<va-auth-status-banner></va-auth-status-banner>`);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(capture.messages).to.deep.equal([]);
  });

  it('name a banner that has no source, once, with a stable code', async () => {
    (globalThis as Globals).VA_AUTH_STATUS_DEV = true;
    await fixture(html`
      <div>
        <va-auth-status-banner></va-auth-status-banner>
        <va-auth-status-banner></va-auth-status-banner>
      </div>
    `);

    await waitUntil(() => capture.messages.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(capture.messages).to.have.length(1);
    expect(capture.messages[0]).to.match(
      /^\[va-auth-status VAS101-banner-without-source\] <va-auth-status-banner>/
    );
  });

  it('name service ids and sign-in paths nobody knows', async () => {
    (globalThis as Globals).VA_AUTH_STATUS_DEV = true;
    const backend = route(BACKEND_PATH, json(backendStatuses()));
    const banner = await fixture<VaAuthStatusBanner>(html`
      <va-auth-status-banner
        src=${backend.url}
        services="idme login_gov"
        sign-in-path="oauth"
      ></va-auth-status-banner>
    `);

    await waitUntil(() => banner.snapshot?.sources[0]?.checkedAt);
    await waitUntil(() => capture.messages.length >= 2);
    expect(capture.messages.join('\n'))
      .to.include('VAS102-unknown-service')
      .and.include('"login_gov"')
      .and.include('VAS103-unknown-sign-in-path');
    expect(capture.messages.join('\n')).to.not.include('"idme"');
  });
});
