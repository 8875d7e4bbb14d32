#!/usr/bin/env node
// Builds the static VA.gov sign-in status site.
//
//   node packages/status-page/scripts/build-site.mjs --out site-dist \
//     [--snapshot status.json | --notice-feed notices.json] \
//     [--backend-src URL] [--maintenance-src URL] [--notices-src URL] \
//     [--statuspage logingov=URL]... [--interval SECONDS] \
//     [--site-url https://status.example.gov/] [--now 2026-12-07T20:00:00Z]
//
// Without a file, the source URLs are read once at build time. Either
// way the built page polls the source URLs once JavaScript runs.
// See docs/deploying-the-status-page.md.
import {parseArgs} from 'node:util';
import {buildSite} from './site/build.mjs';

const USAGE = `Usage: build-site.mjs --out DIR [options]

  --out DIR              Folder to write (default: site-dist)
  --snapshot FILE        Build from a status snapshot (or status.json)
  --notice-feed FILE     Build from a notice feed (version 1)
  --backend-src URL      vets-api /v0/backend_statuses
  --maintenance-src URL  vets-api /v0/maintenance_windows
  --notices-src URL      Notice feed
  --statuspage ID=URL    Statuspage summary.json for a service (repeatable)
  --interval SECONDS     How often the live page polls (default 60)
  --site-url URL         Public address of the site, for feed links
  --now ISO_TIME         Build as of this time, for repeatable output
  --help                 Show this help`;

function readOptions(argv) {
  const {values} = parseArgs({
    args: argv,
    options: {
      out: {type: 'string', default: 'site-dist'},
      snapshot: {type: 'string'},
      'notice-feed': {type: 'string'},
      'backend-src': {type: 'string'},
      'maintenance-src': {type: 'string'},
      'notices-src': {type: 'string'},
      statuspage: {type: 'string', multiple: true},
      interval: {type: 'string'},
      'site-url': {type: 'string'},
      now: {type: 'string'},
      help: {type: 'boolean', default: false},
    },
  });

  if (values.snapshot && values['notice-feed']) {
    throw new Error('Give --snapshot or --notice-feed, not both.');
  }
  const interval =
    values.interval === undefined ? undefined : Number(values.interval);
  if (interval !== undefined && !(interval > 0)) {
    throw new Error('--interval must be a positive number of seconds.');
  }
  if (values['site-url'] && !/^https?:\/\//.test(values['site-url'])) {
    throw new Error('--site-url must start with https:// or http://');
  }

  return {
    help: values.help,
    out: values.out,
    snapshotFile: values.snapshot,
    noticeFeedFile: values['notice-feed'],
    sources: {
      backendSrc: values['backend-src'],
      maintenanceSrc: values['maintenance-src'],
      noticesSrc: values['notices-src'],
      statuspage: values.statuspage,
    },
    interval,
    siteUrl: values['site-url'],
    now: values.now,
  };
}

try {
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    process.exit(0);
  }

  const {out, files, snapshot} = await buildSite(options);
  for (const source of snapshot.sources) {
    if (source.error) {
      console.warn(`warning: ${source.id}: ${source.error.message}`);
    }
  }
  console.log(`Built the status site in ${out}:`);
  for (const file of files) console.log(`  ${file}`);
} catch (error) {
  console.error(`build-site: ${error.message}`);
  console.error('Run with --help for the options.');
  process.exit(1);
}
