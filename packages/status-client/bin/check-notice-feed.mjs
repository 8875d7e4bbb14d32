#!/usr/bin/env node
// Checks a notice feed before it is published, with the same parser the
// banners and the status page use, and says what it would show.
//
//   check-notice-feed notices.json [--now 2026-12-08T15:00:00Z]
//
// Exit status: 0 when the feed is valid, 1 when it is not, 2 on misuse.
import {readFile} from 'node:fs/promises';
import {parseNoticeFeed, resolveStatus} from '../dist/index.js';

const USAGE = 'usage: check-notice-feed FILE [--now ISO-TIME]';

function parseArguments(argv) {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('-')) return null;

  let now = Date.now();
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] !== '--now' || !rest[i + 1]) return null;
    now = Date.parse(rest[i + 1]);
    if (Number.isNaN(now)) return null;
  }
  return {file, now};
}

/** One line per notice the pages would show now, soonest first. */
function describe(feed, now) {
  const snapshot = resolveStatus(
    [
      {
        source: {id: 'feed', kind: 'notices', url: null},
        data: feed,
        checkedAt: new Date(now).toISOString(),
        error: null,
      },
    ],
    {now}
  );
  return [...snapshot.notices, ...snapshot.history].map(
    (notice) =>
      `  ${notice.phase.padEnd(8)} ${notice.kind.padEnd(11)} ` +
      `${notice.services.join(',')}: ${notice.title ?? ''}`
  );
}

const args = parseArguments(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exit(2);
}

let json;
try {
  json = JSON.parse(await readFile(args.file, 'utf8'));
} catch (error) {
  console.error(
    `Not valid: ${args.file} is not readable JSON (${error.message}).`
  );
  process.exit(1);
}

try {
  const feed = parseNoticeFeed(json);
  console.log(
    `Valid: ${feed.notices.length} notices, ` +
      `${feed.uptime.length} uptime records.`
  );
  for (const line of describe(feed, args.now)) console.log(line);
} catch (error) {
  if (error?.name !== 'StatusParseError') throw error;
  console.error(`Not valid: at ${error.path}, expected ${error.expected}.`);
  process.exit(1);
}
