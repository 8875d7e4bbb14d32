// Size and speed figures, printed as numbers and ratios. Nothing here
// asserts: targets are shown beside each figure for a person to judge.
//
//   npm run bench
import {execFileSync} from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rows = [];

function report(name, value, unit, target = '') {
  rows.push({name, value, unit, target});
  const shown =
    typeof value === 'number' ? value.toLocaleString('en-US') : value;
  console.log(
    `${name.padEnd(58)} ${String(shown).padStart(10)} ${unit.padEnd(6)} ${target}`
  );
}

/** Bundles an entry minified, then reports its min and gzip -9 bytes. */
async function bundleSize(contents, external, resolveDir = root) {
  const result = await esbuild.build({
    stdin: {contents, resolveDir, loader: 'ts'},
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: path.join(root, 'tsconfig.base.json'),
    external,
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const [output] = Object.values(result.metafile.outputs);
  return {
    min: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    inputs: output.inputs,
  };
}

/**
 * Minified bytes per part of the bundle (a package's src folder), so a
 * size figure says where the bytes are.
 */
function byPart(inputs) {
  const parts = new Map();
  for (const [file, {bytesInOutput}] of Object.entries(inputs)) {
    const match = file.match(/packages\/([^/]+)\/src\/([^/]+)\//);
    const part = match ? `${match[1]}/${match[2]}` : file.split('/')[1];
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  return [...parts]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
}

function reportParts(inputs, limit = 6) {
  for (const [part, bytes] of byPart(inputs).slice(0, limit)) {
    report(`  of which ${part} (min, before gzip)`, bytes, 'B');
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// ---------------------------------------------------------------------------
console.log('\nSizes (esbuild minified, gzip -9)\n');

const client = await bundleSize(
  "export * from '@va-auth-status/status-client';",
  []
);
report('status-client, min', client.min, 'B');
report('status-client, min+gzip', client.gzip, 'B', 'target < 3,072');
reportParts(client.inputs, 4);

const bannerEntry =
  "export * from '@va-auth-status/status-client';\n" +
  "import '@va-auth-status/status-banner/define';";
const bannerExternal = await bundleSize(bannerEntry, [
  'lit',
  'lit/*',
  '@lit/*',
  '@department-of-veterans-affairs/*',
]);
report(
  'client + elements, lit and VADS external, min+gzip',
  bannerExternal.gzip,
  'B',
  'target <= 8,192'
);
reportParts(bannerExternal.inputs, 5);
const bannerBundled = await bundleSize(bannerEntry, [
  '@department-of-veterans-affairs/*',
]);
report(
  'client + elements, lit bundled, min+gzip',
  bannerBundled.gzip,
  'B',
  'target <= 15,360'
);

const widgetFile = path.join(
  root,
  'node_modules/@statuspage/status-widget/dist/index.js'
);
if (existsSync(widgetFile)) {
  const widget = await bundleSize(
    readFileSync(widgetFile, 'utf8'),
    [],
    path.dirname(widgetFile)
  );
  report('@statuspage/status-widget 1.0.5 (dist), min+gzip', widget.gzip, 'B');
  report(
    'ratio: status-widget / ours (lit bundled)',
    (widget.gzip / bannerBundled.gzip).toFixed(1),
    'x'
  );
}

// ---------------------------------------------------------------------------
console.log('\nresolveStatus (median of repeated runs)\n');

const statusClient = await import('@va-auth-status/status-client');
const {resolveStatus, extendCatalogue} = statusClient;
const NOW = Date.parse('2026-12-03T16:00:00Z');
const HOUR = 3_600_000;

/**
 * A vets-api-sized input: `scale` × (70 services, 50 windows, 10 notices),
 * built as parsed source data so that 100x can pass the parsers' caps.
 */
function input(scale) {
  const iso = (ms) => new Date(ms).toISOString();
  const services = Array.from({length: 70 * scale}, (_, i) => `svc_${i}`);
  const backend = {
    kind: 'backend-statuses',
    reportedAt: iso(NOW),
    statuses: services.map((serviceId, i) => ({
      serviceId,
      name: `Service ${i}`,
      status: ['active', 'active', 'active', 'warning', 'critical'][i % 5],
      lastIncidentAt: iso(NOW - i * 60_000),
    })),
    windows: Array.from({length: 50 * scale}, (_, i) => ({
      id: String(i + 1),
      serviceId: services[(i * 7) % services.length],
      startsAt: iso(NOW + ((i % 24) - 4) * HOUR),
      endsAt: iso(NOW + ((i % 24) - 2) * HOUR),
      description: '',
    })),
  };
  const feed = {
    kind: 'notices',
    version: 1,
    updatedAt: iso(NOW),
    uptime: [],
    notices: Array.from({length: 10 * scale}, (_, i) => {
      const start = NOW - (i % 48) * HOUR;
      return {
        id: `feed:n${i}`,
        origin: 'manual',
        kind: 'outage',
        services: [services[(i * 3) % services.length]],
        startsAt: iso(start),
        endsAt: iso(start + ((i % 5) + 1) * HOUR),
        title: `Notice ${i}`,
        message: 'Text',
        url: null,
        alternateMethods: [],
        updates: [],
        override: false,
        updatedAt: null,
        translations: {},
      };
    }),
  };
  const checkedAt = iso(NOW - 10_000);
  const inputs = [
    {
      source: {id: 'backend', kind: 'backend-statuses', url: '/b'},
      data: backend,
      checkedAt,
      error: null,
    },
    {
      source: {id: 'feed', kind: 'notices', url: '/n'},
      data: feed,
      checkedAt,
      error: null,
    },
  ];
  const catalogue = extendCatalogue(
    services.map((id) => ({id, paths: ['sis']}))
  );
  return {inputs, catalogue};
}

function timeResolve(scale) {
  const {inputs, catalogue} = input(scale);
  const runs = scale >= 100 ? 15 : 60;
  for (let i = 0; i < 5; i += 1) resolveStatus(inputs, {now: NOW, catalogue});
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    resolveStatus(inputs, {now: NOW, catalogue});
    times.push(performance.now() - started);
  }
  return median(times);
}

const base = timeResolve(1);
report(
  'real-size input (70 services, 50 windows), median',
  base.toFixed(3),
  'ms'
);
const ten = timeResolve(10);
report('10x input, median', ten.toFixed(3), 'ms');
report('10x growth ratio', (ten / base).toFixed(1), 'x', 'linear = 10x');
const hundred = timeResolve(100);
report('100x input, median', hundred.toFixed(3), 'ms');
report('100x growth ratio', (hundred / base).toFixed(1), 'x', 'target <= 120x');

// ---------------------------------------------------------------------------
console.log('\nPolling (fake time)\n');

/** An environment whose clock and timers move only when told to. */
function fakeEnvironment(fetch) {
  let now = NOW;
  let nextId = 1;
  const timers = new Map();
  return {
    environment: {
      fetch,
      now: () => now,
      setTimeout: (callback, ms) => {
        const id = nextId++;
        timers.set(id, {at: now + ms, callback});
        return id;
      },
      clearTimeout: (id) => timers.delete(id),
      random: () => 0.5,
      isVisible: () => true,
      isOnline: () => true,
      watchActivity: () => () => {},
    },
    /** Moves time forward in 100 ms steps, letting responses settle. */
    async advance(ms) {
      const end = now + ms;
      while (now < end) {
        now = Math.min(end, now + 100);
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= now)
          .sort((a, b) => a[1].at - b[1].at);
        for (const [id, timer] of due) {
          timers.delete(id);
          timer.callback();
        }
        // Real responses settle on the real event loop: let them land
        // before fake time moves on.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

let requests = 0;
const body = JSON.stringify(
  input(1).inputs.length && {
    data: {
      id: '',
      type: 'backend_statuses',
      attributes: {reported_at: new Date(NOW).toISOString(), statuses: []},
    },
  }
);
const fake = fakeEnvironment(async () => {
  requests += 1;
  return new Response(body, {headers: {'Content-Type': 'application/json'}});
});
const intervalMs = 60_000;
const subscribers = [];
for (let i = 0; i < 10; i += 1) {
  const subscriber = statusClient.createStatusClient({
    sources: [{kind: 'backend-statuses', url: 'https://bench.invalid/b'}],
    intervalMs,
    jitter: 0,
    environment: fake.environment,
  });
  subscribers.push(subscriber);
  subscriber.subscribe(() => {});
}
await fake.advance(1_000);
const afterFirst = requests;
const intervals = 10;
await fake.advance(intervals * intervalMs);
const perInterval = (requests - afterFirst) / intervals;
for (const subscriber of subscribers) subscriber.stop();
report(
  'requests at start, 10 subscribers on one source',
  afterFirst,
  'req',
  'target 1'
);
report(
  'requests per interval, 10 subscribers',
  perInterval.toFixed(2),
  'req',
  'target 1'
);

// ---------------------------------------------------------------------------
const siteScript = path.join(
  root,
  'packages/status-page/scripts/build-site.mjs'
);
if (existsSync(siteScript)) {
  console.log('\nStatus site\n');
  const out = mkdtempSync(path.join(tmpdir(), 'va-auth-status-site-'));
  const started = performance.now();
  execFileSync(
    'node',
    [
      siteScript,
      '--out',
      out,
      '--snapshot',
      path.join(
        root,
        'packages/status-page/scripts/site/example-snapshot.json'
      ),
      '--now',
      '2026-12-03T16:00:00Z',
    ],
    {cwd: root, stdio: 'ignore'}
  );
  report('build time', ((performance.now() - started) / 1000).toFixed(2), 's');

  let transfer = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) {
        if (entry !== 'es') walk(file);
      } else if (/\.(html|js|css)$/.test(entry)) {
        transfer += gzipSync(readFileSync(file), {level: 9}).length;
      }
    }
  };
  walk(out);
  report('transfer size of the page (HTML + JS + CSS, gzip -9)', transfer, 'B');
}
console.log('');
