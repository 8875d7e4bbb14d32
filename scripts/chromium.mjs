// Where Debian's Chromium lives and how we launch it headless.
import {existsSync} from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The first Chromium found, or null. */
export function findChromium() {
  return CANDIDATES.find((candidate) => candidate && existsSync(candidate));
}

/** The Chromium to launch; throws a sentence saying how to get one. */
export function chromiumPath() {
  const found = findChromium();
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with ' +
        '`apt-get update && apt-get install -y chromium`, ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.'
    );
  }
  return found;
}
