/**
 * @va-auth-status/simulated-backend: scenario payloads in the real source
 * shapes, for the demo, Storybook and tests. Not published.
 */

export {SCENARIOS, buildScenario} from './scenarios.js';
export type {
  ScenarioDefinition,
  SimulatedAnswer,
  SimulatedResponses,
} from './scenarios.js';
export {SIMULATED_PATHS, endpointForPath} from './routes.js';
export type {SimulatedEndpoint} from './routes.js';
export {
  backendStatusesPayload,
  maintenanceWindowsPayload,
  noticeFeedPayload,
  statuspageSummaryPayload,
} from './payloads.js';
export type {FeedNoticeSpec, StatusWords, WindowSpec} from './payloads.js';
