/**
 * Builds a story that serves one simulated-backend scenario through MSW.
 * Each story gets its own URL prefix, because the client shares one poll
 * per URL across the page and Storybook keeps one page between stories.
 */

import type {StoryObj} from '@storybook/web-components-vite';
import type {TemplateResult} from 'lit';
import {simulatedHandlers} from '@va-auth-status/simulated-backend/msw';
import {SCENARIOS} from '@va-auth-status/simulated-backend';

export type Language = 'en' | 'es';

/** The URLs a story's elements should read. */
export interface ScenarioUrls {
  backend: string;
  maintenance: string;
  notices: string;
  loginGovStatuspage: string;
}

export function scenarioStory(
  scenario: string,
  language: Language,
  render: (urls: ScenarioUrls, language: Language) => TemplateResult
): StoryObj {
  const definition = SCENARIOS.find((known) => known.id === scenario);
  if (!definition) throw new RangeError(`Unknown scenario ${scenario}`);

  const base = `/stories/${scenario}/${language}`;
  const urls: ScenarioUrls = {
    backend: `${base}/v0/backend_statuses`,
    maintenance: `${base}/v0/maintenance_windows`,
    notices: `${base}/status/notices.json`,
    loginGovStatuspage: `${base}/statuspage/logingov/api/v2/summary.json`,
  };

  return {
    name: `${definition.title}${language === 'es' ? ' (español)' : ''}`,
    parameters: {docs: {description: {story: definition.description}}},
    beforeEach({msw}) {
      msw.use(...simulatedHandlers({scenario: () => scenario, base}));
    },
    render: () => render(urls, language),
  };
}
