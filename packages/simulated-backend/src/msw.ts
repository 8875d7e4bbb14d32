/**
 * MSW request handlers that serve a scenario, for stories and browser
 * tests. The scenario is read on every request, so switching it changes
 * what the next poll sees.
 */

import {HttpResponse, delay, http} from 'msw';
import type {HttpHandler} from 'msw';
import {SIMULATED_PATHS} from './routes.js';
import type {SimulatedEndpoint} from './routes.js';
import {buildScenario} from './scenarios.js';
import type {SimulatedAnswer} from './scenarios.js';

export interface SimulatedHandlerOptions {
  /** The scenario id to serve, asked on each request. */
  scenario: () => string;
  /** The simulated "now"; defaults to the real clock. */
  now?: () => number;
  /** Prefix for every path, such as an origin. */
  base?: string;
  /** Called with each endpoint hit, for counting requests. */
  onRequest?: (endpoint: SimulatedEndpoint) => void;
}

async function answer(reply: SimulatedAnswer) {
  if (reply.kind === 'hang') {
    await delay('infinite');
    return new HttpResponse(null, {status: 504});
  }
  if (reply.kind === 'text') {
    return new HttpResponse(reply.body, {
      status: reply.status,
      headers: {'Content-Type': 'text/html'},
    });
  }
  return HttpResponse.json(reply.body as Record<string, unknown>, {
    status: reply.status,
  });
}

/** One GET handler per simulated endpoint. */
export function simulatedHandlers(
  options: SimulatedHandlerOptions
): HttpHandler[] {
  const base = options.base ?? '';
  const now = options.now ?? (() => Date.now());
  const endpoints = Object.keys(SIMULATED_PATHS) as SimulatedEndpoint[];

  return endpoints.map((endpoint) =>
    http.get(`${base}${SIMULATED_PATHS[endpoint]}`, () => {
      options.onRequest?.(endpoint);
      const responses = buildScenario(options.scenario(), now());
      return answer(responses[endpoint]);
    })
  );
}
