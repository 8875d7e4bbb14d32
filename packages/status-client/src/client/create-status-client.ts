/**
 * `createStatusClient`: polls a page's status sources politely and keeps
 * one truthful snapshot of them.
 *
 * Every client on a page shares one request and one timer per source URL
 * (see `registry.ts`), so ten banners cost what one does.
 */

import type {ServiceDefinition} from '../catalogue.js';
import {
  DEFAULT_INTERVAL_MS,
  HISTORY_MS,
  STALE_AFTER_MS,
  UPCOMING_LEAD_TIME_MS,
} from '../defaults.js';
import type {StatuspageMapping} from '../parse/statuspage.js';
import {resolveStatus} from '../resolve/resolve-status.js';
import type {ResolveOptions} from '../resolve/resolve-status.js';
import type {SourceKind, StatusSnapshot} from '../types.js';
import {ClientSource} from './client-source.js';
import type {StatusEnvironment} from './environment.js';
import {resolveEnvironment} from './environment.js';
import type {TimeRules} from './next-change.js';
import {nextChangeAt} from './next-change.js';
import type {PollSettings} from './shared-source.js';

export interface SourceDescriptor {
  kind: SourceKind;
  url: string;
  /** Stable id in snapshots; defaults to `${kind}:${url}`. */
  id?: string;
  /** Overrides the client's `intervalMs` for this source. */
  intervalMs?: number;
  /** Extra request headers; sources with other headers never share. */
  headers?: Record<string, string>;
  /** Statuspage only: which components stand for which services. */
  mapping?: StatuspageMapping;
}

export interface StatusClientOptions {
  sources: readonly SourceDescriptor[];
  /** Poll interval; `DEFAULT_INTERVAL_MS`. */
  intervalMs?: number;
  /** Per-request timeout; 10 seconds. */
  timeoutMs?: number;
  /** Longest wait between failing requests; 10 minutes. */
  maxBackoffMs?: number;
  /** Random spread of each wait, as a fraction: 0.1 is ±10%. */
  jitter?: number;
  staleAfterMs?: number;
  leadTimeMs?: number;
  historyMs?: number;
  catalogue?: readonly ServiceDefinition[];
  fetch?: typeof fetch;
  environment?: Partial<StatusEnvironment>;
}

export type StatusListener = (snapshot: StatusSnapshot) => void;

export interface StatusClient {
  /** The latest snapshot; before any data, every service is unknown. */
  readonly snapshot: StatusSnapshot;
  /** Asks every source now; resolves with the new snapshot, never rejects. */
  refresh(): Promise<StatusSnapshot>;
  /**
   * Starts polling with the first listener. Listeners hear each later
   * change, not the current snapshot: read `snapshot` for that.
   */
  subscribe(listener: StatusListener): () => void;
  /** Removes every listener and stops polling for this client. */
  stop(): void;
}

export const DEFAULT_TIMEOUT_MS = 10 * 1000;
export const DEFAULT_MAX_BACKOFF_MS = 10 * 60 * 1000;
export const DEFAULT_JITTER = 0.1;

/**
 * Timers further out than this are re-armed on firing: hosts clamp long
 * timeouts (to about 24.8 days), and a laptop that slept needs a
 * checkpoint anyway.
 */
const LONGEST_TIMER_MS = 6 * 60 * 60 * 1000;

/**
 * Fires a boundary timer just after the instant, since `resolveStatus`
 * decides "stale" and phase changes with strict comparisons.
 */
const BOUNDARY_MARGIN_MS = 1;

export function createStatusClient(options: StatusClientOptions): StatusClient {
  return new PollingStatusClient(options);
}

class PollingStatusClient implements StatusClient {
  #environment: StatusEnvironment;
  #sources: ClientSource[];
  #resolveOptions: Omit<ResolveOptions, 'now'>;
  #timeRules: TimeRules;
  #listeners = new Set<{listener: StatusListener}>();
  #snapshot: StatusSnapshot;
  #snapshotKey: string;
  #nextChangeAt: number | null = null;
  #attached = false;
  #boundaryTimer: unknown = null;
  #stopWatching: (() => void) | null = null;

  constructor(options: StatusClientOptions) {
    this.#environment = resolveEnvironment(options);
    const defaults = pollDefaults(options);
    this.#sources = buildSources(options.sources, defaults, this.#environment);
    for (const source of this.#sources) {
      source.onUpdate = () => this.#update();
    }

    this.#resolveOptions = {
      ...(options.staleAfterMs === undefined
        ? {}
        : {staleAfterMs: options.staleAfterMs}),
      ...(options.leadTimeMs === undefined
        ? {}
        : {leadTimeMs: options.leadTimeMs}),
      ...(options.historyMs === undefined
        ? {}
        : {historyMs: options.historyMs}),
      ...(options.catalogue ? {catalogue: options.catalogue} : {}),
    };
    this.#timeRules = {
      staleAfterMs: options.staleAfterMs ?? STALE_AFTER_MS,
      leadTimeMs: options.leadTimeMs ?? UPCOMING_LEAD_TIME_MS,
      historyMs: options.historyMs ?? HISTORY_MS,
    };

    // Resolving now also rejects unusable options here, where the
    // mistake was made, rather than later inside a timer.
    this.#snapshot = this.#resolveNow();
    this.#snapshotKey = snapshotKey(this.#snapshot);
    this.#nextChangeAt = nextChangeAt(this.#snapshot, this.#timeRules);
  }

  get snapshot(): StatusSnapshot {
    // Unsubscribed, nobody keeps the snapshot current; catch up on read
    // with what other clients fetched and with the passing of time.
    if (!this.#attached) {
      const changed = this.#ingest();
      if (changed || this.#isPastNextChange()) this.#resolve();
    }
    return this.#snapshot;
  }

  subscribe(listener: StatusListener): () => void {
    const entry = {listener};
    this.#listeners.add(entry);
    if (!this.#attached) this.#attach();

    return () => {
      if (!this.#listeners.delete(entry)) return;
      if (this.#listeners.size === 0) this.#detach();
    };
  }

  async refresh(): Promise<StatusSnapshot> {
    await Promise.all(
      this.#sources.map((source) => source.shared.fetchNow(source.settings))
    ).catch(() => undefined);
    this.#update();
    return this.#snapshot;
  }

  stop(): void {
    this.#listeners.clear();
    this.#detach();
  }

  #attach(): void {
    this.#attached = true;
    this.#ingest();
    this.#stopWatching = this.#environment.watchActivity(() => this.#update());
    for (const source of this.#sources) source.attach();
    this.#resolve();
    this.#armBoundary();
  }

  #detach(): void {
    if (!this.#attached) return;
    this.#attached = false;
    for (const source of this.#sources) source.detach();
    this.#stopWatching?.();
    this.#stopWatching = null;
    this.#clearBoundary();
  }

  /** Re-reads the sources and tells listeners if anything changed. */
  #update(): void {
    try {
      this.#ingest();
      if (this.#resolve()) this.#notify();
    } catch {
      // Keep the last snapshot: an update that fails changes nothing.
    }
    this.#armBoundary();
  }

  /** True if any source has news for this client. */
  #ingest(): boolean {
    let changed = false;
    for (const source of this.#sources) changed = source.ingest() || changed;
    return changed;
  }

  /** Resolves again; true if the snapshot changed beyond its `at`. */
  #resolve(): boolean {
    const snapshot = this.#resolveNow();
    const key = snapshotKey(snapshot);
    const changed = key !== this.#snapshotKey;
    this.#snapshot = snapshot;
    this.#snapshotKey = key;
    this.#nextChangeAt = nextChangeAt(snapshot, this.#timeRules);
    return changed;
  }

  #resolveNow(): StatusSnapshot {
    const inputs = this.#sources.map((source) => source.input);
    const now = this.#environment.now() + this.#skewMs();
    return resolveStatus(inputs, {...this.#resolveOptions, now});
  }

  /**
   * Our clock's error as the first source (in the order given) whose
   * server sent a readable `Date` measured it.
   */
  #skewMs(): number {
    for (const source of this.#sources) {
      if (source.skewMs !== null) return source.skewMs;
    }
    return 0;
  }

  #isPastNextChange(): boolean {
    if (this.#nextChangeAt === null) return false;
    return this.#environment.now() + this.#skewMs() > this.#nextChangeAt;
  }

  #notify(): void {
    const snapshot = this.#snapshot;
    for (const {listener} of [...this.#listeners]) {
      try {
        listener(snapshot);
      } catch {
        // One broken listener must not silence the others or the poll.
        // TODO: its error goes unreported, since the library never logs;
        // hosts that want it must catch inside their listener.
      }
    }
  }

  #armBoundary(): void {
    this.#clearBoundary();
    if (!this.#attached || this.#nextChangeAt === null) return;

    const now = this.#environment.now() + this.#skewMs();
    const wait = this.#nextChangeAt - now + BOUNDARY_MARGIN_MS;
    this.#boundaryTimer = this.#environment.setTimeout(
      () => {
        this.#boundaryTimer = null;
        this.#update();
      },
      Math.min(Math.max(0, wait), LONGEST_TIMER_MS)
    );
  }

  #clearBoundary(): void {
    if (this.#boundaryTimer === null) return;
    this.#environment.clearTimeout(this.#boundaryTimer);
    this.#boundaryTimer = null;
  }
}

function pollDefaults(options: StatusClientOptions): PollSettings {
  const settings: PollSettings = {
    intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBackoffMs: options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS,
    jitter: options.jitter ?? DEFAULT_JITTER,
  };

  requirePositive(settings.intervalMs, 'intervalMs');
  requirePositive(settings.timeoutMs, 'timeoutMs');
  requirePositive(settings.maxBackoffMs, 'maxBackoffMs');
  if (!(settings.jitter >= 0 && settings.jitter < 1)) {
    throw new RangeError(
      'createStatusClient: jitter must be a fraction from 0 up to 1'
    );
  }
  return settings;
}

function buildSources(
  descriptors: readonly SourceDescriptor[],
  defaults: PollSettings,
  environment: StatusEnvironment
): ClientSource[] {
  // Checked because untyped hosts pass configuration straight through.
  const given: unknown = descriptors;
  if (!Array.isArray(given)) {
    throw new TypeError('createStatusClient: sources must be an array');
  }

  const ids = new Set<string>();
  return descriptors.map((descriptor) => {
    const id = descriptor.id ?? `${descriptor.kind}:${descriptor.url}`;
    if (ids.has(id)) {
      throw new Error(`createStatusClient: two sources have the id "${id}"`);
    }
    ids.add(id);

    const intervalMs = descriptor.intervalMs ?? defaults.intervalMs;
    requirePositive(intervalMs, `intervalMs of source "${id}"`);
    return new ClientSource(
      environment,
      {...descriptor, id},
      {...defaults, intervalMs}
    );
  });
}

function requirePositive(value: number, name: string): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(
      `createStatusClient: ${name} must be a positive number of milliseconds`
    );
  }
}

/** Everything a listener could notice, which is all but `at`. */
function snapshotKey(snapshot: StatusSnapshot): string {
  return JSON.stringify({...snapshot, at: null});
}
