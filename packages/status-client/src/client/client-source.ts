/**
 * One source as one client reads it: the client's own parse of the shared
 * payload (its Statuspage mapping may differ from another client's), and
 * the last data that parse accepted.
 */

import type {StatusError} from '../errors.js';
import type {StatuspageMapping} from '../parse/statuspage.js';
import type {
  ResolveInput,
  SourceData,
  SourceInfo,
  SourceKind,
} from '../types.js';
import type {StatusEnvironment} from './environment.js';
import {sharedSourceFor} from './registry.js';
import type {
  ParseResult,
  PollSettings,
  SharedSource,
  SourceUser,
} from './shared-source.js';

export interface ClientSourceDescriptor {
  id: string;
  kind: SourceKind;
  url: string;
  headers?: Record<string, string>;
  mapping?: StatuspageMapping;
}

export class ClientSource {
  readonly info: SourceInfo;
  readonly settings: PollSettings;
  readonly shared: SharedSource;
  /** Set by the client: called after each request the source finishes. */
  onUpdate: () => void = () => undefined;
  /** Server clock minus ours, once this source's server told us. */
  skewMs: number | null = null;

  #mapping: StatuspageMapping | undefined;
  #user: SourceUser;
  #result: ParseResult | null = null;
  #data: SourceData | null = null;
  #checkedAtMs: number | null = null;
  #error: StatusError | null = null;

  constructor(
    environment: StatusEnvironment,
    descriptor: ClientSourceDescriptor,
    settings: PollSettings
  ) {
    this.info = {id: descriptor.id, kind: descriptor.kind, url: descriptor.url};
    this.settings = settings;
    this.#mapping = descriptor.mapping;
    this.shared = sharedSourceFor(
      environment,
      descriptor.url,
      descriptor.headers ?? {}
    );
    this.#user = {settings, onUpdate: () => this.onUpdate()};
  }

  get input(): ResolveInput {
    const checkedAtMs = this.#checkedAtMs;
    return {
      source: this.info,
      data: this.#data,
      checkedAt:
        checkedAtMs === null ? null : new Date(checkedAtMs).toISOString(),
      error: this.#error,
    };
  }

  attach(): void {
    this.shared.addUser(this.#user);
  }

  detach(): void {
    this.shared.removeUser(this.#user);
  }

  /**
   * Takes in what the shared source knows now; true if anything this
   * client reports changed.
   *
   * A payload our parser rejects keeps the last data it accepted, and
   * that data's `checkedAt` stops moving: later answers confirm the
   * rejected payload, not ours, so our data ages into "stale" honestly.
   */
  ingest(): boolean {
    const before = [this.#data, this.#checkedAtMs, this.#error, this.skewMs];
    const state = this.shared.state;
    const result = this.shared.parse(this.info.kind, this.#mapping);

    if (result && result !== this.#result) {
      this.#result = result;
      if ('data' in result) this.#data = result.data;
    }

    const parseError = result && 'error' in result ? result.error : null;
    if (result && !parseError && state.checkedAt !== null) {
      this.#checkedAtMs = state.checkedAt;
    }
    this.#error = state.error ?? parseError;
    this.skewMs = state.skewMs;

    const after = [this.#data, this.#checkedAtMs, this.#error, this.skewMs];
    return after.some((value, index) => value !== before[index]);
  }
}
