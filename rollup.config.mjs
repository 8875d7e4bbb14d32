// ESM builds of each package into its dist/. tsc -b writes the .d.ts
// files beside them; every bare import stays external for the host's
// bundler to resolve once.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const isBare = (id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

function library(name, entries) {
  return {
    input: Object.fromEntries(
      entries.map((entry) => [entry, `packages/${name}/src/${entry}.ts`])
    ),
    external: isBare,
    output: {
      dir: `packages/${name}/dist`,
      format: 'es',
      sourcemap: true,
      // One file per module, so a host's bundler drops what it never
      // imports (the status page takes the banner's helpers, not its
      // elements).
      preserveModules: true,
      preserveModulesRoot: `packages/${name}/src`,
      entryFileNames: '[name].js',
    },
    plugins: [
      nodeResolve({extensions: ['.ts', '.js']}),
      esbuild({
        tsconfig: `packages/${name}/tsconfig.json`,
        target: 'es2022',
      }),
    ],
  };
}

export default [
  library('status-client', ['index']),
  library('simulated-backend', ['index', 'msw']),
  library('status-banner', ['index', 'define', 'define-vads']),
  library('status-page', ['index', 'define']),
];
