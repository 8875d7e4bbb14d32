import type {Preview} from '@storybook/web-components-vite';
import {setupWorker} from 'msw/browser';
import {mswLoader} from 'msw-storybook-addon/csf3';
import '@department-of-veterans-affairs/web-components/dist/component-library/component-library.css';
import '@va-auth-status/status-banner/define-vads';
import '@va-auth-status/status-banner/define';
import '@va-auth-status/status-page/define';

// Stories render after this module runs, so the kit's developer
// warnings are on for every story.
(globalThis as {VA_AUTH_STATUS_DEV?: boolean}).VA_AUTH_STATUS_DEV = true;

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({quiet: true, onUnhandledRequest: 'bypass'});
      return worker;
    }),
  ],
  parameters: {
    layout: 'padded',
    controls: {expanded: true},
  },
};

export default preview;
