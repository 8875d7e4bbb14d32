// The static site, built from a fixture snapshot into a temp folder:
// its feeds read by a real feed parser, its page read by Chromium with
// JavaScript off (declarative shadow DOM only) and then on (hydration and
// live updates).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import Parser from 'rss-parser';
import {buildSite} from '../../scripts/site/build.mjs';
import {
  FIXTURES,
  launchChromium,
  openPage,
  serveStatic,
  statusText,
} from './site-helpers.mjs';

const SNAPSHOT_FILE = path.join(FIXTURES, 'site-snapshot.json');
const BUILD_SCRIPT = path.join(
  path.dirname(SNAPSHOT_FILE),
  '..',
  '..',
  'scripts',
  'build-site.mjs'
);
const AXE_SOURCE = createRequire(import.meta.url).resolve(
  'axe-core/axe.min.js'
);
const LIVE_FEED = '/live/notice-feed.json';
const OPTIONS = {
  snapshotFile: SNAPSHOT_FILE,
  sources: {noticesSrc: LIVE_FEED},
  siteUrl: 'https://status.example.gov/',
  now: '2026-12-07T20:00:30Z',
};

let out;
let server;
let browser;

before(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'status-site-'));
  await buildSite({...OPTIONS, out});
  server = await serveStatic(out, {
    [LIVE_FEED]: path.join(FIXTURES, 'notice-feed.json.txt'),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(out, {recursive: true, force: true});
});

async function filesUnder(dir, prefix = '') {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`]
    )
  );
  return nested.flat().sort();
}

describe('the built site', () => {
  test('holds every file a static host needs, and nothing from a CDN', async () => {
    const [style, script, ...rest] = await filesUnder(out);
    assert.match(style, /^assets\/site-[0-9a-f]{10}\.css$/);
    assert.match(script, /^assets\/status-page-[0-9a-f]{10}\.js$/);
    assert.deepEqual(rest, [
      'atom.xml',
      'es/atom.xml',
      'es/feed.xml',
      'es/index.html',
      'feed.xml',
      'index.html',
      'status.json',
    ]);

    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    assert.match(
      html,
      /<link rel="alternate" type="application\/rss\+xml" [^>]*href="feed.xml">/
    );
    assert.match(
      html,
      /<link rel="alternate" type="application\/atom\+xml" [^>]*href="atom.xml">/
    );
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\/[^"]*\.(js|css)"/);
    assert.match(html, /<template shadowroot(mode)?="open"/);
  });

  test('is the same byte for byte when built again with the same --now', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'status-site-'));
    try {
      await buildSite({...OPTIONS, out: again});
      for (const file of await filesUnder(out)) {
        const first = await readFile(path.join(out, file));
        const second = await readFile(path.join(again, file));
        assert.ok(first.equals(second), `${file} differs between builds`);
      }
    } finally {
      await rm(again, {recursive: true, force: true});
    }
  });

  test('publishes the snapshot as a documented status document', async () => {
    const document = JSON.parse(
      await readFile(path.join(out, 'status.json'), 'utf8')
    );
    const input = JSON.parse(await readFile(SNAPSHOT_FILE, 'utf8'));

    assert.equal(document.format, 'va-auth-status/status-document');
    assert.equal(document.version, 1);
    assert.equal(document.generatedAt, '2026-12-07T20:00:30.000Z');
    assert.equal(document.overall, 'outage');
    assert.deepEqual(document.snapshot, input);
  });
});

describe('the feeds', () => {
  const parser = new Parser();

  test('RSS lists every notice update, newest first, with text kept as text', async () => {
    const feed = await parser.parseString(
      await readFile(path.join(out, 'feed.xml'), 'utf8')
    );

    assert.equal(feed.title, 'VA.gov sign-in status');
    assert.deepEqual(
      feed.items.map((item) => item.title),
      [
        'Login.gov sign-in <b>problem</b> & more: We found the cause',
        'Login.gov sign-in <b>problem</b> & more: We’re looking into it',
        'VA.gov maintenance: Upcoming',
        'ID.me sign-in was slow: Fixed',
      ]
    );
    const [first, second, maintenance] = feed.items;
    assert.equal(first.isoDate, '2026-12-07T19:30:00.000Z');
    assert.equal(first.link, 'https://status.login.gov/incidents/abc123');
    assert.ok(!first.content.includes('<script>'), first.content);
    assert.ok(
      first.contentSnippet.includes(
        'We found the cause & we’re fixing it. <script>alert(1)</script>'
      ),
      first.contentSnippet
    );
    assert.ok(second.contentSnippet.includes('reports ]]> of errors'));
    assert.ok(
      maintenance.contentSnippet.includes(
        'Start time: Monday, December 7, 2026, at 9:00 p.m. ET'
      )
    );
    assert.equal(new Set(feed.items.map((item) => item.guid)).size, 4);
  });

  test('Atom carries the same entries with unique ids and links', async () => {
    const feed = await parser.parseString(
      await readFile(path.join(out, 'atom.xml'), 'utf8')
    );

    assert.equal(feed.items.length, 4);
    assert.equal(
      feed.items[0].title,
      'Login.gov sign-in <b>problem</b> & more: We found the cause'
    );
    assert.equal(feed.items[2].link, 'https://status.example.gov/');
    assert.equal(new Set(feed.items.map((item) => item.id)).size, 4);
    assert.ok(feed.items.every((item) => item.id.startsWith('tag:')));
  });

  test('the Spanish feed speaks Spanish, the operator’s words included', async () => {
    const feed = await parser.parseString(
      await readFile(path.join(out, 'es', 'feed.xml'), 'utf8')
    );
    const [found, looking, maintenance] = feed.items;

    assert.equal(feed.title, 'Estado del inicio de sesión en VA.gov');
    assert.equal(feed.link, 'https://status.example.gov/es/');
    assert.equal(maintenance.title, 'Mantenimiento de VA.gov: Próximo');
    assert.ok(
      maintenance.contentSnippet.includes(
        'No podrá iniciar sesión durante este tiempo.'
      ),
      maintenance.contentSnippet
    );
    assert.ok(
      found.contentSnippet.includes(
        'Encontramos la causa y la estamos corrigiendo. <script>alert(2)</script>'
      ),
      found.contentSnippet
    );
    // What the operator did not translate stays as written.
    assert.ok(looking.title.startsWith('Login.gov sign-in <b>problem</b>'));
    assert.ok(looking.contentSnippet.includes('reports ]]> of errors'));
  });
});

describe('the page in Chromium', () => {
  test('shows the status with JavaScript off, from declarative shadow DOM', async () => {
    const {page, problems} = await openPage(browser, `${server.origin}/`, {
      javaScript: false,
    });

    assert.equal(
      await statusText(page, '.verdict'),
      'Some sign-in services aren’t working right now.'
    );
    assert.equal(
      await statusText(page, '.checked'),
      'Last checked: Monday, December 7, 2026, at 2:59 p.m. ET'
    );
    const text = await statusText(page);
    assert.ok(text.includes('Login.gov Account provider you can sign in with'));
    assert.ok(text.includes('Not working'));
    assert.ok(text.includes('<script>alert("x")</script>'));
    const built = await page.$eval('.built', (node) => node.textContent);
    assert.equal(
      built,
      'This page was built Monday, December 7, 2026, at 3:00 p.m. ET.'
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('shows the Spanish page with JavaScript off', async () => {
    const {page} = await openPage(browser, `${server.origin}/es/`, {
      javaScript: false,
    });

    assert.equal(
      await statusText(page, 'h1'),
      'Estado del inicio de sesión en VA.gov'
    );
    assert.equal(await page.$eval('html', (node) => node.lang), 'es');
    assert.ok((await statusText(page)).includes('Mantenimiento de VA.gov'));
    await page.close();
  });

  test('has no axe violations as served, before any script runs', async () => {
    // axe needs timers, so JavaScript stays on; the page's own script is
    // held back instead, which leaves the server-rendered markup alone.
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith('.js') ? request.abort() : request.continue()
    );
    await page.goto(`${server.origin}/`, {waitUntil: 'load'});

    await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
    const violations = await page.evaluate(async () => {
      const result = await globalThis.axe.run(document);
      return result.violations.map((violation) => violation.id);
    });

    assert.deepEqual(violations, []);
    assert.equal(
      await page.$eval('va-auth-status-page', (host) =>
        host.hasAttribute('defer-hydration')
      ),
      true
    );
    await page.close();
  });

  test('hydrates without errors with JavaScript on, then goes live', async () => {
    const {page, problems, requests} = await openPage(
      browser,
      `${server.origin}/`,
      {javaScript: true}
    );

    await page.waitForFunction(() => {
      const host = document.querySelector('va-auth-status-page');
      return host?.hasUpdated && !host.hasAttribute('defer-hydration');
    });
    await page.waitForFunction(() =>
      document
        .querySelector('va-auth-status-page')
        .shadowRoot.textContent.includes('ID.me sign-in is down')
    );

    assert.deepEqual(problems, []);
    const outside = requests.filter(
      (url) => !url.startsWith(server.origin) && !url.startsWith('data:')
    );
    assert.deepEqual(outside, []);
    assert.ok(requests.includes(`${server.origin}${LIVE_FEED}`));
    await page.close();
  });
});

describe('the build command', () => {
  test('fails with a sentence when it has nothing to build from', () => {
    const result = spawnSync(process.execPath, [BUILD_SCRIPT, '--out', out], {
      encoding: 'utf8',
    });

    assert.equal(result.status, 1);
    assert.match(result.stderr, /Nothing to build from: give --snapshot/);
  });

  test('reads the live sources at build time when given no file', async () => {
    const target = await mkdtemp(path.join(tmpdir(), 'status-site-'));
    try {
      const {snapshot} = await buildSite({
        out: target,
        sources: {noticesSrc: `${server.origin}${LIVE_FEED}`},
      });

      assert.deepEqual(
        snapshot.notices.map((notice) => notice.title),
        ['ID.me sign-in is down']
      );
      assert.equal(snapshot.sources[0].error, null);
      const html = await readFile(path.join(target, 'index.html'), 'utf8');
      assert.match(html, /ID\.me sign-in is down/);
    } finally {
      await rm(target, {recursive: true, force: true});
    }
  });

  test('builds from a notice feed file as of --now', async () => {
    const target = await mkdtemp(path.join(tmpdir(), 'status-site-'));
    try {
      await buildSite({
        out: target,
        noticeFeedFile: path.join(FIXTURES, 'notice-feed.json.txt'),
        now: '2026-12-07T20:00:00Z',
      });
      const document = JSON.parse(
        await readFile(path.join(target, 'status.json'), 'utf8')
      );

      assert.equal(document.snapshot.at, '2026-12-07T20:00:00.000Z');
      assert.deepEqual(
        document.snapshot.notices.map((notice) => notice.id),
        ['feed:fixture-idme-outage']
      );
    } finally {
      await rm(target, {recursive: true, force: true});
    }
  });
});
