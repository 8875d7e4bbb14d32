/**
 * PagerDuty maintenance windows as vets-api hands them out, in the three
 * places they appear: inside `GET /v0/backend_statuses`, as the JSON:API
 * collection of `GET /v0/maintenance_windows`, and as the raw array of
 * the public global-windows file vets-api uploads to S3 every hour.
 */

import type {MaintenanceWindow, MaintenanceWindowsData} from '../types.js';
import {
  fail,
  guardParse,
  isAbsent,
  member,
  readItems,
  readObject,
  readOptionalString,
  readString,
  readWord,
  rootValue,
} from './json-reader.js';
import type {JsonObject, JsonValue} from './json-reader.js';
import {readTime} from './iso-time.js';

/** More windows than this is not a schedule any more; it is garbage. */
export const MAX_WINDOWS = 1000;

const MAX_ID_LENGTH = 200;
const MAX_SERVICE_LENGTH = 200;
const MAX_DESCRIPTION_LENGTH = 20_000;

/** jsonapi-serializer and the older ActiveModel serializer, respectively. */
const WINDOW_TYPES = ['maintenance_window', 'maintenance_windows'] as const;

/**
 * Reads either shape of the maintenance-window list: the JSON:API
 * collection `{data: [...]}` or the raw array of the global file.
 */
export function parseMaintenanceWindows(json: unknown): MaintenanceWindowsData {
  return guardParse(() => {
    const root = rootValue(json);
    const windows = Array.isArray(root.value)
      ? readItems(root, MAX_WINDOWS).map(readRawWindow)
      : readItems(member(readObject(root), 'data'), MAX_WINDOWS).map(
          readResourceWindow
        );

    return {kind: 'maintenance-windows', windows};
  });
}

/**
 * Reads the fields every window shape shares. Keys may be snake_case or
 * camelCase. `start`/`end` are accepted too, because vets-api's own test
 * schema names them so even though its serializer writes `start_time`
 * and `end_time`; if the serializer ever follows the schema, windows keep
 * working. Two spellings of one field in the same window are rejected.
 */
export function readWindowFields(
  window: JsonObject,
  id: string
): MaintenanceWindow {
  const serviceId = readString(
    member(window, 'external_service', 'externalService'),
    {maxLength: MAX_SERVICE_LENGTH}
  );
  const startsAt = readTime(member(window, 'start_time', 'startTime', 'start'));
  const end = member(window, 'end_time', 'endTime', 'end');
  const endsAt = readTime(end);

  if (Date.parse(endsAt) <= Date.parse(startsAt)) {
    fail(end.path, 'a time after the window starts');
  }

  // PagerDuty leaves the description empty when it has no user message.
  const description =
    readOptionalString(member(window, 'description'), {
      maxLength: MAX_DESCRIPTION_LENGTH,
    }) ?? '';

  return {id, serviceId, startsAt, endsAt, description};
}

/** A database id: a non-negative integer, or a non-empty string. */
export function readWindowId(value: JsonValue): string {
  const candidate = value.value;
  if (typeof candidate === 'number') {
    if (!Number.isSafeInteger(candidate) || candidate < 0) {
      fail(value.path, 'a window id (a whole number or a string)');
    }
    return String(candidate);
  }
  return readString(value, {maxLength: MAX_ID_LENGTH, allowEmpty: false});
}

/** `{id: "716", type, attributes: {id: 716, external_service, ...}}` */
function readResourceWindow(item: JsonValue): MaintenanceWindow {
  const resource = readObject(item);
  readWord(member(resource, 'type'), WINDOW_TYPES);
  const attributes = readObject(member(resource, 'attributes'));

  // The resource id and the attribute id are the same row; either will do.
  const outerId = member(resource, 'id');
  const id = readWindowId(
    isAbsent(outerId) ? member(attributes, 'id') : outerId
  );
  return readWindowFields(attributes, id);
}

/**
 * `{pagerduty_id, external_service, ...}` from the S3 file. vets-api keys
 * its rows by PagerDuty id and service together, so the id is both.
 */
function readRawWindow(item: JsonValue): MaintenanceWindow {
  const row = readObject(item);
  const pagerDutyId = readString(member(row, 'pagerduty_id', 'pagerdutyId'), {
    maxLength: MAX_ID_LENGTH,
    allowEmpty: false,
  });
  const window = readWindowFields(row, '');
  return {...window, id: `${pagerDutyId}:${window.serviceId}`};
}
