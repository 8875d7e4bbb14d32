/**
 * Small typed readers over decoded JSON. Each reader takes a value with
 * the JSON path it was found at, and either returns it typed or throws a
 * `StatusParseError` naming that path and what we wanted there. Parsers
 * are built from these so that every failure reads the same way.
 */

import {StatusParseError} from '../errors.js';

/** A decoded JSON value and the path it was read from (`$.data.id`). */
export interface JsonValue {
  readonly value: unknown;
  readonly path: string;
}

/** A JSON object and its path. */
export interface JsonObject {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly path: string;
}

export interface StringRules {
  /** Counted in code points, as JSON Schema `maxLength` counts. */
  maxLength: number;
  /** Whether `''` is allowed. Defaults to true. */
  allowEmpty?: boolean;
  /** A check the whole string must pass, with words for the error. */
  pattern?: {test: RegExp; describe: string};
}

/** Throws the one error type every parser reports. */
export function fail(path: string, expected: string): never {
  throw new StatusParseError(path, expected);
}

/** The top of a payload. */
export function rootValue(json: unknown): JsonValue {
  return {value: json, path: '$'};
}

/**
 * Runs a parser and promises its caller a single failure type. Decoded
 * JSON cannot make our readers throw anything else, but a caller may hand
 * us a Proxy or an object with a throwing getter; that still becomes a
 * parse error, with the original kept as `cause`.
 */
export function guardParse<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof StatusParseError) {
      throw error;
    }
    throw new StatusParseError('$', 'decoded JSON data', {cause: error});
  }
}

export function isAbsent(value: JsonValue): boolean {
  return value.value === undefined || value.value === null;
}

export function readObject(value: JsonValue): JsonObject {
  const candidate = value.value;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    Array.isArray(candidate)
  ) {
    fail(value.path, 'an object');
  }
  return {fields: candidate as Record<string, unknown>, path: value.path};
}

/**
 * Reads a member that may be spelled several ways (snake_case from curl,
 * camelCase through vets-api's key inflection). Only own properties count,
 * so `constructor` or `toString` never leak in from a prototype. Two
 * spellings at once are ambiguous and rejected rather than guessed.
 */
export function member(
  object: JsonObject,
  ...names: [string, ...string[]]
): JsonValue {
  const present = names.filter((name) => Object.hasOwn(object.fields, name));

  if (present.length > 1) {
    fail(`${object.path}.${present[1]}`, `only one of ${present.join(', ')}`);
  }

  const name = present[0];
  if (name === undefined) {
    return {value: undefined, path: `${object.path}.${names[0]}`};
  }
  return {value: object.fields[name], path: `${object.path}.${name}`};
}

/** Reads an array and hands back its items with their own paths. */
export function readItems(value: JsonValue, maxItems: number): JsonValue[] {
  const candidate = value.value;
  if (!Array.isArray(candidate)) {
    fail(value.path, 'an array');
  }
  if (candidate.length > maxItems) {
    fail(value.path, `an array of at most ${maxItems} items`);
  }

  const items: JsonValue[] = [];
  for (let index = 0; index < candidate.length; index += 1) {
    items.push({value: candidate[index], path: `${value.path}[${index}]`});
  }
  return items;
}

/** Like `readItems`, but a missing or null member reads as empty. */
export function readOptionalItems(
  value: JsonValue,
  maxItems: number
): JsonValue[] {
  return isAbsent(value) ? [] : readItems(value, maxItems);
}

export function readString(value: JsonValue, rules: StringRules): string {
  const candidate = value.value;
  const expected = describeString(rules);

  if (typeof candidate !== 'string') {
    fail(value.path, expected);
  }
  if (rules.allowEmpty === false && candidate === '') {
    fail(value.path, expected);
  }
  if (!fitsLength(candidate, rules.maxLength)) {
    fail(value.path, expected);
  }
  if (rules.pattern && !rules.pattern.test.test(candidate)) {
    fail(value.path, expected);
  }
  return candidate;
}

/** A string, or `null` when the member is missing or null. */
export function readOptionalString(
  value: JsonValue,
  rules: StringRules
): string | null {
  return isAbsent(value) ? null : readString(value, rules);
}

/** One of a fixed set of words. */
export function readWord<Word extends string>(
  value: JsonValue,
  words: readonly Word[]
): Word {
  const candidate = value.value;
  if (typeof candidate !== 'string' || !words.includes(candidate as Word)) {
    fail(value.path, `one of ${words.map((word) => `"${word}"`).join(', ')}`);
  }
  return candidate as Word;
}

export function readBoolean(value: JsonValue): boolean {
  if (typeof value.value !== 'boolean') {
    fail(value.path, 'true or false');
  }
  return value.value;
}

/** A finite number within `[min, max]`. */
export function readNumber(value: JsonValue, min: number, max: number): number {
  const candidate = value.value;
  if (
    typeof candidate !== 'number' ||
    !Number.isFinite(candidate) ||
    candidate < min ||
    candidate > max
  ) {
    fail(value.path, `a number from ${min} to ${max}`);
  }
  return candidate;
}

/**
 * Whether `text` has at most `max` code points. Checks the cheap bounds
 * first so a megabyte string is refused without being walked.
 */
function fitsLength(text: string, max: number): boolean {
  if (text.length <= max) {
    return true;
  }
  if (text.length > max * 2) {
    return false;
  }

  let count = 0;
  for (const _codePoint of text) {
    count += 1;
    if (count > max) {
      return false;
    }
  }
  return true;
}

function describeString(rules: StringRules): string {
  const parts = [
    rules.allowEmpty === false ? 'a non-empty string' : 'a string',
    `of at most ${rules.maxLength} characters`,
  ];
  if (rules.pattern) {
    parts.push(rules.pattern.describe);
  }
  return parts.join(' ');
}
