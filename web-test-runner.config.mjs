// Browser tests: real headless Chromium from Debian, real VADS components,
// MSW for the backends we do not own.
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {countingReporter} from './scripts/counting-reporter.mjs';
import {chromiumPath, CHROMIUM_ARGS} from './scripts/chromium.mjs';
import {sharedDir} from './scripts/shared-dir.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const mswWorker = createRequire(import.meta.url).resolve(
  'msw/mockServiceWorker.js'
);

/** Serves the MSW worker at the root scope and the shared fixtures. */
async function testAssets(ctx, next) {
  if (ctx.path === '/mockServiceWorker.js') {
    ctx.type = 'application/javascript';
    ctx.body = await readFile(mswWorker, 'utf8');
    return;
  }

  if (ctx.path.startsWith('/shared/')) {
    const file = path.join(sharedDir(root), ctx.path.slice('/shared/'.length));
    if (!file.startsWith(sharedDir(root)) || !existsSync(file)) {
      ctx.status = 404;
      return;
    }
    ctx.type = path.extname(file) === '.json' ? 'application/json' : 'text';
    ctx.body = await readFile(file, 'utf8');
    return;
  }

  return next();
}

const files = process.env.WTR_FILES
  ? process.env.WTR_FILES.split(',')
  : ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'];

export default {
  rootDir: root,
  files,
  nodeResolve: {exportConditions: ['source', 'browser']},
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 600000,
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      tsconfig: path.join(root, 'tsconfig.base.json'),
      target: 'es2022',
    }),
  ],
  middleware: [testAssets],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
