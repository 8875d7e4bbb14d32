// Lint rules shared by the whole repo. typescript-eslint needs the
// TypeScript 5 compiler API, which this workspace pins; the packages
// themselves build with TypeScript 7.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'site-dist/**',
      'tools/**',
      // MSW's generated worker, copied verbatim.
      'public/mockServiceWorker.js',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {project: './tsconfig.check.json'},
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {'no-console': 'off'},
  }
);
