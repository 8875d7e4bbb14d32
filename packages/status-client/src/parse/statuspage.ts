/**
 * An Atlassian Statuspage `summary.json` (public API v2), read for the
 * services it speaks for. A page is hand-updated by its owner, so its
 * components and incidents are a person's statement; we read both, and
 * never the page's `status.indicator`, which rolls up component states
 * only and says "All Systems Operational" during a critical incident
 * whose owner left the components green.
 */

import type {
  ServiceState,
  StatuspageComponentState,
  StatuspageData,
} from '../types.js';
import {
  guardParse,
  member,
  readItems,
  readObject,
  readString,
  rootValue,
} from './json-reader.js';
import type {JsonValue} from './json-reader.js';
import {readOptionalTime} from './iso-time.js';
import {readOptionalHttpsUrl} from './https-url.js';
import {
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
  MAX_WORD_LENGTH,
  readStatuspageNotices,
} from './statuspage-notices.js';
import type {ServiceLookup} from './statuspage-notices.js';

/** How a page and its components map onto our service ids. */
export interface StatuspageMapping {
  /**
   * The service the whole page speaks for: `logingov` for
   * status.login.gov. Every component not named in `components`, and every
   * incident that names no mapped component, speaks for it.
   */
  page?: string;
  /** Component id, or exact component name, to our service id. */
  components?: Record<string, string>;
}

const MAX_COMPONENTS = 1000;

interface Component {
  id: string;
  name: string;
  status: string;
}

/**
 * What a component status word means. Partial outage is `degraded`, not
 * `outage`: some requests get through. Words Statuspage may add later are
 * `unknown` until we know them.
 */
export function statuspageComponentState(word: string): ServiceState {
  switch (word) {
    case 'operational':
      return 'operational';
    case 'degraded_performance':
    case 'partial_outage':
      return 'degraded';
    case 'major_outage':
      return 'outage';
    case 'under_maintenance':
      return 'maintenance';
    default:
      return 'unknown';
  }
}

/**
 * Reads a `summary.json` and keeps what `mapping` points at: the states
 * of mapped components, and every unresolved incident and not-completed
 * maintenance as a notice.
 */
export function parseStatuspageSummary(
  json: unknown,
  options: StatuspageMapping
): StatuspageData {
  return guardParse(() => {
    const summary = readObject(rootValue(json));
    const page = readObject(member(summary, 'page'));
    const pageId = readString(member(page, 'id'), {
      maxLength: MAX_ID_LENGTH,
      allowEmpty: false,
    });
    const pageName = readString(member(page, 'name'), {
      maxLength: MAX_NAME_LENGTH,
    });
    const pageUrl = readOptionalHttpsUrl(member(page, 'url'), MAX_URL_LENGTH);
    const updatedAt = readOptionalTime(member(page, 'updated_at'));

    const lookup = serviceLookup(options);
    const components = readItems(member(summary, 'components'), MAX_COMPONENTS)
      .map(readComponent)
      .flatMap((component) => mapComponent(component, lookup));
    const coveredServices = servicesCovered(options);

    const notices = readStatuspageNotices(summary, {
      pageId,
      lookup,
      coveredServices,
    });

    return {
      kind: 'statuspage',
      pageName,
      pageUrl,
      updatedAt,
      components,
      coveredServices,
      notices,
    };
  });
}

function readComponent(item: JsonValue): Component {
  const component = readObject(item);

  return {
    id: readString(member(component, 'id'), {
      maxLength: MAX_ID_LENGTH,
      allowEmpty: false,
    }),
    name: readString(member(component, 'name'), {
      maxLength: MAX_NAME_LENGTH,
    }),
    status: readString(member(component, 'status'), {
      maxLength: MAX_WORD_LENGTH,
    }),
  };
}

function mapComponent(
  component: Component,
  lookup: ServiceLookup
): StatuspageComponentState[] {
  const serviceId = lookup(component.id, component.name);
  if (serviceId === null) {
    return [];
  }

  return [
    {
      componentId: component.id,
      name: component.name,
      serviceId,
      state: statuspageComponentState(component.status),
    },
  ];
}

/**
 * Finds our service id for a component, by id first, then by name, then
 * the page's own service. Only the mapping's own keys count, so a
 * component named `constructor` does not find `Object`.
 */
function serviceLookup(mapping: StatuspageMapping): ServiceLookup {
  const table = mapping.components ?? {};
  const pageService = mapping.page ? mapping.page : null;

  return (id, name) => {
    for (const key of [id, name]) {
      const serviceId = Object.hasOwn(table, key) ? table[key] : undefined;
      if (typeof serviceId === 'string' && serviceId !== '') {
        return serviceId;
      }
    }
    return pageService;
  };
}

/**
 * The page's own service first, then every component target, each once.
 * A mapped component the page does not list today still counts: the page
 * still speaks for that service, it just says nothing about it right now.
 */
function servicesCovered(mapping: StatuspageMapping): string[] {
  const targets = [mapping.page, ...Object.values(mapping.components ?? {})];
  const covered = targets.filter(
    (target): target is string => typeof target === 'string' && target !== ''
  );
  return [...new Set(covered)];
}
