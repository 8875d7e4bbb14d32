// Generates an element package's custom-elements.json from its JSDoc.
// `npm run cem` runs it once per package, naming it in CEM_PACKAGE.
const name = process.env.CEM_PACKAGE ?? 'status-banner';

export default {
  globs: [`packages/${name}/src/**/*.ts`],
  exclude: ['**/*.test.ts', '**/test/**'],
  outdir: `packages/${name}`,
  litelement: true,
  packagejson: false,
};
