/**
 * Helpers shared by the parser tests: loading fixtures and catching the
 * parse error a bad payload must produce.
 */
import {expect} from '@open-wc/testing';
import {StatusParseError} from '../src/errors.js';

/**
 * Loads one of our own fixtures. The test server turns `.json` files into
 * modules, so they are imported rather than fetched. The copy is frozen:
 * a parser that wrote to its input would throw and fail the test.
 */
export async function loadFixture(name: string): Promise<unknown> {
  const url = new URL(`./fixtures/${name}`, import.meta.url).href;
  const module = (await import(url)) as {default: unknown};
  return deepFreeze(structuredClone(module.default));
}

/** Loads the package's JSON Schema of the notice feed. */
export async function loadNoticeFeedSchema(): Promise<unknown> {
  const url = new URL('../schema/notice-feed.v1.schema.json', import.meta.url)
    .href;
  const module = (await import(url)) as {default: unknown};
  return module.default;
}

/** The real Statuspage captures in the shared fixtures, by file name. */
export const STATUSPAGE_CAPTURES = [
  'incident_critical_update-1_investigating.json',
  'incident_critical_update-2_identified.json',
  'incident_minor_update-3_monitoring.json',
  'incident_none_update-1_investigating.json',
  'incident_none_update-3_monitoring.json',
  'incident_none_update-4_resolved.json',
  'maintenance_update-3_completed.json',
] as const;

export type StatuspageCapture = (typeof STATUSPAGE_CAPTURES)[number];

export async function loadCapture(name: StatuspageCapture): Promise<unknown> {
  const response = await fetch(`/shared/fixtures/statuspage/${name}`);
  expect(response.ok, `fixture ${name}`).to.equal(true);
  return deepFreeze((await response.json()) as unknown);
}

/** A mutable deep copy of a (frozen) fixture, for tests that edit it. */
export function editable<T = Record<string, unknown>>(value: unknown): T {
  return structuredClone(value) as T;
}

/** Runs `parse` and returns the parse error it must throw. */
export function parseErrorOf(parse: () => unknown): StatusParseError {
  let caught: unknown = null;
  try {
    parse();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'a StatusParseError').to.be.instanceOf(StatusParseError);
  const error = caught as StatusParseError;
  expect(error.cause, 'no internal error behind it').to.equal(undefined);
  return error;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
