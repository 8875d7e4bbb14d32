/**
 * The machinery of the parser fuzz test: a seeded generator, hostile
 * values, structure-aware mutation of real payloads, and a harness that
 * lets only our own parse error escape.
 */
import {expect} from '@open-wc/testing';
import {StatusParseError} from '../src/errors.js';
import {HOSTILE, KEYS, NOT_JSON} from './parse-fuzz-values.js';

export const RUNS_PER_PARSER = 10_000;

export type Json = Record<string, unknown>;

/** Seeded xorshift32, so a failure replays from its seed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** A float in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 2 ** 32;
  }

  below(limit: number): number {
    return Math.floor(this.next() * limit);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}

export function randomJson(random: Random, depth = 0): unknown {
  const roll = random.below(depth > 3 ? 5 : 7);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([random.next(), random.below(2000), -random.next()]);
    case 3:
    case 4:
      return random.pick(HOSTILE);
    case 5:
      return Array.from({length: random.below(4)}, () =>
        randomJson(random, depth + 1)
      );
    default: {
      const object: Json = {};
      for (let count = random.below(5); count > 0; count -= 1) {
        setOwn(object, random.pick(KEYS), randomJson(random, depth + 1));
      }
      return object;
    }
  }
}

export function isContainer(value: unknown): value is Json | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Defines an own property, even one named `__proto__`. */
export function setOwn(object: Json, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function copyOf(value: Json | unknown[]): Json | unknown[] {
  if (Array.isArray(value)) {
    return [...value];
  }
  const copy: Json = {};
  for (const key of Object.keys(value)) {
    setOwn(copy, key, value[key]);
  }
  return copy;
}

function otherCasing(key: string): string {
  return key.includes('_')
    ? key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
    : key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function mutateContainer(node: Json | unknown[], random: Random): unknown {
  const copy = copyOf(node);
  const keys = Object.keys(copy);

  if (Array.isArray(copy)) {
    switch (random.below(4)) {
      case 0:
        return copy.slice(0, random.below(copy.length + 1));
      case 1:
        return copy.length > 0 ? [...copy, random.pick(copy)] : [null];
      case 2:
        return copy.reverse();
      default:
        return random.pick([{...copy}, copy.length, null]);
    }
  }
  if (keys.length === 0) {
    return random.pick([[], null, 'x']);
  }

  const key = random.pick(keys);
  const value = copy[key];
  switch (random.below(6)) {
    case 0:
      delete copy[key];
      return copy;
    case 1:
      delete copy[key];
      setOwn(copy, otherCasing(key), value);
      return copy;
    case 2:
      // Both spellings at once.
      setOwn(copy, otherCasing(key), value);
      return copy;
    case 3:
      setOwn(copy, '__proto__', random.pick([value, {}, null]));
      return copy;
    case 4:
      setOwn(copy, random.pick(KEYS), random.pick([...HOSTILE, value]));
      return copy;
    default:
      return Object.values(copy);
  }
}

/** Leaf values seen under each key in the seeds, to swap in elsewhere. */
type Donors = Map<string, unknown[]>;

function collectDonors(value: unknown, donors: Donors, key = ''): Donors {
  if (isContainer(value)) {
    for (const [child, item] of Object.entries(value)) {
      collectDonors(item, donors, Array.isArray(value) ? key : child);
    }
  } else {
    const values = donors.get(key) ?? [];
    values.push(value);
    donors.set(key, values);
  }
  return donors;
}

function mutateLeaf(
  node: unknown,
  key: string,
  random: Random,
  donors: Donors
): unknown {
  switch (random.below(6)) {
    case 0:
      return typeof node === 'number' ? String(node) : Number(node);
    case 1:
      return [node];
    case 2:
      return random.pick(NOT_JSON);
    case 3:
      // A value that is right somewhere else under this key.
      return random.pick(donors.get(key) ?? [null]);
    default:
      return random.pick(HOSTILE);
  }
}

function mutate(
  node: unknown,
  random: Random,
  donors: Donors,
  key = '',
  depth = 0
): unknown {
  if (isContainer(node) && depth < 12 && random.chance(0.8)) {
    const keys = Object.keys(node);
    if (keys.length > 0) {
      const child = random.pick(keys);
      const copy = copyOf(node) as Json;
      const childKey = Array.isArray(node) ? key : child;
      const value = (node as Json)[child];
      setOwn(copy, child, mutate(value, random, donors, childKey, depth + 1));
      return copy;
    }
  }
  if (random.chance(0.1)) {
    return randomJson(random);
  }
  return isContainer(node)
    ? mutateContainer(node, random)
    : mutateLeaf(node, key, random, donors);
}

function describePayload(payload: unknown): string {
  try {
    return (JSON.stringify(payload) ?? String(payload)).slice(0, 400);
  } catch {
    return String(payload);
  }
}

export interface FuzzPlan<T> {
  seed: number;
  /** Real payloads to mutate. */
  seeds: readonly unknown[];
  /** Builds a fresh payload; when given, half the runs start from it. */
  generate?: (random: Random) => unknown;
  parse: (payload: unknown) => T;
  /** Throws (see `ensure`) when a parsed result breaks an invariant. */
  check: (result: T, payload: unknown) => void;
}

/**
 * Parses `RUNS_PER_PARSER` payloads, mostly mutated seeds, some random.
 * Only a `StatusParseError` of our own making may escape, and every
 * result must pass `check`.
 */
export function fuzz<T>(plan: FuzzPlan<T>): {parsed: number; refused: number} {
  const random = new Random(plan.seed);
  const donors = new Map<string, unknown[]>();
  plan.seeds.forEach((seed) => collectDonors(seed, donors));
  const tally = {parsed: 0, refused: 0};

  for (let run = 0; run < RUNS_PER_PARSER; run += 1) {
    let [payload, count] = startingPoint(plan, random);
    for (count += random.below(3); count > 0; count -= 1) {
      payload = mutate(payload, random, donors);
    }

    let result: T;
    try {
      result = plan.parse(payload);
    } catch (error) {
      // Plain checks first: describing the payload costs more than parsing.
      const ours =
        error instanceof StatusParseError &&
        error.cause === undefined &&
        error.path.startsWith('$');
      if (!ours) {
        expect.fail(
          `seed ${plan.seed}, run ${run} threw ${String(error)} on ` +
            describePayload(payload)
        );
      }
      tally.refused += 1;
      continue;
    }

    tally.parsed += 1;
    try {
      plan.check(result, payload);
    } catch (error) {
      expect.fail(
        `seed ${plan.seed}, run ${run}: ${String(error)} on ` +
          describePayload(payload)
      );
    }
  }
  return tally;
}

/** A payload to start from, and how many mutations it needs at least. */
function startingPoint<T>(
  plan: FuzzPlan<T>,
  random: Random
): [unknown, number] {
  if (random.chance(0.1)) {
    return [randomJson(random), 0];
  }
  if (plan.generate && random.chance(0.5)) {
    return [plan.generate(random), 0];
  }
  // A seed as it is parses, so it always gets at least one change.
  return [random.pick(plan.seeds), 1];
}

/**
 * A plain assertion for the hot loop: chai's are clearer but too slow to
 * call a million times. The harness adds the seed and payload.
 */
export function ensure(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(what);
  }
}

export function ensureUtc(time: string | null): void {
  ensure(time === null || new Date(time).toISOString() === time, `UTC ${time}`);
}

/** Own members only, as the parsers read them. */
export function own(object: unknown, ...keys: string[]): unknown {
  for (const key of keys) {
    if (isContainer(object) && Object.hasOwn(object, key)) {
      return (object as Json)[key];
    }
  }
  return undefined;
}

export function isPureJson(value: unknown): boolean {
  if (typeof value === 'number') {
    return Number.isFinite(value);
  }
  if (isContainer(value)) {
    return Object.values(value).every(isPureJson);
  }
  return value !== undefined;
}
