/**
 * One source URL as the whole page sees it: one request in flight, one
 * timer, one copy of the decoded payload, however many clients and
 * subscribers read it.
 */

import type {StatusError} from '../errors.js';
import {StatusHttpError, StatusParseError} from '../errors.js';
import {parseSource} from '../parse/parse-source.js';
import type {StatuspageMapping} from '../parse/statuspage.js';
import type {SourceData, SourceKind} from '../types.js';
import {nextDelay} from './backoff.js';
import type {StatusEnvironment} from './environment.js';
import type {FetchOutcome, InFlightRequest} from './fetch-source.js';
import {startRequest} from './fetch-source.js';

/** How one user would like the source polled. */
export interface PollSettings {
  intervalMs: number;
  timeoutMs: number;
  maxBackoffMs: number;
  jitter: number;
}

/** A client reading the source. */
export interface SourceUser {
  readonly settings: PollSettings;
  /** Called after every finished request; must not throw. */
  onUpdate(): void;
}

/** What the latest requests established, on the corrected clock. */
export interface SharedState {
  /** The decoded payload; its identity changes with every new payload. */
  body: unknown;
  hasBody: boolean;
  /** When `body` was last confirmed, ms on the corrected clock. */
  checkedAt: number | null;
  /** The latest request's failure, cleared by the next success. */
  error: StatusError | null;
  /** Server clock minus ours, once a response carried a `Date`. */
  skewMs: number | null;
}

export type ParseResult = {data: SourceData} | {error: StatusParseError};

interface Flight {
  request: InFlightRequest;
  settled: Promise<void>;
}

export class SharedSource {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;

  #environment: StatusEnvironment;
  #users = new Set<SourceUser>();
  /** `refresh()` calls waiting on a request; they keep it alive. */
  #waiters = 0;
  #flight: Flight | null = null;
  #timer: unknown = null;
  /** When the next request falls due, local ms; null until one settles. */
  #dueAt: number | null = null;
  /** A request fell due while nobody could see the page. */
  #missed = false;
  #failures = 0;
  /** Local time of the last finished request. */
  #lastSettledAt: number | null = null;
  #stopWatching: (() => void) | null = null;

  #state: SharedState = {
    body: undefined,
    hasBody: false,
    checkedAt: null,
    error: null,
    skewMs: null,
  };
  #etag: string | null = null;
  #lastModified: string | null = null;
  #parses = new Map<string, ParseResult>();

  constructor(
    environment: StatusEnvironment,
    url: string,
    headers: Readonly<Record<string, string>>
  ) {
    this.#environment = environment;
    this.url = url;
    this.headers = headers;
  }

  get state(): Readonly<SharedState> {
    return this.#state;
  }

  /** Nobody uses, awaits or polls it: safe to forget. */
  get isIdle(): boolean {
    return this.#users.size === 0 && this.#waiters === 0 && !this.#flight;
  }

  /**
   * The current payload read as `kind`, memoised so that clients with the
   * same reading share one parse. Null until a payload arrives.
   */
  parse(kind: SourceKind, mapping?: StatuspageMapping): ParseResult | null {
    if (!this.#state.hasBody) return null;

    const key = `${kind}#${mappingKey(mapping)}`;
    let result = this.#parses.get(key);
    if (!result) {
      result = this.#parseNow(kind, mapping);
      this.#parses.set(key, result);
    }
    return result;
  }

  addUser(user: SourceUser): void {
    if (this.#users.has(user)) return;
    this.#users.add(user);
    if (this.#users.size === 1) {
      this.#stopWatching = this.#environment.watchActivity(() =>
        this.#onActivity()
      );
    }
    if (this.#flight) return;

    // A newcomer with a shorter interval speeds the poll up at once,
    // unless we are backing off from a failing server.
    const lastSettledAt = this.#lastSettledAt;
    const backingOff = this.#failures > 0;
    if (this.#dueAt !== null && lastSettledAt !== null && !backingOff) {
      const wanted = lastSettledAt + user.settings.intervalMs;
      this.#dueAt = Math.min(this.#dueAt, wanted);
    }

    if (this.#isDue()) this.#startIfActive();
    else this.#arm();
  }

  removeUser(user: SourceUser): void {
    if (!this.#users.delete(user) || this.#users.size > 0) return;

    this.#stopWatching?.();
    this.#stopWatching = null;
    this.#clearTimer();
    this.#missed = false;
    // TODO: a request someone's refresh() awaits runs on, timeout timer
    // and all, so stop() is not instant cleanup while a refresh is open.
    if (this.#waiters === 0 && this.#flight) {
      this.#flight.request.cancel();
      this.#flight = null;
      // The cancelled request never settles, so it leaves no due time;
      // the next user must not wait a whole interval for data.
      this.#dueAt = this.#lastSettledAt;
    }
  }

  /**
   * Requests now, or joins the request in flight. Skipped while the page
   * is hidden or offline: the poll catches up when it returns.
   */
  async fetchNow(fallback: PollSettings): Promise<void> {
    if (!this.#isActive()) {
      if (this.#users.size > 0) this.#missed = true;
      return;
    }

    this.#waiters += 1;
    try {
      await this.#start(this.#settings(fallback));
    } finally {
      this.#waiters -= 1;
    }
  }

  /**
   * Shared by several clients, the source is polled as eagerly as the most
   * eager of them asks. With no users left, a lone `refresh()` decides.
   */
  #settings(fallback: PollSettings): PollSettings {
    if (this.#users.size === 0) return fallback;

    const all = [...this.#users].map((user) => user.settings);
    return {
      intervalMs: Math.min(...all.map((s) => s.intervalMs)),
      timeoutMs: Math.min(...all.map((s) => s.timeoutMs)),
      maxBackoffMs: Math.min(...all.map((s) => s.maxBackoffMs)),
      jitter: Math.max(...all.map((s) => s.jitter)),
    };
  }

  #isActive(): boolean {
    const environment = this.#environment;
    return environment.isVisible() && environment.isOnline();
  }

  #isDue(): boolean {
    return (
      this.#missed ||
      this.#dueAt === null ||
      this.#environment.now() >= this.#dueAt
    );
  }

  #onActivity(): void {
    if (this.#users.size === 0 || this.#flight) return;
    if (this.#isDue()) this.#startIfActive();
  }

  #onTimer(): void {
    this.#timer = null;
    if (this.#users.size === 0 || this.#flight) return;
    this.#startIfActive();
  }

  #startIfActive(): void {
    const [anyUser] = this.#users;
    if (!anyUser) return;
    if (this.#isActive()) void this.#start(this.#settings(anyUser.settings));
    else this.#missed = true;
  }

  #start(settings: PollSettings): Promise<void> {
    if (this.#flight) return this.#flight.settled;

    this.#clearTimer();
    this.#missed = false;
    this.#dueAt = null;
    const request = startRequest(this.#environment, {
      url: this.url,
      headers: this.headers,
      timeoutMs: settings.timeoutMs,
      etag: this.#etag,
      lastModified: this.#lastModified,
      skewMs: this.#state.skewMs ?? 0,
    });

    const settled = request.done
      .then((outcome) => {
        // Only the request we still wait for may change what we know.
        if (this.#flight?.request !== request) return;
        this.#flight = null;
        this.#settle(outcome, settings);
      })
      // Nothing may escape into a timer's promise: our state is already
      // consistent by the time a user's callback could throw.
      .catch(() => undefined);
    this.#flight = {request, settled};
    return settled;
  }

  #settle(outcome: FetchOutcome, settings: PollSettings): void {
    if (outcome.kind === 'cancelled') return;

    const now = this.#environment.now();
    this.#lastSettledAt = now;
    const skewMs = outcome.skewMs ?? this.#state.skewMs;
    const checkedAt = outcome.receivedAt + (skewMs ?? 0);
    let retryAfterMs: number | null = null;

    if (outcome.kind === 'fresh') {
      this.#etag = outcome.etag;
      this.#lastModified = outcome.lastModified;
      this.#parses.clear();
      this.#succeed({body: outcome.body, hasBody: true, checkedAt, skewMs});
    } else if (outcome.kind === 'not-modified' && this.#state.hasBody) {
      this.#succeed({...this.#state, checkedAt, skewMs});
    } else {
      const error =
        outcome.kind === 'failed'
          ? outcome.error
          : new StatusHttpError(304, this.url);
      retryAfterMs = outcome.kind === 'failed' ? outcome.retryAfterMs : null;
      this.#failures += 1;
      this.#state = {...this.#state, error, skewMs};
    }

    const delay = nextDelay(
      {...this.#settings(settings), failures: this.#failures, retryAfterMs},
      () => this.#environment.random()
    );
    this.#dueAt = now + delay;
    this.#arm();
    this.#notify();
  }

  #succeed(state: Omit<SharedState, 'error'>): void {
    this.#failures = 0;
    this.#state = {...state, error: null};
  }

  #notify(): void {
    for (const user of [...this.#users]) {
      try {
        user.onUpdate();
      } catch {
        // A broken reader must not stop the others hearing the news.
      }
    }
  }

  #arm(): void {
    this.#clearTimer();
    if (this.#users.size === 0 || this.#dueAt === null) return;

    const wait = Math.max(0, this.#dueAt - this.#environment.now());
    this.#timer = this.#environment.setTimeout(() => this.#onTimer(), wait);
  }

  #clearTimer(): void {
    if (this.#timer === null) return;
    this.#environment.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #parseNow(kind: SourceKind, mapping?: StatuspageMapping): ParseResult {
    try {
      const options = mapping ? {mapping} : {};
      return {data: parseSource(kind, this.#state.body, options)};
    } catch (cause) {
      return {error: toParseError(cause, kind, this.url)};
    }
  }
}

const mappingKeys = new WeakMap<StatuspageMapping, number>();
let mappingsSeen = 0;

/** A number per mapping object, so parses can be memoised by identity. */
function mappingKey(mapping?: StatuspageMapping): number {
  if (!mapping) return 0;

  let key = mappingKeys.get(mapping);
  if (key === undefined) {
    mappingsSeen += 1;
    key = mappingsSeen;
    mappingKeys.set(mapping, key);
  }
  return key;
}

/** Every parse failure as a StatusParseError that names the URL. */
function toParseError(
  cause: unknown,
  kind: SourceKind,
  url: string
): StatusParseError {
  if (cause instanceof StatusParseError) {
    return cause.url
      ? cause
      : new StatusParseError(cause.path, cause.expected, {url, cause});
  }
  return new StatusParseError('$', `a ${kind} payload`, {url, cause});
}
