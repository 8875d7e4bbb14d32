/**
 * A status environment for tests: a clock and timers that move only when
 * the test says so, visibility and connectivity the test controls, and the
 * real `fetch` (answered by MSW) wrapped so the test can wait for it.
 */

import type {StatusEnvironment} from '../../src/client/environment.js';

export interface FakeEnvironment extends StatusEnvironment {
  /** Moves the clock, running every timer that falls due on the way. */
  advance(ms: number): void;
  /** Timers set and not yet fired or cleared. */
  readonly pendingTimers: number;
  /** Listeners added through `watchActivity` and not yet removed. */
  readonly activityListeners: number;
  /** URLs passed to `fetch`, in order. */
  readonly fetched: string[];
  setVisible(visible: boolean): void;
  setOnline(online: boolean): void;
  /** What `random()` returns; 0.5 means "no jitter". */
  randomValue: number;
  /** Resolves once every request and its processing have finished. */
  settle(): Promise<void>;
}

/** 2026-12-08 12:00:00 UTC, on a whole second as `Date` headers are. */
export const START = Date.parse('2026-12-08T12:00:00.000Z');

interface FakeTimer {
  due: number;
  order: number;
  callback: () => void;
}

export function createFakeEnvironment(start = START): FakeEnvironment {
  const realFetch = globalThis.fetch.bind(globalThis);
  const timers = new Map<number, FakeTimer>();
  const listeners = new Set<() => void>();
  const inFlight = new Set<Promise<unknown>>();
  const fetched: string[] = [];
  let now = start;
  let nextId = 1;
  let visible = true;
  let online = true;

  const nextDue = (limit: number) => {
    let found: [number, FakeTimer] | undefined;
    for (const entry of timers) {
      const [, timer] = entry;
      if (timer.due > limit) continue;
      if (
        !found ||
        timer.due < found[1].due ||
        (timer.due === found[1].due && timer.order < found[1].order)
      ) {
        found = entry;
      }
    }
    return found;
  };

  const announce = () => [...listeners].forEach((listener) => listener());

  // The body is read here, inside the tracked promise, so that `settle`
  // knows when the network part of a request is over.
  const trackedFetch: typeof fetch = (input, init) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    const request = (async () => {
      const response = await realFetch(input, init);
      const empty = response.status === 304 || response.status === 204;
      const body = empty ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    })();
    inFlight.add(request);
    request.finally(() => inFlight.delete(request)).catch(() => undefined);
    return request;
  };

  return {
    fetch: trackedFetch,
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, {due: now + Math.max(0, ms), order: id, callback});
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    randomValue: 0.5,
    random() {
      return this.randomValue;
    },
    isVisible: () => visible,
    isOnline: () => online,
    watchActivity(listener) {
      const entry = () => listener();
      listeners.add(entry);
      return () => listeners.delete(entry);
    },

    advance(ms) {
      const target = now + ms;
      for (let due = nextDue(target); due; due = nextDue(target)) {
        const [id, timer] = due;
        timers.delete(id);
        now = timer.due;
        timer.callback();
      }
      now = target;
    },
    get pendingTimers() {
      return timers.size;
    },
    get activityListeners() {
      return listeners.size;
    },
    fetched,
    setVisible(value) {
      visible = value;
      announce();
    },
    setOnline(value) {
      online = value;
      announce();
    },
    async settle() {
      // A finished request still has a few promise turns of decoding,
      // parsing and notifying ahead of it; a macrotask covers them.
      for (let quiet = 0; quiet < 2;) {
        await Promise.allSettled([...inFlight]);
        await new Promise((resolve) => setTimeout(resolve, 0));
        quiet = inFlight.size === 0 ? quiet + 1 : 0;
      }
    },
  };
}
