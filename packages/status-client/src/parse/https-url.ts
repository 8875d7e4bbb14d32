/**
 * Links that reach the page as `href`s. Only absolute `https:` URLs pass:
 * no `javascript:` or `data:`, no plain `http:` (not even for localhost,
 * since a feed written for a laptop should not be able to ship), and no
 * user name or password in the URL. The text is returned as written, so
 * it must not lean on the URL parser's habit of dropping spaces and line
 * breaks.
 */

import {fail, isAbsent, readString} from './json-reader.js';
import type {JsonValue} from './json-reader.js';

/** Shared with the notice feed's JSON Schema. */
export const HTTPS_URL_PATTERN = '^https://[^\\s\\u0000-\\u001F\\u007F]+$';

const HTTPS_URL = new RegExp(HTTPS_URL_PATTERN, 'u');

export function isHttpsUrl(text: string): boolean {
  if (!HTTPS_URL.test(text) || !URL.canParse(text)) {
    return false;
  }

  const url = new URL(text);
  return (
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

export function readHttpsUrl(value: JsonValue, maxLength: number): string {
  const expected = 'that is an absolute https: URL without credentials';
  const text = readString(value, {
    maxLength,
    allowEmpty: false,
    pattern: {test: HTTPS_URL, describe: expected},
  });

  if (!isHttpsUrl(text)) {
    fail(value.path, `a string ${expected}`);
  }
  return text;
}

/** A URL, or `null` when the member is missing or null. */
export function readOptionalHttpsUrl(
  value: JsonValue,
  maxLength: number
): string | null {
  return isAbsent(value) ? null : readHttpsUrl(value, maxLength);
}
