import type {StorybookConfig} from '@storybook/web-components-vite';

const vads = '../node_modules/@department-of-veterans-affairs/web-components';

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.stories.ts'],
  addons: ['msw-storybook-addon', '@storybook/addon-docs'],
  // public/ holds MSW's worker; the VADS sprite must be same-origin.
  staticDirs: ['../public', {from: `${vads}/dist/img`, to: '/img'}],
  core: {disableTelemetry: true},
  async viteFinal(viteConfig) {
    const {mergeConfig, defaultClientConditions} = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: {conditions: ['source', ...defaultClientConditions]},
      build: {chunkSizeWarningLimit: 2000},
    });
  },
};

export default config;
