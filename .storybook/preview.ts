/// <reference types="vite/client" />
import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {setupWorker} from 'msw/browser';
import {mswLoader} from 'msw-storybook-addon/csf3';
import '@department-of-veterans-affairs/web-components/dist/component-library/component-library.css';
import '@va-auth-status/status-banner/define-vads';
import '@va-auth-status/status-banner/define';
import '@va-auth-status/status-page/define';

interface Manifest {
  schemaVersion: string;
  modules: unknown[];
}

// The build writes each element package's custom-elements.json; their
// attributes, events, parts and CSS properties fill the Docs tab. Before
// a build there are none, and the stories still work.
const manifests = Object.values(
  import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
    eager: true,
    import: 'default',
  })
);
setCustomElementsManifest({
  schemaVersion: manifests[0]?.schemaVersion ?? '1.0.0',
  modules: manifests.flatMap((manifest) => manifest.modules),
});

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
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: {expanded: true},
  },
};

export default preview;
