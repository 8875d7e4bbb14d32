/**
 * Typed failures. A failed source never throws out of a timer: the client
 * stores one of these on the source's health and in the snapshot, and the
 * elements turn it into a calm "we can't check right now".
 */

/** What went wrong, as a word an element can switch on. */
export type StatusErrorType = 'http' | 'timeout' | 'network' | 'parse';

/** Base class of every error the kit reports. */
export class StatusError extends Error {
  readonly type: StatusErrorType;
  /** The URL that was read, when there was one. */
  readonly url: string | null;

  constructor(
    type: StatusErrorType,
    message: string,
    options: {url?: string | null; cause?: unknown} = {}
  ) {
    super(message, {cause: options.cause});
    this.name = 'StatusError';
    this.type = type;
    this.url = options.url ?? null;
  }
}

/** The server answered with a status other than 2xx or 304. */
export class StatusHttpError extends StatusError {
  readonly status: number;
  /** From `Retry-After`, in milliseconds, when the server sent one. */
  readonly retryAfterMs: number | null;

  constructor(status: number, url: string, retryAfterMs: number | null = null) {
    super('http', `Request failed with status ${status}: GET ${url}`, {url});
    this.name = 'StatusHttpError';
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The request took longer than the client's timeout and was aborted. */
export class StatusTimeoutError extends StatusError {
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    super('timeout', `Request timed out after ${timeoutMs} ms: GET ${url}`, {
      url,
    });
    this.name = 'StatusTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The request never got an answer (offline, DNS, CORS, reset). */
export class StatusNetworkError extends StatusError {
  constructor(url: string, cause: unknown) {
    super('network', `Network error: GET ${url}`, {url, cause});
    this.name = 'StatusNetworkError';
  }
}

/**
 * A payload did not have the shape we expect. `path` is a JSON path such
 * as `$.data.attributes.statuses[3].status`.
 */
export class StatusParseError extends StatusError {
  readonly path: string;
  readonly expected: string;

  constructor(
    path: string,
    expected: string,
    options: {url?: string | null; cause?: unknown} = {}
  ) {
    super('parse', `Invalid status data at ${path}: expected ${expected}`, {
      ...options,
    });
    this.name = 'StatusParseError';
    this.path = path;
    this.expected = expected;
  }
}

/** True for any error the kit reports, across realms and bundles. */
export function isStatusError(value: unknown): value is StatusError {
  return (
    value instanceof StatusError ||
    (value instanceof Error &&
      typeof (value as Partial<StatusError>).type === 'string' &&
      value.name.startsWith('Status'))
  );
}
