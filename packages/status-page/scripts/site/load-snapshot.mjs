// Where the site's data comes from: a snapshot file, a notice-feed file,
// or the live sources, read once at build time with the same client the
// page uses in the browser.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {
  createStatusClient,
  parseNoticeFeed,
  resolveStatus,
} from '@va-auth-status/status-client';
import {STATUS_DOCUMENT_FORMAT} from '@va-auth-status/status-page';

const SNAPSHOT_ARRAYS = ['services', 'notices', 'history', 'uptime', 'sources'];

/** The sources the options name, as the client describes them. */
export function sourceDescriptors(sources) {
  const named = [
    ['backend-statuses', sources.backendSrc],
    ['maintenance-windows', sources.maintenanceSrc],
    ['notices', sources.noticesSrc],
  ];
  const statuspages = (sources.statuspage ?? []).map((pair) => {
    const [service, ...rest] = pair.split('=');
    const url = rest.join('=');
    if (!service || !url) {
      throw new Error(
        `--statuspage wants service=url, such as ` +
          `logingov=https://status.login.gov/api/v2/summary.json; got "${pair}"`
      );
    }
    return {kind: 'statuspage', url, mapping: {page: service}};
  });

  return [
    ...named.flatMap(([kind, url]) => (url ? [{kind, url}] : [])),
    ...statuspages,
  ];
}

async function readJson(file) {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error.message}`);
  }
}

/** Accepts a bare snapshot or a status document that wraps one. */
function snapshotFrom(json, file) {
  const snapshot =
    json?.format === STATUS_DOCUMENT_FORMAT ? json.snapshot : json;

  if (snapshot === null || typeof snapshot !== 'object') {
    throw new Error(`${file} does not hold a status snapshot object`);
  }
  if (
    typeof snapshot.at !== 'string' ||
    Number.isNaN(Date.parse(snapshot.at))
  ) {
    throw new Error(`${file}: "at" must be an ISO 8601 time`);
  }
  for (const key of SNAPSHOT_ARRAYS) {
    if (!Array.isArray(snapshot[key])) {
      throw new Error(`${file}: "${key}" must be an array`);
    }
  }
  return snapshot;
}

/**
 * The snapshot to build from. `now` is the build's clock in milliseconds;
 * it decides the phase of notices read from a feed file and the instant
 * live data is resolved at.
 */
export async function loadSnapshot(options, now) {
  if (options.snapshotFile) {
    return snapshotFrom(
      await readJson(options.snapshotFile),
      options.snapshotFile
    );
  }

  if (options.noticeFeedFile) {
    const data = parseNoticeFeed(await readJson(options.noticeFeedFile));
    const checkedAt = new Date(now).toISOString();
    const source = {
      id: `notices:${path.basename(options.noticeFeedFile)}`,
      kind: 'notices',
      url: null,
    };
    return resolveStatus([{source, data, checkedAt, error: null}], {now});
  }

  const sources = sourceDescriptors(options.sources ?? {});
  if (sources.length === 0) {
    throw new Error(
      'Nothing to build from: give --snapshot, --notice-feed, or at least ' +
        'one source URL (--backend-src, --maintenance-src, --notices-src, ' +
        '--statuspage).'
    );
  }

  const client = createStatusClient({
    sources,
    environment: {now: () => now},
  });
  try {
    return await client.refresh();
  } finally {
    client.stop();
  }
}
