// Builds the static status site into one folder any static host can
// serve: index.html (and es/index.html) rendered on the server,
// status.json, RSS and Atom feeds, and the bundled script and styles.
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  renderAtomFeed,
  renderRssFeed,
  serializableSnapshot,
  statusDocument,
} from '@va-auth-status/status-page';
import {bundleClient, hashedName, requireBuiltPackages} from './bundle.mjs';
import {loadSnapshot} from './load-snapshot.mjs';
import {renderPage} from './render-page.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The two pages: English at the root, Spanish under es/. */
const LANGUAGES = [
  {language: 'en', dir: '', root: '', other: {language: 'es', href: 'es/'}},
  {
    language: 'es',
    dir: 'es',
    root: '../',
    other: {language: 'en', href: '../'},
  },
];

/** `now` as milliseconds; throws a sentence for a time it cannot read. */
function buildClock(now) {
  if (now === undefined || now === null) return Date.now();

  const ms = Date.parse(now);
  if (Number.isNaN(ms)) {
    throw new Error(
      `--now must be an ISO 8601 time, such as ` +
        `2026-12-07T20:00:00Z; got "${now}"`
    );
  }
  return ms;
}

/** The public URL of a file in the site, or null without a site URL. */
function publicUrl(siteUrl, file) {
  if (!siteUrl) return null;
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(file, base).href;
}

/**
 * Builds the site. Options: `out` (folder), `snapshotFile` or
 * `noticeFeedFile` (else the live sources are read), `sources`
 * ({backendSrc, maintenanceSrc, noticesSrc, statuspage: ['id=url']}),
 * `interval` (seconds), `siteUrl`, `now` (ISO time).
 * Returns the written paths (relative to `out`) and the snapshot.
 */
export async function buildSite(options) {
  requireBuiltPackages();
  const out = path.resolve(options.out ?? 'site-dist');
  const now = buildClock(options.now);
  const generatedAt = new Date(now).toISOString();
  const snapshot = serializableSnapshot(await loadSnapshot(options, now));
  const live = {...(options.sources ?? {}), interval: options.interval};
  const written = [];

  const write = async (file, content) => {
    const target = path.join(out, file);
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, content);
    written.push(file);
  };

  // Asset names change with their content; drop the last build's.
  await rm(path.join(out, 'assets'), {recursive: true, force: true});
  const script = await bundleClient();
  const style = await readFile(path.join(here, 'site.css'), 'utf8');
  const assets = {
    script: `assets/${hashedName('status-page', '.js', script)}`,
    style: `assets/${hashedName('site', '.css', style)}`,
  };
  await write(assets.script, script);
  await write(assets.style, style);

  const document = statusDocument(snapshot, generatedAt);
  await write('status.json', `${JSON.stringify(document, null, 2)}\n`);

  for (const page of LANGUAGES) {
    const at = (file) => path.posix.join(page.dir, file);
    const feedOptions = (file) => ({
      language: page.language,
      pageUrl: publicUrl(options.siteUrl, page.dir ? `${page.dir}/` : ''),
      feedUrl: publicUrl(options.siteUrl, at(file)),
      generatedAt,
    });

    await write(
      at('index.html'),
      await renderPage({
        ...page,
        snapshot,
        live,
        generatedAt,
        assets,
      })
    );
    await write(
      at('feed.xml'),
      renderRssFeed(snapshot, feedOptions('feed.xml'))
    );
    await write(
      at('atom.xml'),
      renderAtomFeed(snapshot, feedOptions('atom.xml'))
    );
  }

  return {out, files: written, snapshot, generatedAt};
}
