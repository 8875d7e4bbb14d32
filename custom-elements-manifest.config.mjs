// Generates each element package's custom-elements.json from its JSDoc.
export default {
  globs: ['packages/status-banner/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/test/**'],
  outdir: 'packages/status-banner',
  litelement: true,
  packagejson: false,
};
