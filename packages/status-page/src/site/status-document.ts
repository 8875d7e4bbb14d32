/**
 * `status.json`: the snapshot the site was built from, as a small
 * documented JSON document other tools can read (badges, chat bots,
 * another page's banner). The package README describes every field.
 */

import type {SourceHealth, StatusSnapshot} from '@va-auth-status/status-client';
import type {OverallState} from '../content/copy.js';
import {pageModel} from '../model/page-model.js';

export const STATUS_DOCUMENT_FORMAT = 'va-auth-status/status-document';
export const STATUS_DOCUMENT_VERSION = 1;

/** A source failure as plain JSON. */
export interface SerializedSourceError {
  type: string;
  message: string;
  url: string | null;
}

/** A snapshot whose source errors are plain objects, ready for JSON. */
export type SerializableSnapshot = Omit<StatusSnapshot, 'sources'> & {
  sources: Array<
    Omit<SourceHealth, 'error'> & {error: SerializedSourceError | null}
  >;
};

export interface StatusDocument {
  format: typeof STATUS_DOCUMENT_FORMAT;
  version: typeof STATUS_DOCUMENT_VERSION;
  /** When the document was written (ISO 8601, UTC). */
  generatedAt: string;
  /** The page's verdict in one word. */
  overall: Exclude<OverallState, 'loading'>;
  snapshot: SerializableSnapshot;
}

/**
 * The snapshot with each source error reduced to `type`, `message` and
 * `url`: errors carry causes and stacks that JSON cannot hold and a
 * public file should not.
 */
export function serializableSnapshot(
  snapshot: StatusSnapshot
): SerializableSnapshot {
  return {
    ...snapshot,
    sources: snapshot.sources.map((source) => ({
      ...source,
      error: source.error
        ? {
            type: String(source.error.type),
            message: String(source.error.message),
            url: source.error.url ?? null,
          }
        : null,
    })),
  };
}

export function statusDocument(
  snapshot: StatusSnapshot,
  generatedAt: string
): StatusDocument {
  const overall = pageModel(snapshot).overall;
  return {
    format: STATUS_DOCUMENT_FORMAT,
    version: STATUS_DOCUMENT_VERSION,
    generatedAt,
    overall: overall === 'loading' ? 'unknown' : overall,
    snapshot: serializableSnapshot(snapshot),
  };
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so
 * no notice text can close the script element early.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
