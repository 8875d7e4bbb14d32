/**
 * `GET /v0/backend_statuses` from vets-api: PagerDuty's word for each
 * "External:" service plus the maintenance windows that have not ended.
 * Keys arrive in snake_case from plain requests and in camelCase when the
 * request asks vets-api to inflect them, so both are read.
 */

import type {
  BackendServiceStatus,
  BackendStatusesData,
  ServiceState,
} from '../types.js';
import {
  guardParse,
  member,
  readItems,
  readObject,
  readOptionalItems,
  readString,
  readWord,
  rootValue,
} from './json-reader.js';
import type {JsonValue} from './json-reader.js';
import {readOptionalTime} from './iso-time.js';
import {
  MAX_WINDOWS,
  readWindowFields,
  readWindowId,
} from './maintenance-windows.js';

/** PagerDuty pages through 100 services at a time; this is ten pages. */
const MAX_STATUSES = 1000;
const MAX_NAME_LENGTH = 500;
const MAX_WORD_LENGTH = 100;

/** jsonapi-serializer today, the ActiveModel serializer before it. */
const ENVELOPE_TYPES = [
  'backend_statuses',
  'pagerduty_external_services_responses',
] as const;

/**
 * What a PagerDuty service status means for the people signing in.
 *
 * Only the exact word `active` is operational. Nothing is trimmed or
 * lower-cased first: `Active` or `active ` is not a word PagerDuty writes,
 * so it tells us nothing, and `unknown` is the honest answer. `disabled`
 * means nobody is watching the service, which is also `unknown`.
 */
export function pagerDutyState(word: string): ServiceState {
  switch (word) {
    case 'active':
      return 'operational';
    case 'warning':
      return 'degraded';
    case 'critical':
      return 'outage';
    case 'maintenance':
      return 'maintenance';
    default:
      return 'unknown';
  }
}

/**
 * Reads the backend-statuses envelope. Status words are kept verbatim,
 * unknown ones included; `pagerDutyState` decides what they mean.
 */
export function parseBackendStatuses(json: unknown): BackendStatusesData {
  return guardParse(() => {
    const data = readObject(member(readObject(rootValue(json)), 'data'));
    readWord(member(data, 'type'), ENVELOPE_TYPES);
    const attributes = readObject(member(data, 'attributes'));

    const reportedAt = readOptionalTime(
      member(attributes, 'reported_at', 'reportedAt')
    );
    const statuses = readItems(
      member(attributes, 'statuses'),
      MAX_STATUSES
    ).map(readStatus);

    // Older serializers left the key out when no window was passed.
    const windows = readOptionalItems(
      member(attributes, 'maintenance_windows', 'maintenanceWindows'),
      MAX_WINDOWS
    ).map((item) => {
      const window = readObject(item);
      return readWindowFields(window, readWindowId(member(window, 'id')));
    });

    return {kind: 'backend-statuses', reportedAt, statuses, windows};
  });
}

function readStatus(item: JsonValue): BackendServiceStatus {
  const status = readObject(item);

  return {
    serviceId: readString(member(status, 'service_id', 'serviceId'), {
      maxLength: MAX_NAME_LENGTH,
    }),
    name: readString(member(status, 'service'), {maxLength: MAX_NAME_LENGTH}),
    status: readString(member(status, 'status'), {
      maxLength: MAX_WORD_LENGTH,
    }),
    lastIncidentAt: readOptionalTime(
      member(status, 'last_incident_timestamp', 'lastIncidentTimestamp')
    ),
  };
}
