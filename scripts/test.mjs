// Every check the repo has, in the order a failure is cheapest to read:
// formatting, lint, types, build, Node tests, browser tests, Storybook and
// site builds. Runs them all, then prints one closing line
// "total: N passed, N failed, N skipped" counting each test and each check.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'va-auth-status-test-'));
const totals = {passed: 0, failed: 0, skipped: 0};
const failures = [];

function npx(args, env = {}) {
  const started = Date.now();
  const result = spawnSync('npx', ['--no-install', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: {...process.env, ...env},
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return {ok: result.status === 0, seconds};
}

/** A step with no test count of its own counts as one check. */
function check(name, args) {
  console.log(`\n== ${name}`);
  const {ok, seconds} = npx(args);
  console.log(`== ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

/** A test runner step: adds its counts, and fails if the runner did. */
function suite(name, args, countsFile, env = {}) {
  console.log(`\n== ${name}`);
  const {ok, seconds} = npx(args, env);
  const counts = existsSync(countsFile)
    ? JSON.parse(readFileSync(countsFile, 'utf8'))
    : {passed: 0, failed: 1, skipped: 0};
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!ok && counts.failed === 0) totals.failed += 1;
  if (!ok || counts.failed > 0) failures.push(name);
  console.log(
    `== ${name}: ${counts.passed} passed, ${counts.failed} failed ` +
      `(${seconds} s)`
  );
}

const nodeCounts = path.join(scratch, 'node.json');

/** Node test files: `*.test.mjs` in each folder, helpers left out. */
function nodeTestFiles(...folders) {
  return folders.flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .filter((name) => name.endsWith('.test.mjs'))
      .map((name) => path.join(folder, name))
  );
}
const browserCounts = path.join(scratch, 'browser.json');

check('format', ['prettier', '--check', '.', '--log-level', 'warn']);
check('lint', ['eslint', '.', '--max-warnings', '0']);
check('typecheck', ['tsc', '-p', 'tsconfig.check.json']);
check('build', ['npm', 'run', 'build', '--silent']);
suite(
  'node tests',
  [
    'node',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-counting-reporter.mjs',
    `--test-reporter-destination=${nodeCounts}`,
    ...nodeTestFiles('test/node', 'packages/status-page/test/node'),
  ],
  nodeCounts
);
suite('browser tests', ['wtr'], browserCounts, {
  WTR_COUNTS_FILE: browserCounts,
});
if (existsSync(path.join(root, '.storybook', 'main.ts'))) {
  check('storybook build', [
    'storybook',
    'build',
    '-o',
    'storybook-static',
    '--quiet',
    '--disable-telemetry',
  ]);
}

console.log(
  failures.length ? `\nFailed: ${failures.join(', ')}` : '\nEvery step passed.'
);
console.log(
  `total: ${totals.passed} passed, ${totals.failed} failed, ` +
    `${totals.skipped} skipped`
);
process.exit(failures.length ? 1 : 0);
