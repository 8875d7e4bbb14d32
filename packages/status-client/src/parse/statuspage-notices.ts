/**
 * Statuspage incidents and scheduled maintenances as our notices. A
 * `summary.json` lists only unresolved incidents and maintenances that
 * have not completed; we still check each status word ourselves, so a
 * capture from another endpoint cannot bring a closed one back.
 */

import type {NoticeKind, NoticeUpdate, SourceNotice} from '../types.js';
import {
  fail,
  member,
  readItems,
  readObject,
  readOptionalItems,
  readOptionalString,
  readString,
} from './json-reader.js';
import type {JsonObject, JsonValue} from './json-reader.js';
import {readOptionalTime, readTime} from './iso-time.js';
import {readOptionalHttpsUrl} from './https-url.js';

export const MAX_ID_LENGTH = 100;
export const MAX_NAME_LENGTH = 1000;
export const MAX_WORD_LENGTH = 100;
export const MAX_URL_LENGTH = 2000;

const MAX_INCIDENTS = 500;
const MAX_UPDATES = 500;
const MAX_AFFECTED = 1000;
const MAX_BODY_LENGTH = 50_000;

const CLOSED_INCIDENT = ['resolved', 'postmortem'];
const CLOSED_MAINTENANCE = ['completed'];

/** Our service id for a component id or name, or `null` if unmapped. */
export type ServiceLookup = (id: string, name: string) => string | null;

export interface NoticeContext {
  pageId: string;
  lookup: ServiceLookup;
  /** Where a notice naming no mapped component applies. */
  coveredServices: string[];
}

/** Open incidents first, then open maintenances, each in page order. */
export function readStatuspageNotices(
  summary: JsonObject,
  context: NoticeContext
): SourceNotice[] {
  const incidents = readItems(member(summary, 'incidents'), MAX_INCIDENTS)
    .map((item) => readIncident(item, context))
    .filter((notice) => notice !== null);
  const maintenances = readItems(
    member(summary, 'scheduled_maintenances'),
    MAX_INCIDENTS
  )
    .map((item) => readMaintenance(item, context))
    .filter((notice) => notice !== null);

  return [...incidents, ...maintenances];
}

/**
 * What an incident's impact means for its services. An impact word we do
 * not know is read as `degraded`: the owner opened an incident, so
 * something is wrong, but we cannot claim an outage.
 *
 * While the incident is `monitoring` a fix is in place and being watched,
 * so an outage is shown as `degraded` until the owner resolves it.
 */
export function incidentKind(impact: string, status: string): NoticeKind {
  const kind = impactKind(impact);
  return status === 'monitoring' && kind === 'outage' ? 'degraded' : kind;
}

function impactKind(impact: string): NoticeKind {
  switch (impact) {
    case 'critical':
    case 'major':
      return 'outage';
    case 'none':
      return 'info';
    case 'maintenance':
      return 'maintenance';
    default:
      return 'degraded';
  }
}

function readIncident(
  item: JsonValue,
  context: NoticeContext
): SourceNotice | null {
  const incident = readObject(item);
  const notice = readCommonFields(incident, context);
  const impact = readString(member(incident, 'impact'), {
    maxLength: MAX_WORD_LENGTH,
  });
  if (CLOSED_INCIDENT.includes(notice.status)) {
    return null;
  }

  // started_at can be null on a fresh incident; created_at never is.
  const startsAt =
    readOptionalTime(member(incident, 'started_at')) ??
    readTime(member(incident, 'created_at'));

  return {
    ...notice.fields,
    origin: 'manual',
    kind: incidentKind(impact, notice.status),
    startsAt,
    endsAt: null,
  };
}

function readMaintenance(
  item: JsonValue,
  context: NoticeContext
): SourceNotice | null {
  const maintenance = readObject(item);
  const notice = readCommonFields(maintenance, context);
  const startsAt = readTime(member(maintenance, 'scheduled_for'));
  const until = member(maintenance, 'scheduled_until');
  const endsAt = readTime(until);
  if (Date.parse(endsAt) <= Date.parse(startsAt)) {
    fail(until.path, 'a time after scheduled_for');
  }
  if (CLOSED_MAINTENANCE.includes(notice.status)) {
    return null;
  }

  // TODO: an overrun (still in_progress after scheduled_until) ends on
  // time here, because summary.json gives no better end to use; the
  // component's under_maintenance state still shows it.
  return {
    ...notice.fields,
    origin: 'scheduled',
    kind: 'maintenance',
    startsAt,
    endsAt,
  };
}

type CommonFields = Omit<
  SourceNotice,
  'origin' | 'kind' | 'startsAt' | 'endsAt'
>;

/** The fields incidents and maintenances share, validated for both. */
function readCommonFields(
  incident: JsonObject,
  context: NoticeContext
): {status: string; fields: CommonFields} {
  const id = readString(member(incident, 'id'), {
    maxLength: MAX_ID_LENGTH,
    allowEmpty: false,
  });
  const status = readString(member(incident, 'status'), {
    maxLength: MAX_WORD_LENGTH,
  });
  const updates = readItems(
    member(incident, 'incident_updates'),
    MAX_UPDATES
  ).map(readUpdate);

  // Statuspage lists updates newest first; we sort anyway, stably, so
  // the message below is the newest whatever order arrived.
  updates.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  const fields: CommonFields = {
    id: `statuspage:${context.pageId}:${id}`,
    services: affectedServices(incident, context),
    title: readString(member(incident, 'name'), {maxLength: MAX_NAME_LENGTH}),
    message: updates[0]?.message ?? null,
    url: readOptionalHttpsUrl(member(incident, 'shortlink'), MAX_URL_LENGTH),
    alternateMethods: [],
    updates,
    translations: {},
    override: false,
    updatedAt: readOptionalTime(member(incident, 'updated_at')),
  };
  return {status, fields};
}

function readUpdate(item: JsonValue): NoticeUpdate {
  const update = readObject(item);
  const at =
    readOptionalTime(member(update, 'display_at')) ??
    readTime(member(update, 'created_at'));

  return {
    at,
    status: readString(member(update, 'status'), {
      maxLength: MAX_WORD_LENGTH,
    }),
    message:
      readOptionalString(member(update, 'body'), {
        maxLength: MAX_BODY_LENGTH,
      }) ?? '',
    translations: {},
  };
}

/**
 * The services of the components an incident names, or, when it names
 * none we map, every service the page covers: an owner who opened an
 * incident without ticking a component still meant the page.
 */
function affectedServices(
  incident: JsonObject,
  context: NoticeContext
): string[] {
  const services = readOptionalItems(
    member(incident, 'components'),
    MAX_AFFECTED
  ).flatMap((item) => {
    const component = readObject(item);
    const id = readString(member(component, 'id'), {
      maxLength: MAX_ID_LENGTH,
    });
    const name = readString(member(component, 'name'), {
      maxLength: MAX_NAME_LENGTH,
    });
    const serviceId = context.lookup(id, name);
    return serviceId === null ? [] : [serviceId];
  });

  return services.length > 0
    ? [...new Set(services)]
    : [...context.coveredServices];
}
