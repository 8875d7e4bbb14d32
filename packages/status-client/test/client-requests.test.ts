import {expect} from '@open-wc/testing';
import {HttpResponse, delay} from 'msw';
import {createStatusClient} from '../src/client/create-status-client.js';
import type {StatusClient} from '../src/client/create-status-client.js';
import {
  StatusNetworkError,
  StatusParseError,
  StatusTimeoutError,
} from '../src/errors.js';
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

function operational(snapshot: StatusSnapshot): string[] {
  return snapshot.services
    .filter((service) => service.state === 'operational')
    .map((service) => service.id);
}

describe('createStatusClient: each request', () => {
  let env: FakeEnvironment;
  let client: StatusClient | undefined;

  before(startMockBackend);
  after(stopMockBackend);

  beforeEach(() => {
    env = createFakeEnvironment();
  });

  afterEach(() => client?.stop());

  async function firstSnapshot(route: MockRoute): Promise<StatusSnapshot> {
    client = createStatusClient({
      sources: [{kind: 'backend-statuses', url: route.url}],
      intervalMs: MINUTE,
      environment: env,
    });
    client.subscribe(() => undefined);
    await env.settle();
    return client.snapshot;
  }

  async function nextPoll(): Promise<StatusSnapshot> {
    env.advance(MINUTE);
    await env.settle();
    return client!.snapshot;
  }

  it('reports a timeout as a typed error and keeps the data until it is stale', async () => {
    const route = mockRoute(async (_request, n) => {
      if (n > 1) await delay('infinite');
      return HttpResponse.json(backendStatuses());
    });
    await firstSnapshot(route);

    env.advance(MINUTE);
    env.advance(10 * SECOND);
    await env.settle();

    const [health] = client!.snapshot.sources;
    expect(health?.error).to.be.instanceOf(StatusTimeoutError);
    expect((health?.error as StatusTimeoutError).timeoutMs).to.equal(10_000);
    expect(operational(client!.snapshot)).to.include('logingov');

    env.advance(5 * MINUTE);
    expect(client!.snapshot.freshness).to.equal('stale');
    expect(operational(client!.snapshot)).to.deep.equal([]);
  });

  it('reports a failed connection as a network error', async () => {
    const route = mockRoute(() => HttpResponse.error());

    const snapshot = await firstSnapshot(route);

    expect(snapshot.sources[0]?.error).to.be.instanceOf(StatusNetworkError);
    expect(operational(snapshot)).to.deep.equal([]);
  });

  it('sends the ETag back and keeps its data on 304, checked anew', async () => {
    const route = mockRoute((request) =>
      request.headers.get('If-None-Match') === '"v1"'
        ? new HttpResponse(null, {status: 304})
        : HttpResponse.json(backendStatuses(), {headers: {ETag: '"v1"'}})
    );
    await firstSnapshot(route);

    const snapshot = await nextPoll();

    expect(route.headers[0]?.get('If-None-Match')).to.equal(null);
    expect(route.headers[1]?.get('If-None-Match')).to.equal('"v1"');
    expect(snapshot.sources[0]?.error).to.equal(null);
    expect(snapshot.sources[0]?.checkedAt).to.equal(
      new Date(START + MINUTE).toISOString()
    );
    expect(operational(snapshot)).to.include('idme');
  });

  it('sends Last-Modified back as If-Modified-Since', async () => {
    const stamp = new Date(START - MINUTE).toUTCString();
    const route = mockRoute(() =>
      HttpResponse.json(backendStatuses(), {
        headers: {'Last-Modified': stamp},
      })
    );
    await firstSnapshot(route);

    await nextPoll();

    expect(route.headers[1]?.get('If-Modified-Since')).to.equal(stamp);
  });

  it('corrects checkedAt and now by the server clock from Date', async () => {
    const serverNow = START + 5 * MINUTE;
    const route = mockRoute(() =>
      HttpResponse.json(backendStatuses(), {
        headers: {Date: new Date(serverNow).toUTCString()},
      })
    );

    const snapshot = await firstSnapshot(route);

    // Date drops milliseconds: half a second is the unbiased guess.
    const corrected = new Date(serverNow + 500).toISOString();
    expect(snapshot.sources[0]?.checkedAt).to.equal(corrected);
    expect(snapshot.at).to.equal(corrected);
    expect(snapshot.freshness).to.equal('fresh');
  });

  it('leaves a clock within a second of the server alone', async () => {
    const route = mockRoute(() =>
      HttpResponse.json(backendStatuses(), {
        headers: {Date: new Date(START - 900).toUTCString()},
      })
    );

    const snapshot = await firstSnapshot(route);

    expect(snapshot.sources[0]?.checkedAt).to.equal(
      new Date(START).toISOString()
    );
  });

  it('reports a body that is not JSON as a parse error, with nothing operational', async () => {
    const route = mockRoute(
      () =>
        new HttpResponse('<html>Gateway trouble</html>', {
          headers: {'Content-Type': 'application/json'},
        })
    );

    const snapshot = await firstSnapshot(route);

    const error = snapshot.sources[0]?.error as StatusParseError;
    expect(error).to.be.instanceOf(StatusParseError);
    expect(error.path).to.equal('$');
    expect(error.expected).to.equal('JSON');
    expect(operational(snapshot)).to.deep.equal([]);
  });

  it('refuses a body larger than it would ever need, unread', async () => {
    const huge = JSON.stringify({padding: 'x'.repeat(3 * 1024 * 1024)});
    const route = mockRoute(
      () =>
        new HttpResponse(huge, {
          headers: {'Content-Type': 'application/json'},
        })
    );

    const snapshot = await firstSnapshot(route);

    const error = snapshot.sources[0]?.error as StatusParseError;
    expect(error).to.be.instanceOf(StatusParseError);
    expect(error.expected).to.equal('a body of at most 2097152 bytes');
    expect(operational(snapshot)).to.deep.equal([]);
  });

  it('reports JSON of the wrong shape as a parse error naming the URL', async () => {
    const route = mockRoute(() => HttpResponse.json({data: {statuses: 'ok'}}));

    const snapshot = await firstSnapshot(route);

    const error = snapshot.sources[0]?.error as StatusParseError;
    expect(error).to.be.instanceOf(StatusParseError);
    expect(error.url).to.equal(route.url);
    expect(operational(snapshot)).to.deep.equal([]);
  });

  it('keeps the last good data when a later answer is garbage, and lets it age', async () => {
    const route = mockRoute((_request, n) =>
      n === 1
        ? HttpResponse.json(backendStatuses())
        : HttpResponse.json({surprise: true})
    );
    await firstSnapshot(route);

    const snapshot = await nextPoll();

    expect(snapshot.sources[0]?.error).to.be.instanceOf(StatusParseError);
    expect(snapshot.sources[0]?.checkedAt).to.equal(
      new Date(START).toISOString()
    );
    expect(operational(snapshot)).to.include('mvi');
  });
});
