import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {scenarioStory} from './scenario-story.js';
import type {Language, ScenarioUrls} from './scenario-story.js';

const meta: Meta = {
  title: 'Status page',
  component: 'va-auth-status-page',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The public status page for VA.gov sign-in, live on the same ' +
          'simulated sources as the banner stories. The history section ' +
          'reads the notice feed: resolved notices and daily uptime with ' +
          'a gap of days that have no data.',
      },
    },
  },
};
export default meta;

function statusPage(urls: ScenarioUrls, language: Language) {
  return html`
    <va-auth-status-page
      language=${language}
      backend-src=${urls.backend}
      maintenance-src=${urls.maintenance}
      notices-src=${urls.notices}
      statuspage=${`logingov=${urls.loginGovStatuspage}`}
      interval="30"
    ></va-auth-status-page>
  `;
}

export const Operational = scenarioStory('operational', 'en', statusPage);
export const OperationalEs = scenarioStory('operational', 'es', statusPage);
export const IncidentWithTimeline = scenarioStory(
  'manual-notice',
  'en',
  statusPage
);
export const IncidentWithTimelineEs = scenarioStory(
  'manual-notice',
  'es',
  statusPage
);
export const SeveralDown = scenarioStory('several-down', 'en', statusPage);
export const MaintenanceUpcoming = scenarioStory(
  'maintenance-upcoming',
  'en',
  statusPage
);
export const MaintenanceUpcomingEs = scenarioStory(
  'maintenance-upcoming',
  'es',
  statusPage
);
export const SiteMaintenance = scenarioStory(
  'site-maintenance',
  'en',
  statusPage
);
export const SourcesFailing = scenarioStory('server-error', 'en', statusPage);
export const SourcesFailingEs = scenarioStory('server-error', 'es', statusPage);
export const HostileNoticeText = scenarioStory(
  'hostile-text',
  'en',
  statusPage
);
