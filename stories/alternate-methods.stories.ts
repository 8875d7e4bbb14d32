import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';

const meta: Meta = {
  title: 'Alternate methods',
  component: 'va-auth-alternate-methods',
  parameters: {
    docs: {
      description: {
        component:
          'Ways to get common tasks done without signing in, from the ' +
          'shared list the banners and the status page also use.',
      },
    },
  },
};
export default meta;

export const AllLines: StoryObj = {
  render: () => html`<va-auth-alternate-methods></va-auth-alternate-methods>`,
};

export const AllLinesEs: StoryObj = {
  name: 'All lines (español)',
  render: () =>
    html`<va-auth-alternate-methods language="es"></va-auth-alternate-methods>`,
};

export const ChosenLines: StoryObj = {
  name: 'Chosen lines only',
  render: () =>
    html`<va-auth-alternate-methods
      methods="myva411 benefits-hotline"
    ></va-auth-alternate-methods>`,
};
