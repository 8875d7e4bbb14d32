import {expect} from '@open-wc/testing';
import {HttpResponse} from 'msw';
import {createStatusClient} from '../src/client/create-status-client.js';
import type {StatusClientOptions} from '../src/client/create-status-client.js';
import type {StatusSnapshot} from '../src/types.js';
import {START, createFakeEnvironment} from './helpers/fake-environment.js';
import type {FakeEnvironment} from './helpers/fake-environment.js';
import {
  backendStatuses,
  mockRoute,
  startMockBackend,
  stopMockBackend,
} from './helpers/mock-backend.js';
import type {MockRoute} from './helpers/mock-backend.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function stateOf(snapshot: StatusSnapshot, id: string): string | undefined {
  return snapshot.services.find((service) => service.id === id)?.state;
}

describe('createStatusClient: when it asks', () => {
  let env: FakeEnvironment;
  let stop: () => void;

  before(startMockBackend);
  after(stopMockBackend);

  beforeEach(() => {
    env = createFakeEnvironment();
    stop = () => undefined;
  });

  afterEach(() => stop());

  function poll(
    route: MockRoute,
    options: Partial<StatusClientOptions> = {}
  ): StatusSnapshot[] {
    const client = createStatusClient({
      sources: [{kind: 'backend-statuses', url: route.url}],
      intervalMs: MINUTE,
      environment: env,
      ...options,
    });
    const heard: StatusSnapshot[] = [];
    client.subscribe((snapshot) => heard.push(snapshot));
    stop = () => client.stop();
    return heard;
  }

  /** Asserts the next request goes out after exactly `ms`, not sooner. */
  async function expectNextRequestAfter(route: MockRoute, ms: number) {
    const before = route.count;
    env.advance(ms - 1);
    await env.settle();
    expect(route.count, `nothing before ${ms} ms`).to.equal(before);
    env.advance(1);
    await env.settle();
    expect(route.count, `a request at ${ms} ms`).to.equal(before + 1);
  }

  function healthyRoute(): MockRoute {
    return mockRoute(() => HttpResponse.json(backendStatuses()));
  }

  it('sends nothing while the page is hidden and catches up once on return', async () => {
    const route = healthyRoute();
    poll(route);
    await env.settle();

    env.setVisible(false);
    for (let i = 0; i < 5; i++) env.advance(MINUTE);
    await env.settle();
    expect(route.count).to.equal(1);

    env.setVisible(true);
    await env.settle();
    expect(route.count).to.equal(2);
    await expectNextRequestAfter(route, MINUTE);
  });

  it('sends nothing while offline and catches up once back online', async () => {
    const route = healthyRoute();
    poll(route);
    await env.settle();

    env.setOnline(false);
    env.advance(3 * MINUTE);
    await env.settle();
    expect(route.count).to.equal(1);

    env.setOnline(true);
    await env.settle();
    expect(route.count).to.equal(2);
  });

  it('does not ask again on return when no poll fell due while away', async () => {
    const route = healthyRoute();
    poll(route);
    await env.settle();

    env.advance(10 * SECOND);
    env.setVisible(false);
    env.advance(10 * SECOND);
    env.setVisible(true);
    await env.settle();

    expect(route.count).to.equal(1);
    await expectNextRequestAfter(route, 40 * SECOND);
  });

  it('waits for a page that starts hidden to be seen before asking', async () => {
    const route = healthyRoute();
    env.setVisible(false);
    poll(route);
    env.advance(5 * MINUTE);
    await env.settle();
    expect(route.count).to.equal(0);

    env.setVisible(true);
    await env.settle();
    expect(route.count).to.equal(1);
  });

  it('spreads the interval by the jitter fraction', async () => {
    const route = healthyRoute();
    env.randomValue = 0;
    poll(route, {jitter: 0.1});
    await env.settle();

    await expectNextRequestAfter(route, 54 * SECOND);
  });

  it('backs off exponentially on failure up to the cap, then resets', async () => {
    const route = mockRoute((_request, n) =>
      n <= 5
        ? new HttpResponse(null, {status: 500})
        : HttpResponse.json(backendStatuses())
    );
    poll(route, {maxBackoffMs: 5 * MINUTE});
    await env.settle();

    for (const wait of [2, 4, 5, 5, 5].map((m) => m * MINUTE)) {
      await expectNextRequestAfter(route, wait);
    }
    await expectNextRequestAfter(route, MINUTE);
  });

  it('waits as long as Retry-After asks in seconds', async () => {
    const route = mockRoute((_request, n) =>
      n === 1
        ? new HttpResponse(null, {
            status: 503,
            headers: {'Retry-After': '600'},
          })
        : HttpResponse.json(backendStatuses())
    );
    poll(route);
    await env.settle();

    await expectNextRequestAfter(route, 10 * MINUTE);
    await expectNextRequestAfter(route, MINUTE);
  });

  it('waits until the date Retry-After names, by the server clock', async () => {
    const serverNow = START + 2 * MINUTE;
    const route = mockRoute(() =>
      HttpResponse.json(
        {},
        {
          status: 429,
          headers: {
            Date: new Date(serverNow).toUTCString(),
            'Retry-After': new Date(serverNow + 7 * MINUTE).toUTCString(),
          },
        }
      )
    );
    poll(route);
    await env.settle();

    await expectNextRequestAfter(route, 7 * MINUTE);
  });

  it('shows a window as active from its start without asking again', async () => {
    const startsAt = START + 30 * MINUTE;
    const route = mockRoute(() =>
      HttpResponse.json(
        backendStatuses({
          reportedAt: START,
          windows: [
            {service: 'logingov', startsAt, endsAt: startsAt + 60 * MINUTE},
          ],
        })
      )
    );
    const heard = poll(route, {
      intervalMs: 120 * MINUTE,
      staleAfterMs: 180 * MINUTE,
    });
    await env.settle();
    expect(heard.at(-1)?.notices[0]?.phase).to.equal('upcoming');
    expect(stateOf(heard.at(-1)!, 'logingov')).to.equal('operational');

    env.advance(30 * MINUTE - 1);
    expect(heard.at(-1)?.notices[0]?.phase).to.equal('upcoming');
    env.advance(2);

    expect(heard.at(-1)?.notices[0]?.phase).to.equal('active');
    expect(stateOf(heard.at(-1)!, 'logingov')).to.equal('maintenance');
    expect(route.count).to.equal(1);
  });

  it('shows data as unknown once it is stale, without a request', async () => {
    const route = healthyRoute();
    const heard = poll(route, {intervalMs: 60 * MINUTE});
    await env.settle();
    expect(stateOf(heard.at(-1)!, 'idme')).to.equal('operational');

    env.advance(5 * MINUTE + 1);

    expect(heard.at(-1)?.freshness).to.equal('stale');
    expect(stateOf(heard.at(-1)!, 'idme')).to.equal('unknown');
    expect(route.count).to.equal(1);
  });
});
