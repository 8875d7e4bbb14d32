/**
 * One request to one source: sent, timed out, read and decoded. It never
 * rejects; every way it can go wrong comes back as a typed outcome.
 */

import {
  StatusHttpError,
  StatusNetworkError,
  StatusParseError,
  StatusTimeoutError,
} from '../errors.js';
import type {StatusError} from '../errors.js';
import {parseRetryAfter} from './backoff.js';
import type {StatusEnvironment} from './environment.js';

/**
 * Clock differences below this are noise: `Date` has whole-second
 * resolution and the request itself takes time.
 */
export const SKEW_THRESHOLD_MS = 1000;

/**
 * The largest body read from a source. Real payloads are tens of
 * kilobytes (vets-api lists about 70 services); 2 MiB leaves room for a
 * busy Statuspage and refuses anything that could stall a phone.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface SourceRequest {
  url: string;
  headers: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** Validators from the last decoded response, for a conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** The clock correction known so far, for `Retry-After` dates. */
  skewMs: number;
}

/** What the server's `Date` told us, or null if it sent none we can read. */
interface Timing {
  receivedAt: number;
  skewMs: number | null;
}

export type FetchOutcome =
  | (Timing & {
      kind: 'fresh';
      body: unknown;
      etag: string | null;
      lastModified: string | null;
    })
  | (Timing & {kind: 'not-modified'})
  | (Timing & {
      kind: 'failed';
      error: StatusError;
      retryAfterMs: number | null;
    })
  | {kind: 'cancelled'};

export interface InFlightRequest {
  readonly done: Promise<FetchOutcome>;
  /** Aborts the request and clears its timer at once. */
  cancel(): void;
}

export function startRequest(
  environment: StatusEnvironment,
  request: SourceRequest
): InFlightRequest {
  const controller = new AbortController();
  let ending: 'timeout' | 'cancel' | null = null;
  let timer: unknown = environment.setTimeout(() => {
    timer = null;
    ending = 'timeout';
    controller.abort();
  }, request.timeoutMs);

  const clearTimer = () => {
    if (timer === null) return;
    environment.clearTimeout(timer);
    timer = null;
  };

  const done = send(environment, request, controller.signal)
    .catch((cause: unknown): FetchOutcome => {
      if (ending === 'cancel') return {kind: 'cancelled'};

      const error =
        ending === 'timeout'
          ? new StatusTimeoutError(request.url, request.timeoutMs)
          : new StatusNetworkError(request.url, cause);
      const receivedAt = environment.now();
      return {
        kind: 'failed',
        error,
        retryAfterMs: null,
        receivedAt,
        skewMs: null,
      };
    })
    .then((outcome) => {
      clearTimer();
      return ending === 'cancel' ? {kind: 'cancelled' as const} : outcome;
    });

  return {
    done,
    cancel() {
      if (ending !== null) return;
      ending = 'cancel';
      clearTimer();
      controller.abort();
    },
  };
}

async function send(
  environment: StatusEnvironment,
  request: SourceRequest,
  signal: AbortSignal
): Promise<FetchOutcome> {
  const {url} = request;
  const sentAt = environment.now();
  const response = await environment.fetch(url, {
    method: 'GET',
    // We keep our own validators, so the HTTP cache must stay out of the
    // way: a cached 200 would hide the 304 that tells us nothing changed.
    cache: 'no-store',
    headers: requestHeaders(request),
    signal,
  });
  const receivedAt = environment.now();
  const serverDate = Date.parse(response.headers.get('Date') ?? '');
  const hasDate = !Number.isNaN(serverDate);
  const skewMs = hasDate ? measureSkew(serverDate, sentAt, receivedAt) : null;
  const timing = {receivedAt, skewMs};

  if (response.status === 304) {
    discardBody(response);
    return {...timing, kind: 'not-modified'};
  }

  if (!response.ok) {
    discardBody(response);
    const serverNow = hasDate ? serverDate : receivedAt + request.skewMs;
    const retryAfterMs = parseRetryAfter(
      response.headers.get('Retry-After'),
      serverNow
    );
    const error = new StatusHttpError(response.status, url, retryAfterMs);
    return {...timing, kind: 'failed', error, retryAfterMs};
  }

  const text = await readCappedText(response, MAX_BODY_BYTES);
  if (text === null) {
    const expected = `a body of at most ${MAX_BODY_BYTES} bytes`;
    const error = new StatusParseError('$', expected, {url});
    return {...timing, kind: 'failed', error, retryAfterMs: null};
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    const error = new StatusParseError('$', 'JSON', {url, cause});
    return {...timing, kind: 'failed', error, retryAfterMs: null};
  }

  return {
    ...timing,
    kind: 'fresh',
    body,
    etag: response.headers.get('ETag'),
    lastModified: response.headers.get('Last-Modified'),
  };
}

function requestHeaders(request: SourceRequest): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...request.headers,
  };

  // Validators are not CORS-safelisted request headers: on another origin
  // they would turn every poll into a preflight plus a GET, which costs
  // more than the bytes a 304 saves, and fails where OPTIONS is refused.
  if (!isCrossOrigin(request.url)) {
    if (request.etag) headers['If-None-Match'] = request.etag;
    if (request.lastModified) {
      headers['If-Modified-Since'] = request.lastModified;
    }
  }
  return headers;
}

function isCrossOrigin(url: string): boolean {
  const page = typeof location === 'undefined' ? undefined : location;
  if (!page?.href) return false;

  try {
    return new URL(url, page.href).origin !== page.origin;
  } catch {
    return false;
  }
}

/**
 * The server's clock minus ours, read at the middle of the round trip.
 * `Date` drops the milliseconds, so the server's clock is on average half
 * a second past what it says. Small differences are rounded to zero so
 * that a well-set clock is left alone.
 */
function measureSkew(
  serverDate: number,
  sentAt: number,
  receivedAt: number
): number {
  const skew = serverDate + 500 - (sentAt + receivedAt) / 2;
  return Math.abs(skew) < SKEW_THRESHOLD_MS ? 0 : Math.round(skew);
}

/**
 * The body as text, or null once it passes `maxBytes`: a runaway or
 * hostile response is refused before it is held in memory, not after.
 */
async function readCappedText(
  response: Response,
  maxBytes: number
): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    discardBody(response);
    return null;
  }
  if (!response.body) return response.text();

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;

    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }

  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Frees the connection; a failure to do so changes nothing for us. */
function discardBody(response: Response): void {
  if (response.body && !response.bodyUsed) {
    response.body.cancel().catch(() => undefined);
  }
}
