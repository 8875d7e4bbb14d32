import {expect} from '@open-wc/testing';
import {HttpResponse, delay} from 'msw';
import {createStatusClient} from '../src/client/create-status-client.js';
import type {StatusClient} from '../src/client/create-status-client.js';
import {MAX_IDLE_SOURCES} from '../src/client/registry.js';
import {StatusHttpError} from '../src/errors.js';
import type {StatusSnapshot} from '../src/types.js';
import {createFakeEnvironment} from './helpers/fake-environment.js';
import type {FakeEnvironment} from './helpers/fake-environment.js';
import {
  backendStatuses,
  mockRoute,
  startMockBackend,
  stopMockBackend,
} from './helpers/mock-backend.js';
import type {MockRoute} from './helpers/mock-backend.js';

const MINUTE = 60_000;

function healthyRoute(): MockRoute {
  return mockRoute(() => HttpResponse.json(backendStatuses()));
}

function clientFor(
  env: FakeEnvironment,
  url: string,
  intervalMs = MINUTE
): StatusClient {
  return createStatusClient({
    sources: [{kind: 'backend-statuses', url}],
    intervalMs,
    environment: env,
  });
}

function stateOf(snapshot: StatusSnapshot, id: string): string | undefined {
  return snapshot.services.find((service) => service.id === id)?.state;
}

describe('createStatusClient: one poller per page', () => {
  let env: FakeEnvironment;
  const clients: StatusClient[] = [];

  before(startMockBackend);
  after(stopMockBackend);

  beforeEach(() => {
    env = createFakeEnvironment();
  });

  afterEach(() => {
    clients.splice(0).forEach((client) => client.stop());
  });

  function track(client: StatusClient): StatusClient {
    clients.push(client);
    return client;
  }

  it('sends nothing and reports every service unknown until someone subscribes', async () => {
    const route = healthyRoute();
    const client = track(clientFor(env, route.url));

    env.advance(10 * MINUTE);
    await env.settle();

    expect(route.count).to.equal(0);
    expect(client.snapshot.freshness).to.equal('unknown');
    expect(client.snapshot.services.length).to.be.greaterThan(0);
    for (const service of client.snapshot.services) {
      expect(service.state, service.id).to.equal('unknown');
    }
  });

  it('sends one request per interval for ten subscribers on one source', async () => {
    const route = healthyRoute();
    const client = track(clientFor(env, route.url));

    for (let i = 0; i < 10; i++) client.subscribe(() => undefined);
    await env.settle();
    expect(route.count).to.equal(1);

    for (let poll = 2; poll <= 4; poll++) {
      env.advance(MINUTE);
      await env.settle();
      expect(route.count).to.equal(poll);
    }
  });

  it('sends one request per interval for three clients on one source', async () => {
    const route = healthyRoute();
    const trio = [1, 2, 3].map(() => track(clientFor(env, route.url)));

    trio.forEach((client) => client.subscribe(() => undefined));
    await env.settle();
    env.advance(MINUTE);
    await env.settle();

    expect(route.count).to.equal(2);
    for (const client of trio) {
      expect(stateOf(client.snapshot, 'logingov')).to.equal('operational');
    }
  });

  it('polls a shared source at the shortest interval its clients ask for', async () => {
    const route = healthyRoute();
    track(clientFor(env, route.url, 2 * MINUTE)).subscribe(() => undefined);
    await env.settle();

    track(clientFor(env, route.url, MINUTE / 2)).subscribe(() => undefined);
    for (let step = 0; step < 4; step++) {
      env.advance(MINUTE / 2);
      await env.settle();
    }

    expect(route.count).to.equal(5);
  });

  it('shares a poller between clients given the same fetch, not between different ones', async () => {
    const route = healthyRoute();
    const ownFetch: typeof fetch = (input, init) => env.fetch(input, init);
    const make = (fetchFn: typeof fetch) =>
      track(
        createStatusClient({
          sources: [{kind: 'backend-statuses', url: route.url}],
          environment: env,
          fetch: fetchFn,
        })
      );

    make(ownFetch).subscribe(() => undefined);
    make(ownFetch).subscribe(() => undefined);
    await env.settle();
    expect(route.count).to.equal(1);

    make((input, init) => env.fetch(input, init)).subscribe(() => undefined);
    await env.settle();
    expect(route.count).to.equal(2);
  });

  it('tells listeners about each new snapshot, not about the current one', async () => {
    const route = healthyRoute();
    const client = track(clientFor(env, route.url));
    const heard: StatusSnapshot[] = [];

    client.subscribe((snapshot) => heard.push(snapshot));
    expect(heard).to.have.length(0);
    await env.settle();

    expect(heard).to.have.length(1);
    expect(heard[0]).to.equal(client.snapshot);
    expect(stateOf(heard[0]!, 'idme')).to.equal('operational');
  });

  it('keeps polling and telling the others when a listener throws', async () => {
    const route = healthyRoute();
    const client = track(clientFor(env, route.url));
    let heard = 0;

    client.subscribe(() => {
      throw new Error('a broken banner');
    });
    client.subscribe(() => heard++);
    await env.settle();
    env.advance(MINUTE);
    await env.settle();

    expect(route.count).to.equal(2);
    expect(heard).to.equal(2);
  });

  it('joins the request in flight on refresh and resolves with its data', async () => {
    const route = healthyRoute();
    const client = track(clientFor(env, route.url));

    client.subscribe(() => undefined);
    const snapshot = await client.refresh();

    expect(route.count).to.equal(1);
    expect(stateOf(snapshot, 'logingov')).to.equal('operational');
  });

  it('resolves refresh with the failure as state instead of rejecting', async () => {
    const route = mockRoute(() => new HttpResponse(null, {status: 500}));
    const client = track(clientFor(env, route.url));

    const snapshot = await client.refresh();

    const [health] = snapshot.sources;
    expect(health?.error).to.be.instanceOf(StatusHttpError);
    expect((health?.error as StatusHttpError).status).to.equal(500);
    expect(stateOf(snapshot, 'logingov')).to.equal('unknown');
  });

  it('gives a late subscriber the data already fetched without asking again', async () => {
    const route = healthyRoute();
    track(clientFor(env, route.url)).subscribe(() => undefined);
    await env.settle();

    const late = track(clientFor(env, route.url));
    late.subscribe(() => undefined);

    expect(stateOf(late.snapshot, 'mvi')).to.equal('operational');
    expect(route.count).to.equal(1);
  });

  it('forgets the least recently used idle sources, keeping the rest', async () => {
    const routes = Array.from({length: MAX_IDLE_SOURCES + 2}, healthyRoute);
    for (const route of routes) {
      const client = clientFor(env, route.url);
      client.subscribe(() => undefined);
      await env.settle();
      client.stop();
    }

    const oldest = clientFor(env, routes[0]!.url);
    const newest = clientFor(env, routes.at(-1)!.url);

    expect(stateOf(oldest.snapshot, 'mvi')).to.equal('unknown');
    expect(stateOf(newest.snapshot, 'mvi')).to.equal('operational');
  });

  it('leaves no timer, listener or request behind after stop', async () => {
    const route = healthyRoute();
    const client = clientFor(env, route.url);
    client.subscribe(() => undefined);
    client.subscribe(() => undefined);
    await env.settle();
    env.advance(MINUTE);
    await env.settle();
    expect(env.pendingTimers).to.be.greaterThan(0);
    expect(env.activityListeners).to.be.greaterThan(0);

    client.stop();

    expect(env.pendingTimers).to.equal(0);
    expect(env.activityListeners).to.equal(0);
    env.advance(60 * MINUTE);
    await env.settle();
    expect(route.count).to.equal(2);
  });

  it('cancels a request in flight on stop without reporting a failure', async () => {
    const route = mockRoute(async () => {
      await delay(MINUTE);
      return HttpResponse.json(backendStatuses());
    });
    const client = clientFor(env, route.url);
    client.subscribe(() => undefined);
    expect(env.fetched).to.have.length(1);

    client.stop();

    expect(env.pendingTimers).to.equal(0);
    await env.settle();
    expect(client.snapshot.sources[0]?.error).to.equal(null);
    expect(client.snapshot.freshness).to.equal('unknown');
  });

  it('stops polling when the last listener unsubscribes', async () => {
    const route = healthyRoute();
    const client = track(clientFor(env, route.url));
    const unsubscribe = [
      client.subscribe(() => undefined),
      client.subscribe(() => undefined),
    ];
    await env.settle();

    unsubscribe[0]!();
    env.advance(MINUTE);
    await env.settle();
    expect(route.count).to.equal(2);

    unsubscribe[1]!();
    env.advance(10 * MINUTE);
    await env.settle();
    expect(route.count).to.equal(2);
    expect(env.pendingTimers).to.equal(0);
  });
});
