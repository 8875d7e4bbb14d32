/**
 * vets-api and a notice feed as MSW plays them, in the shapes VA.gov's
 * frontend receives (camelCase keys, JSON:API envelope). Every route gets
 * a query string of its own, because the client shares one poll per URL
 * for the whole page and would otherwise carry data from test to test.
 */

import {fixtureCleanup} from '@open-wc/testing';
import type {JsonBodyType} from 'msw';
import {HttpResponse, http} from 'msw';
import {setupWorker} from 'msw/browser';
import {backendStatusesPayload} from '@va-auth-status/simulated-backend';
import type {StatusWords, WindowSpec} from '@va-auth-status/simulated-backend';

export type {WindowSpec};

export const worker = setupWorker();

/**
 * Runs MSW for the enclosing suite: started before its first test, and
 * fixtures and routes cleared after each one.
 */
export function useMockBackend(): void {
  before(() => worker.start({quiet: true, onUnhandledRequest: 'bypass'}));
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });
  after(() => worker.stop());
}

export const BACKEND_PATH = '/v0/backend_statuses';
export const NOTICES_PATH = '/status/notices.json';

/**
 * `GET /v0/backend_statuses` as the simulated backend builds it, at the
 * real clock; services not in `words` are `active`.
 */
export function backendStatuses(
  words: StatusWords = {},
  windows: readonly WindowSpec[] = []
) {
  return backendStatusesPayload(Date.now(), words, windows);
}

/** Our notice feed, version 1, with snake_case keys as published. */
export function noticeFeed(notices: ReadonlyArray<Record<string, unknown>>) {
  return {
    version: 1,
    updated_at: new Date(Date.now() - 60_000).toISOString(),
    notices,
  };
}

export interface Route {
  /** The URL to give an element; unique to this route. */
  url: string;
  /** Requests answered so far. */
  readonly count: number;
  /** Replaces what the route answers from the next request on. */
  respond(answer: () => Response | Promise<Response>): void;
}

let routes = 0;

/** Serves JSON (or any response) at `path` under a fresh query string. */
export function route(
  path: string,
  answer: () => Response | Promise<Response>
): Route {
  routes += 1;
  const tag = `case=${routes}`;
  let current = answer;
  let count = 0;

  worker.use(
    http.get(path, ({request}) => {
      if (!request.url.endsWith(tag)) {
        return undefined;
      }
      count += 1;
      return current();
    })
  );

  return {
    url: `${path}?${tag}`,
    get count() {
      return count;
    },
    respond(next) {
      current = next;
    },
  };
}

export const json = (body: JsonBodyType) => () => HttpResponse.json(body);
