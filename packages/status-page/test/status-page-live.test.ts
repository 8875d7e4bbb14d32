import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {StatusClient} from '@va-auth-status/status-client';
import type {StatusErrorDetail} from '@va-auth-status/status-banner';
import {createStatusClient} from '@va-auth-status/status-client';
import {backendStatusesPayload} from '@va-auth-status/simulated-backend';
import '@va-auth-status/status-banner/define';
import '../src/define.js';
import type {StatusPageChangeDetail} from '../src/events.js';
import type {VaAuthStatusPage} from '../src/va-auth-status-page.js';
import {NOW_MS, snapshot} from './helpers/snapshots.js';
import {one, section, textOf} from './helpers/page.js';

const BACKEND_URL = 'https://api.va.gov/v0/backend_statuses';
// Not `.json`: the test server would serve that as a JavaScript module.
const FEED_URL = '/packages/status-page/test/fixtures/notice-feed.json.txt';

/** What the backend says next; tests change it between polls. */
let backendAnswer: () => Response;

/** vets-api, as far as the page can tell: answers from `backendAnswer`. */
const backendFetch: typeof fetch = (input) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url !== BACKEND_URL) {
    return Promise.reject(new TypeError(`Unexpected request: ${url}`));
  }
  return Promise.resolve(backendAnswer());
};

function backendSays(words: Record<string, string>): () => Response {
  return () => Response.json(backendStatusesPayload(NOW_MS, words));
}

/** A client on a fixed clock whose timers never fire: tests refresh it. */
function testClient(): StatusClient {
  return createStatusClient({
    sources: [{kind: 'backend-statuses', url: BACKEND_URL}],
    fetch: backendFetch,
    environment: {
      now: () => NOW_MS,
      setTimeout: () => 0,
      clearTimeout: () => undefined,
    },
  });
}

/** The next verdict change the page announces. */
function pageChange(
  page: VaAuthStatusPage
): Promise<CustomEvent<StatusPageChangeDetail>> {
  return oneEvent<CustomEvent<StatusPageChangeDetail>>(
    page,
    'va-auth-status-page-change'
  );
}

const clients: StatusClient[] = [];

function trackedClient(): StatusClient {
  const client = testClient();
  clients.push(client);
  return client;
}

afterEach(() => {
  clients.splice(0).forEach((client) => client.stop());
});

describe('<va-auth-status-page> live data', () => {
  it('shows “checking” until the client answers, then the answer', async () => {
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (release = resolve));
    backendAnswer = backendSays({logingov: 'critical'});
    const slowFetch: typeof fetch = async (...args) => {
      await answered;
      return backendFetch(...args);
    };
    const client = createStatusClient({
      sources: [{kind: 'backend-statuses', url: BACKEND_URL}],
      fetch: slowFetch,
      environment: {now: () => NOW_MS},
    });
    clients.push(client);

    const page = await fixture<VaAuthStatusPage>(
      html`<va-auth-status-page .client=${client}></va-auth-status-page>`
    );
    expect(textOf(one(page, '.verdict'))).to.equal('Checking sign-in status…');

    const changed = pageChange(page);
    release();
    await client.refresh();
    const {detail} = await changed;

    expect(detail.overall).to.equal('outage');
    expect(detail.previous).to.equal(null);
    await page.updateComplete;
    expect(textOf(one(page, '.verdict'))).to.equal(
      'Some sign-in services aren’t working right now.'
    );
    await expect(page).to.be.accessible();
  });

  it('updates when the client hears news, and says what changed', async () => {
    backendAnswer = backendSays({logingov: 'critical'});
    const client = trackedClient();
    await client.refresh();
    const page = await fixture<VaAuthStatusPage>(
      html`<va-auth-status-page .client=${client}></va-auth-status-page>`
    );
    expect(textOf(one(page, '.verdict'))).to.contain('aren’t working');

    backendAnswer = backendSays({});
    const changed = pageChange(page);
    await client.refresh();
    const {detail} = await changed;

    expect(detail).to.include({overall: 'operational', previous: 'outage'});
    await page.updateComplete;
    expect(textOf(one(page, '.verdict'))).to.equal(
      'Sign-in is working normally.'
    );
  });

  it('keeps its fixed data, says so, and reports the error when live checks fail', async () => {
    backendAnswer = () => new Response('Bad gateway', {status: 502});
    const client = trackedClient();
    const errors: StatusErrorDetail[] = [];
    const page = await fixture<VaAuthStatusPage>(
      html`<va-auth-status-page
        .snapshot=${snapshot()}
        .clock=${() => NOW_MS}
        .client=${client}
        @va-auth-status-error=${(event: CustomEvent<StatusErrorDetail>) =>
          errors.push(event.detail)}
      ></va-auth-status-page>`
    );

    await client.refresh();
    await page.updateComplete;

    expect(errors).to.have.length(1);
    expect(errors[0]?.sourceId).to.equal(`backend-statuses:${BACKEND_URL}`);
    expect(errors[0]?.error.type).to.equal('http');
    expect(textOf(one(page, '.verdict'))).to.equal(
      'Sign-in is working normally.'
    );
    expect(textOf(one(page, '.stale'))).to.equal(
      'We can’t get newer information right now. What you see is from ' +
        'the last time we could check.'
    );
    expect(
      textOf(section(page, 'Where this information comes from'))
    ).to.contain('Not answering right now');
    await expect(page).to.be.accessible();
  });

  it('reads the sources named in its attributes', async () => {
    const page = await fixture<VaAuthStatusPage>(
      html`<va-auth-status-page notices-src=${FEED_URL}></va-auth-status-page>`
    );

    await waitUntil(
      () => textOf(one(page, '.verdict')).includes('aren’t working'),
      'the notice feed’s outage never showed'
    );
    expect(textOf(section(page, 'Current problems'))).to.contain(
      'ID.me sign-in is down'
    );
  });

  it('uses the client of an enclosing provider', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<va-auth-status-provider notices-src=${FEED_URL}>
        <va-auth-status-page></va-auth-status-page>
      </va-auth-status-provider>`
    );
    const page = wrapper.querySelector('va-auth-status-page')!;

    await waitUntil(
      () => textOf(one(page, '.verdict')).includes('aren’t working'),
      'the provider’s data never reached the page'
    );
  });

  it('stops listening when it leaves the page', async () => {
    backendAnswer = backendSays({logingov: 'critical'});
    const client = trackedClient();
    await client.refresh();
    const page = await fixture<VaAuthStatusPage>(
      html`<va-auth-status-page .client=${client}></va-auth-status-page>`
    );
    page.remove();

    backendAnswer = backendSays({});
    await client.refresh();
    await page.updateComplete;

    expect(textOf(one(page, '.verdict'))).to.contain('aren’t working');
  });
});
