/**
 * Keeps a status page supplied with live snapshots: picks the client
 * (given, built from the element's sources, or the provider's), listens
 * to it, and tells the page when a source starts failing.
 *
 * It starts only when the host asks, after the host's first update: a
 * server-rendered page must hydrate with the data it was rendered with
 * before anything live replaces it.
 */

import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ContextConsumer} from '@lit/context';
import type {
  SourceDescriptor,
  StatusClient,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {createStatusClient} from '@va-auth-status/status-client';
import type {StatusErrorDetail} from '../shared.js';
import {
  STATUS_ERROR_EVENT,
  pollOptions,
  statusClientContext,
  statusEvent,
} from '../shared.js';

/** What the controller reads from its element. */
export interface LiveStatusHost extends ReactiveControllerHost, HTMLElement {
  readonly client: StatusClient | undefined;
  /** Sources the element itself names, in order. */
  readonly sourceDescriptors: SourceDescriptor[];
  /** Poll interval in seconds, or null for the default. */
  readonly interval: number | null;
  /** Lead time in hours, or null for the default. */
  readonly leadTime: number | null;
}

/** True once any source of the snapshot has answered at least once. */
export function hasData(snapshot: StatusSnapshot): boolean {
  return snapshot.sources.some((source) => source.checkedAt !== null);
}

export class LiveStatus implements ReactiveController {
  /** The latest live snapshot, or null when nothing is live. */
  snapshot: StatusSnapshot | null = null;

  #host: LiveStatusHost;
  #started = false;
  #contextClient: StatusClient | undefined;
  #ownClient: StatusClient | null = null;
  #unsubscribe: (() => void) | null = null;
  #lastErrors = new Map<string, string>();

  constructor(host: LiveStatusHost) {
    this.#host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: statusClientContext,
      subscribe: true,
      callback: (client) => {
        this.#contextClient = client;
        if (this.#started) this.restart();
      },
    });
  }

  /** Starts listening; the host calls this after its first update. */
  start(): void {
    this.#started = true;
    if (this.#unsubscribe !== null) return;

    const client = this.#pickClient();
    if (client === null) return;

    this.#unsubscribe = client.subscribe((snapshot) => this.#apply(snapshot));
    this.#apply(client.snapshot);
  }

  /** Drops the current client and picks again (sources changed). */
  restart(): void {
    this.#release();
    this.snapshot = null;
    this.start();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Reconnecting after a move; the first connection waits for start().
    if (this.#started) this.start();
  }

  hostDisconnected(): void {
    this.#release();
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#ownClient?.stop();
    this.#ownClient = null;
  }

  #pickClient(): StatusClient | null {
    if (this.#host.client) return this.#host.client;

    const sources = this.#host.sourceDescriptors;
    if (sources.length > 0) {
      try {
        this.#ownClient = createStatusClient({
          sources,
          ...pollOptions(this.#host),
        });
      } catch {
        // Unusable sources (duplicate ids, a bad interval) leave the page
        // on its fixed data, or on "we can't check" without any.
        return null;
      }
      return this.#ownClient;
    }

    return this.#contextClient ?? null;
  }

  #apply(snapshot: StatusSnapshot): void {
    this.snapshot = snapshot;
    this.#announceErrors(snapshot);
    this.#host.requestUpdate();
  }

  /** One `va-auth-status-error` per source each time it starts failing. */
  #announceErrors(snapshot: StatusSnapshot): void {
    for (const source of snapshot.sources) {
      const key = source.error
        ? `${source.error.type}:${source.error.message}`
        : '';
      if (key === (this.#lastErrors.get(source.id) ?? '')) continue;

      this.#lastErrors.set(source.id, key);
      if (source.error) {
        const detail: StatusErrorDetail = {
          sourceId: source.id,
          error: source.error,
        };
        this.#host.dispatchEvent(statusEvent(STATUS_ERROR_EVENT, detail));
      }
    }
  }
}
