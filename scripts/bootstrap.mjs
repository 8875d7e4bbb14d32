// Installs what `npm start` and `npm test` need, using only Node's own
// modules so it can run on a fresh clone before `npm ci`.
//
//   node scripts/bootstrap.mjs            dependencies only
//   node scripts/bootstrap.mjs --browser  dependencies and Chromium
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {findChromium} from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'node_modules', '.va-auth-status-lock');

function lockHash() {
  const lock = readFileSync(path.join(root, 'package-lock.json'));
  return createHash('sha256').update(lock).digest('hex');
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, {cwd: root, stdio: 'inherit'});
}

function ensureDependencies() {
  const wanted = lockHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;

  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, wanted);
}

function ensureChromium() {
  if (findChromium()) return;

  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      'The tests need Chromium and none was found.\n' +
        'On Debian or Ubuntu: sudo apt-get update && ' +
        'sudo apt-get install -y chromium\n' +
        'Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome binary.'
    );
    process.exit(1);
  }

  const quiet = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  console.log('> apt-get update && apt-get install -y chromium');
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env: quiet});
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: quiet,
  });
}

ensureDependencies();
if (process.argv.includes('--browser')) ensureChromium();
