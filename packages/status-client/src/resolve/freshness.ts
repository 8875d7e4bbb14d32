/**
 * How far each source can be trusted right now, and what that makes the
 * snapshot as a whole.
 */

import type {Freshness, ResolveInput, SourceHealth} from '../types.js';
import {toInstant} from './instants.js';

const FRESHNESS_RANK: Record<Freshness, number> = {
  fresh: 0,
  stale: 1,
  unknown: 2,
};

/** A source together with how far it can be trusted right now. */
export interface AssessedSource {
  input: ResolveInput;
  freshness: Freshness;
}

/** 0 for fresh, 1 for stale, 2 for unknown. */
export function freshnessRank(freshness: Freshness): number {
  return FRESHNESS_RANK[freshness];
}

/**
 * `unknown` when the source never answered, `stale` when its data was last
 * confirmed more than `staleAfterMs` ago, `fresh` otherwise.
 *
 * A failed latest request does not change the answer: the data it failed
 * to replace is still as old as `checkedAt` says, and one blip must not
 * flip every banner to "we can't check". Data whose `checkedAt` is missing
 * or unreadable is `stale`, since nobody can vouch for its age.
 */
export function sourceFreshness(
  input: ResolveInput,
  nowMs: number,
  staleAfterMs: number
): Freshness {
  if (input.data === null) {
    return 'unknown';
  }

  const checkedAt = toInstant(input.checkedAt);
  if (checkedAt === null || nowMs - checkedAt > staleAfterMs) {
    return 'stale';
  }

  return 'fresh';
}

/** The least trustworthy of `values`; `unknown` when there are none. */
export function worstFreshness(values: readonly Freshness[]): Freshness {
  if (values.length === 0) {
    return 'unknown';
  }

  return values.reduce((worst, value) =>
    FRESHNESS_RANK[value] > FRESHNESS_RANK[worst] ? value : worst
  );
}

/** The "last checked" line for one source. */
export function sourceHealth(
  input: ResolveInput,
  freshness: Freshness
): SourceHealth {
  return {
    id: input.source.id,
    kind: input.source.kind,
    url: input.source.url,
    freshness,
    checkedAt: input.checkedAt,
    error: input.error,
  };
}

/**
 * The oldest `checkedAt` among the sources that have data: the whole is
 * only as fresh as its oldest part. Unreadable stamps are skipped here;
 * such a source is already `stale`, which the snapshot's freshness shows.
 */
export function oldestCheckedAt(
  inputs: readonly ResolveInput[]
): string | null {
  let oldest: {stamp: string; instant: number} | null = null;

  for (const input of inputs) {
    const instant = toInstant(input.checkedAt);
    if (input.data === null || input.checkedAt === null || instant === null) {
      continue;
    }
    if (oldest === null || instant < oldest.instant) {
      oldest = {stamp: input.checkedAt, instant};
    }
  }

  return oldest?.stamp ?? null;
}
