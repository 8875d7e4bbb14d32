/**
 * Named states of the simulated backend. Each one answers every endpoint
 * the kit reads, relative to the moment it is asked, so a scenario looks
 * the same whenever the demo or a story is opened.
 */

import {
  backendStatusesPayload,
  maintenanceWindowsPayload,
  noticeFeedPayload,
  statuspageSummaryPayload,
} from './payloads.js';
import type {FeedNoticeSpec, StatusWords, WindowSpec} from './payloads.js';
import {recentHistory, recentUptime} from './history.js';

/** What one endpoint answers. */
export type SimulatedAnswer =
  | {kind: 'json'; status: number; body: unknown}
  | {kind: 'text'; status: number; body: string}
  /** Never answers, so the client's timeout has to fire. */
  | {kind: 'hang'};

/** The answers of every simulated endpoint for one scenario. */
export interface SimulatedResponses {
  backendStatuses: SimulatedAnswer;
  maintenanceWindows: SimulatedAnswer;
  notices: SimulatedAnswer;
  loginGovStatuspage: SimulatedAnswer;
}

export interface ScenarioDefinition {
  id: string;
  title: string;
  description: string;
}

interface ScenarioRecipe extends ScenarioDefinition {
  words?: StatusWords;
  windows?: WindowSpec[];
  notices?: FeedNoticeSpec[];
  loginGovComponent?: string;
  backend?: SimulatedAnswer;
}

const HOSTILE =
  '<img src=x onerror="document.title=\'pwned\'"><script>' +
  "document.title='pwned'</script>";

const RECIPES: readonly ScenarioRecipe[] = [
  {
    id: 'operational',
    title: 'Everything works',
    description: 'Every sign-in service is active; no banner shows.',
  },
  {
    id: 'idme-outage',
    title: 'ID.me is down',
    description: 'PagerDuty reports ID.me critical; Login.gov still works.',
    words: {idme: 'critical'},
  },
  {
    id: 'logingov-degraded',
    title: 'Login.gov is slow',
    description: 'PagerDuty has an acknowledged incident for Login.gov.',
    words: {logingov: 'warning'},
    loginGovComponent: 'degraded_performance',
  },
  {
    id: 'several-down',
    title: 'Both providers have trouble',
    description: 'ID.me is down and Login.gov is degraded at once.',
    words: {idme: 'critical', logingov: 'warning'},
  },
  {
    id: 'ssoe-outage',
    title: 'SSOe is down',
    description:
      'Only people signing in through SSOe are affected; the Sign-in ' +
      'Service path still works.',
    words: {ssoe: 'critical'},
  },
  {
    id: 'mpi-outage',
    title: 'MPI is down',
    description: 'Every sign-in needs MPI, whichever provider is used.',
    words: {mvi: 'critical'},
  },
  {
    id: 'maintenance-upcoming',
    title: 'ID.me maintenance tonight',
    description: 'A window for ID.me starts in 3 hours and lasts 2 hours.',
    windows: [
      {
        id: 9101,
        service: 'idme',
        startsInHours: 3,
        lastsHours: 2,
        description: 'ID.me is upgrading its sign-in systems.',
      },
    ],
  },
  {
    id: 'maintenance-active',
    title: 'ID.me maintenance now',
    description: 'An ID.me window started 30 minutes ago.',
    words: {idme: 'maintenance'},
    windows: [{id: 9102, service: 'idme', startsInHours: -0.5, lastsHours: 2}],
  },
  {
    id: 'site-maintenance',
    title: 'VA.gov maintenance now',
    description: 'A global window: every service is in maintenance.',
    windows: [{id: 9103, service: 'global', startsInHours: -1, lastsHours: 3}],
  },
  {
    id: 'manual-notice',
    title: 'Notice set by the Identity team',
    description:
      'Monitors see nothing yet; an operator published an outage ' +
      'notice for Login.gov with updates, in English and Spanish.',
    loginGovComponent: 'major_outage',
    notices: [
      {
        id: 'logingov-2026-outage',
        origin: 'manual',
        kind: 'outage',
        services: ['logingov'],
        startedHoursAgo: 1,
        endsInHours: null,
        title: 'Login.gov sign-in is failing',
        message:
          'Login.gov is not completing sign-ins. You can sign in with ' +
          'ID.me instead, or call us.',
        alternateMethods: ['myva411', 'benefits-hotline'],
        statusPageUrl: 'https://status.login.gov/',
        updates: [
          {
            hoursAgo: 0.25,
            status: 'identified',
            message: 'Login.gov found the cause and is fixing it.',
            translations: {
              es: {
                message: 'Login.gov encontró la causa y la está corrigiendo.',
              },
            },
          },
          {
            hoursAgo: 1,
            status: 'investigating',
            message: 'We are looking into failed sign-ins with Login.gov.',
            translations: {
              es: {
                message:
                  'Estamos investigando por qué fallan los inicios de ' +
                  'sesión con Login.gov.',
              },
            },
          },
        ],
        translations: {
          es: {
            title: 'El inicio de sesión con Login.gov está fallando',
            message:
              'Login.gov no está completando los inicios de sesión. En su ' +
              'lugar, puede iniciar sesión con ID.me o llamarnos.',
          },
        },
      },
    ],
  },
  {
    id: 'all-clear-override',
    title: 'Operator clears a stuck alert',
    description:
      'PagerDuty still says ID.me has a warning, but an operator ' +
      'published an explicit all-clear.',
    words: {idme: 'warning'},
    notices: [
      {
        id: 'idme-all-clear',
        origin: 'manual',
        kind: 'operational',
        services: ['idme'],
        startedHoursAgo: 0.2,
        endsInHours: 2,
        title: 'ID.me is working again',
        message: 'The alert in our monitoring is stale; sign-in works.',
        override: true,
      },
    ],
  },
  {
    id: 'announcement',
    title: 'Something to know, nothing broken',
    description:
      'An operator published an info notice: sign-in works, but ' +
      'something changes soon.',
    notices: [
      {
        id: 'idme-new-screens',
        origin: 'manual',
        kind: 'info',
        services: ['idme'],
        startedHoursAgo: 2,
        endsInHours: 48,
        title: 'ID.me sign-in screens are changing',
        message:
          'ID.me is updating the screens you see when you sign in. ' +
          'Your account and password stay the same.',
      },
    ],
  },
  {
    id: 'server-error',
    title: 'Status source fails',
    description: 'vets-api answers HTTP 500: status is unknown.',
    backend: {
      kind: 'json',
      status: 500,
      body: {errors: [{title: 'Internal server error', status: '500'}]},
    },
  },
  {
    id: 'timeout',
    title: 'Status source hangs',
    description: 'vets-api never answers; the client times out.',
    backend: {kind: 'hang'},
  },
  {
    id: 'garbage',
    title: 'Status source sends garbage',
    description: 'vets-api answers 200 with an HTML error page.',
    backend: {
      kind: 'text',
      status: 200,
      body: '<html><body>Bad gateway</body></html>',
    },
  },
  {
    id: 'hostile-text',
    title: 'Notice with hostile text',
    description: 'A notice whose text contains markup and script.',
    notices: [
      {
        id: 'hostile',
        origin: 'manual',
        kind: 'outage',
        services: ['idme'],
        startedHoursAgo: 0.5,
        endsInHours: null,
        title: `ID.me ${HOSTILE}`,
        message: `Try again later ${HOSTILE}`,
      },
    ],
  },
];

/** Every scenario, in the order the demo's switcher lists them. */
export const SCENARIOS: readonly ScenarioDefinition[] = RECIPES.map(
  ({id, title, description}) => ({id, title, description})
);

function json(body: unknown): SimulatedAnswer {
  return {kind: 'json', status: 200, body};
}

/**
 * The answers of every endpoint for scenario `id` at instant `now`.
 * Throws a RangeError naming the known ids for an unknown one.
 */
export function buildScenario(id: string, now: number): SimulatedResponses {
  const recipe = RECIPES.find((candidate) => candidate.id === id);
  if (!recipe) {
    const known = RECIPES.map((candidate) => candidate.id).join(', ');
    throw new RangeError(`Unknown scenario "${id}". Known: ${known}`);
  }

  const windows = recipe.windows ?? [];
  const notices = [...(recipe.notices ?? []), ...recentHistory()];

  return {
    backendStatuses:
      recipe.backend ??
      json(backendStatusesPayload(now, recipe.words, windows)),
    maintenanceWindows: json(maintenanceWindowsPayload(now, windows)),
    notices: json(noticeFeedPayload(now, notices, recentUptime(now))),
    loginGovStatuspage: json(
      statuspageSummaryPayload(now, {
        pageName: 'Login.gov',
        componentStatus: recipe.loginGovComponent ?? 'operational',
      })
    ),
  };
}
