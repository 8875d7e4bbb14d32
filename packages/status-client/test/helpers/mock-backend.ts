/**
 * vets-api as MSW plays it for client tests: every route gets a URL of its
 * own, so no test can share a poller with another, and counts what it
 * was asked.
 */

import {http} from 'msw';
import {setupWorker} from 'msw/browser';

export const worker = setupWorker();

export async function startMockBackend(): Promise<void> {
  await worker.start({quiet: true, onUnhandledRequest: 'bypass'});
}

export function stopMockBackend(): void {
  worker.stop();
}

export interface MockRoute {
  url: string;
  /** Requests the route has answered, including ones still waiting. */
  readonly count: number;
  /** Request headers, one entry per request, in order. */
  readonly headers: Headers[];
}

let routes = 0;

/**
 * Serves `respond` at a new URL. `respond` gets the request and its
 * 1-based number, so a test can script a sequence of answers.
 */
export function mockRoute(
  respond: (request: Request, n: number) => Response | Promise<Response>,
  name = 'v0/backend_statuses'
): MockRoute {
  routes += 1;
  const headers: Headers[] = [];
  const url = `/t/${routes}/${name}`;

  worker.use(
    http.get(url, ({request}) => {
      headers.push(request.headers);
      return respond(request, headers.length);
    })
  );
  return {
    url,
    get count() {
      return headers.length;
    },
    headers,
  };
}

export interface WindowSpec {
  service: string;
  startsAt: number;
  endsAt: number;
  id?: number;
}

/** A `GET /v0/backend_statuses` body in vets-api's snake_case. */
export function backendStatuses(
  options: {status?: string; windows?: WindowSpec[]; reportedAt?: number} = {}
): Record<string, unknown> {
  const status = options.status ?? 'active';
  const services = ['logingov', 'idme', 'ssoe', 'mvi'];
  const reportedAt = new Date(options.reportedAt ?? Date.now()).toISOString();

  return {
    data: {
      id: '',
      type: 'backend_statuses',
      attributes: {
        reported_at: reportedAt,
        statuses: services.map((service) => ({
          service,
          service_id: service,
          status,
          last_incident_timestamp: null,
        })),
        maintenance_windows: (options.windows ?? []).map((window, index) => ({
          id: window.id ?? index + 1,
          external_service: window.service,
          start_time: new Date(window.startsAt).toISOString(),
          end_time: new Date(window.endsAt).toISOString(),
          description: '',
        })),
      },
    },
  };
}
