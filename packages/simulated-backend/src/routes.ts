/** Where the simulated backend answers, the same in MSW and the demo. */

import type {SimulatedResponses} from './scenarios.js';

export const SIMULATED_PATHS = {
  backendStatuses: '/v0/backend_statuses',
  maintenanceWindows: '/v0/maintenance_windows',
  notices: '/status/notices.json',
  loginGovStatuspage: '/statuspage/logingov/api/v2/summary.json',
} as const satisfies Record<keyof SimulatedResponses, string>;

export type SimulatedEndpoint = keyof typeof SIMULATED_PATHS;

/** Which endpoint a path is, or null. */
export function endpointForPath(path: string): SimulatedEndpoint | null {
  for (const [endpoint, known] of Object.entries(SIMULATED_PATHS)) {
    if (path === known) return endpoint as SimulatedEndpoint;
  }
  return null;
}
