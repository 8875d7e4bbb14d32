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
  backendStatuses,
  json,
  route,
  useMockBackend,
} from './helpers/backend.js';
import {nextEvent, untilShown} from './helpers/banner.js';

function upcomingRoute(id: number): Route {
  return route(
    BACKEND_PATH,
    json(
      backendStatuses({}, [
        {id, service: 'global', startsInHours: 4, lastsHours: 1},
      ])
    )
  );
}

async function pageWith(backend: Route, focusTarget = '') {
  const page = await fixture(
    html`<main>
      <h1>Sign in</h1>
      <va-auth-status-banner
        src=${backend.url}
        dismiss-focus=${focusTarget}
      ></va-auth-status-banner>
      <p>Choose how to sign in.</p>
      <h2 id="next">Sign in with Login.gov</h2>
      <button id="help">Help</button>
    </main>`
  );
  return page.querySelector('va-auth-status-banner') as VaAuthStatusBanner;
}

/** Presses va-alert's own close button, as a user would. */
async function dismiss(banner: VaAuthStatusBanner): Promise<string> {
  const alert = await untilShown(banner, 'maintenance-upcoming');
  const close = alert.shadowRoot!.querySelector<HTMLButtonElement>(
    'button.va-alert-close'
  )!;
  const dismissed = nextEvent(banner, 'va-auth-status-dismiss');
  close.click();
  const {detail} = await dismissed;
  await banner.updateComplete;
  return detail.noticeId;
}

describe('<va-auth-status-banner> dismissal', () => {
  useMockBackend();
  beforeEach(() => sessionStorage.removeItem(DISMISSED_KEY));

  it('hides upcoming maintenance and remembers it for the session', async () => {
    const backend = upcomingRoute(21);
    const banner = await pageWith(backend);

    const noticeId = await dismiss(banner);

    expect(noticeId).to.equal('window:21');
    expect(banner.state).to.equal('none');
    expect(banner.hidden).to.equal(true);
    expect(JSON.parse(sessionStorage.getItem(DISMISSED_KEY)!)).to.deep.equal([
      'window:21',
    ]);
  });

  it('stays dismissed when the banner is created again', async () => {
    const backend = upcomingRoute(22);
    await dismiss(await pageWith(backend));
    fixtureCleanup();

    const again = await pageWith(backend);
    await waitUntil(() => again.snapshot?.sources.every((s) => s.checkedAt));
    await again.updateComplete;

    expect(again.state).to.equal('none');
    expect(again.hidden).to.equal(true);
  });

  it('shows a different maintenance window after one was dismissed', async () => {
    await dismiss(await pageWith(upcomingRoute(23)));
    fixtureCleanup();

    const banner = await pageWith(upcomingRoute(24));

    await untilShown(banner, 'maintenance-upcoming');
  });

  it('moves focus to the next heading after the banner', async () => {
    const banner = await pageWith(upcomingRoute(25));

    await dismiss(banner);

    expect(document.activeElement?.id).to.equal('next');
    expect(document.activeElement?.getAttribute('tabindex')).to.equal('-1');
  });

  it('moves focus to the dismiss-focus target when one is named', async () => {
    const banner = await pageWith(upcomingRoute(26), '#help');

    await dismiss(banner);

    expect(document.activeElement?.id).to.equal('help');
  });

  it('offers no close button for maintenance in progress', async () => {
    const backend = route(
      BACKEND_PATH,
      json(
        backendStatuses({}, [
          {id: 27, service: 'idme', startsInHours: -1, lastsHours: 2},
        ])
      )
    );
    const banner = await pageWith(backend);
    const alert = await untilShown(banner, 'maintenance-active');

    expect(alert.shadowRoot!.querySelector('button.va-alert-close')).to.equal(
      null
    );
  });
});
