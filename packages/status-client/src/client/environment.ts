/**
 * Everything the poller needs from its host: a network, a clock, timers,
 * randomness, and whether anyone is looking. Tests pass their own; pages
 * get the browser's, and Node gets a host that is always visible and
 * online.
 *
 * Nothing here touches the DOM when the module loads, so the client can be
 * imported during server rendering.
 */

export interface StatusEnvironment {
  fetch: typeof fetch;
  /** Milliseconds since the epoch on the local clock. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1), used for jitter. */
  random(): number;
  isVisible(): boolean;
  isOnline(): boolean;
  /** Calls back on visibility or online changes; returns an unsubscribe. */
  watchActivity(listener: () => void): () => void;
}

/** Overrides a caller may pass along with its own `fetch`. */
export interface EnvironmentOverrides {
  fetch?: typeof fetch | undefined;
  environment?: Partial<StatusEnvironment> | undefined;
}

let hostEnvironment: StatusEnvironment | undefined;

/** The page's (or Node's) environment, built on first use. */
export function defaultEnvironment(): StatusEnvironment {
  hostEnvironment ??= createHostEnvironment();
  return hostEnvironment;
}

/** Stands for "no environment overrides" as a WeakMap key. */
const NO_OVERRIDES: Partial<StatusEnvironment> = Object.freeze({});

const customised = new WeakMap<
  Partial<StatusEnvironment>,
  WeakMap<typeof fetch, StatusEnvironment>
>();

/**
 * The environment a client runs in. Clients share polling only when they
 * share an environment object, so the same overrides (the same `fetch`
 * function, the same environment object) must always give the same
 * object back.
 */
export function resolveEnvironment(
  overrides: EnvironmentOverrides
): StatusEnvironment {
  const host = defaultEnvironment();
  if (!overrides.fetch && !overrides.environment) return host;

  const partial = overrides.environment ?? NO_OVERRIDES;
  const fetchFn = overrides.fetch ?? partial.fetch ?? host.fetch;
  let byFetch = customised.get(partial);
  if (!byFetch) {
    byFetch = new WeakMap();
    customised.set(partial, byFetch);
  }

  let environment = byFetch.get(fetchFn);
  if (!environment) {
    environment = mergeEnvironment(host, partial, fetchFn);
    byFetch.set(fetchFn, environment);
  }
  return environment;
}

/**
 * Binds every override to its owner, since a class-based test double keeps
 * its methods on the prototype, where spreading would lose them.
 */
function mergeEnvironment(
  host: StatusEnvironment,
  partial: Partial<StatusEnvironment>,
  fetchFn: typeof fetch
): StatusEnvironment {
  const pick = <K extends Exclude<keyof StatusEnvironment, 'fetch'>>(
    key: K
  ): StatusEnvironment[K] => {
    const own = partial[key];
    return typeof own === 'function'
      ? (own.bind(partial) as StatusEnvironment[K])
      : host[key];
  };

  return {
    fetch: fetchFn,
    now: pick('now'),
    setTimeout: pick('setTimeout'),
    clearTimeout: pick('clearTimeout'),
    random: pick('random'),
    isVisible: pick('isVisible'),
    isOnline: pick('isOnline'),
    watchActivity: pick('watchActivity'),
  };
}

function createHostEnvironment(): StatusEnvironment {
  return {
    // Looked up on every call so that a fetch patched after the client
    // loaded (by a test tool or a polyfill) is the one used.
    fetch: (input, init) => globalThis.fetch(input, init),
    now: () => Date.now(),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) =>
      globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    random: () => Math.random(),
    isVisible: () =>
      typeof document === 'undefined' || document.visibilityState !== 'hidden',
    // `navigator.onLine` can only be trusted when it says false.
    isOnline: () =>
      typeof navigator === 'undefined' || navigator.onLine !== false,
    watchActivity: watchHostActivity,
  };
}

function watchHostActivity(listener: () => void): () => void {
  const onChange = () => listener();
  // Server-side DOM shims may define these objects without events.
  const doc =
    typeof document !== 'undefined' &&
    typeof document.addEventListener === 'function'
      ? document
      : undefined;
  const win =
    typeof globalThis.addEventListener === 'function' ? globalThis : undefined;

  doc?.addEventListener('visibilitychange', onChange);
  win?.addEventListener('online', onChange);
  win?.addEventListener('offline', onChange);
  return () => {
    doc?.removeEventListener('visibilitychange', onChange);
    win?.removeEventListener('online', onChange);
    win?.removeEventListener('offline', onChange);
  };
}
