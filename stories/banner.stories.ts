import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {scenarioStory} from './scenario-story.js';
import type {Language, ScenarioUrls} from './scenario-story.js';

const meta: Meta = {
  title: 'Sign-in banner',
  component: 'va-auth-status-banner',
  parameters: {
    docs: {
      description: {
        component:
          'What a Veteran sees in the sign-in modal and on the sign-in ' +
          'page. Every story reads a simulated vets-api, notice feed and ' +
          'Login.gov Statuspage in their real shapes.',
      },
    },
  },
};
export default meta;

function signInPage(urls: ScenarioUrls, language: Language) {
  return html`
    <div lang=${language}>
      <va-auth-status-provider
        backend-src=${urls.backend}
        maintenance-src=${urls.maintenance}
        notices-src=${urls.notices}
        statuspage=${`logingov=${urls.loginGovStatuspage}`}
        interval="30"
      >
        <va-auth-status-banner
          language=${language}
          status-page-url="https://example.invalid/status/"
        ></va-auth-status-banner>
      </va-auth-status-provider>
    </div>
  `;
}

function ssoePage(urls: ScenarioUrls, language: Language) {
  return html`
    <va-auth-status-provider backend-src=${urls.backend} interval="30">
      <va-auth-status-banner
        language=${language}
        sign-in-path="ssoe"
      ></va-auth-status-banner>
    </va-auth-status-provider>
  `;
}

export const IdmeOutage = scenarioStory('idme-outage', 'en', signInPage);
export const IdmeOutageEs = scenarioStory('idme-outage', 'es', signInPage);
export const LoginGovDegraded = scenarioStory(
  'logingov-degraded',
  'en',
  signInPage
);
export const LoginGovDegradedEs = scenarioStory(
  'logingov-degraded',
  'es',
  signInPage
);
export const SeveralDown = scenarioStory('several-down', 'en', signInPage);
export const SeveralDownEs = scenarioStory('several-down', 'es', signInPage);
export const SsoeOutageOnSsoePath = scenarioStory(
  'ssoe-outage',
  'en',
  ssoePage
);
export const SsoeOutageOnSsoePathEs = scenarioStory(
  'ssoe-outage',
  'es',
  ssoePage
);
export const MpiOutage = scenarioStory('mpi-outage', 'en', signInPage);
export const MpiOutageEs = scenarioStory('mpi-outage', 'es', signInPage);
export const MaintenanceUpcoming = scenarioStory(
  'maintenance-upcoming',
  'en',
  signInPage
);
export const MaintenanceUpcomingEs = scenarioStory(
  'maintenance-upcoming',
  'es',
  signInPage
);
export const MaintenanceActive = scenarioStory(
  'maintenance-active',
  'en',
  signInPage
);
export const MaintenanceActiveEs = scenarioStory(
  'maintenance-active',
  'es',
  signInPage
);
export const SiteMaintenance = scenarioStory(
  'site-maintenance',
  'en',
  signInPage
);
export const SiteMaintenanceEs = scenarioStory(
  'site-maintenance',
  'es',
  signInPage
);
export const ManualNotice = scenarioStory('manual-notice', 'en', signInPage);
export const ManualNoticeEs = scenarioStory('manual-notice', 'es', signInPage);
export const Announcement = scenarioStory('announcement', 'en', signInPage);
export const AnnouncementEs = scenarioStory('announcement', 'es', signInPage);
export const StatusUnknownServerError = scenarioStory(
  'server-error',
  'en',
  signInPage
);
export const StatusUnknownServerErrorEs = scenarioStory(
  'server-error',
  'es',
  signInPage
);
export const StatusUnknownGarbage = scenarioStory('garbage', 'en', signInPage);
export const StatusUnknownGarbageEs = scenarioStory(
  'garbage',
  'es',
  signInPage
);
export const StatusUnknownTimeout = scenarioStory('timeout', 'en', signInPage);
export const StatusUnknownTimeoutEs = scenarioStory(
  'timeout',
  'es',
  signInPage
);
export const AllClearOverride = scenarioStory(
  'all-clear-override',
  'en',
  signInPage
);
export const HostileNoticeText = scenarioStory(
  'hostile-text',
  'en',
  signInPage
);
export const HostileNoticeTextEs = scenarioStory(
  'hostile-text',
  'es',
  signInPage
);
export const Operational = scenarioStory('operational', 'en', signInPage);
export const OperationalEs = scenarioStory('operational', 'es', signInPage);
