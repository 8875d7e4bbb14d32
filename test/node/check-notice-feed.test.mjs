// The command operators run before publishing a notice feed.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';

const CLI = 'packages/status-client/bin/check-notice-feed.mjs';
const FIXTURE = 'packages/status-client/test/fixtures/notice-feed.json';

function check(...args) {
  return spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8'});
}

function feedFile(feed) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'feed-')), 'f.json');
  writeFileSync(file, typeof feed === 'string' ? feed : JSON.stringify(feed));
  return file;
}

test('accepts a valid feed and lists what the pages would show', () => {
  const result = check(FIXTURE, '--now', '2026-12-08T15:30:00Z');

  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Valid: 4 notices/);
  assert.match(result.stdout, /active\s+outage\s+idme: ID\.me sign-in is down/);
});

test('refuses an override outside a manual notice, naming the field', () => {
  const file = feedFile({
    version: 1,
    updated_at: '2026-12-08T15:00:00Z',
    notices: [
      {
        id: 'stuck',
        origin: 'monitor',
        kind: 'operational',
        services: ['idme'],
        starts_at: '2026-12-08T15:00:00Z',
        ends_at: null,
        title: 'ID.me works',
        message: '',
        override: true,
      },
    ],
  });

  const result = check(file);

  assert.equal(result.status, 1);
  assert.match(result.stderr, /Not valid: at \$\.notices\[0\]\.override/);
});

test('refuses a file that is not JSON', () => {
  const result = check(feedFile('{"version": 1,'));

  assert.equal(result.status, 1);
  assert.match(result.stderr, /is not readable JSON/);
});

test('explains its usage when called without a file', () => {
  const result = check();

  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage: check-notice-feed FILE/);
});
