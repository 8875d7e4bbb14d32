/**
 * Maintenance windows from every source that carries them, merged into one
 * notice per window. vets-api returns the same windows from
 * `/v0/backend_statuses` and `/v0/maintenance_windows`, so a host that
 * reads both must not see each window twice.
 */

import type {MaintenanceWindow, SourceNotice} from '../types.js';
import type {AssessedSource} from './freshness.js';
import {freshnessRank} from './freshness.js';
import {toInstant} from './instants.js';

/** A window as one notice, with every source that reported it. */
export interface CollectedWindow {
  notice: SourceNotice;
  startMs: number;
  endMs: number;
  /** Ids of the sources that reported it, first reporter first. */
  sources: string[];
  /** The source the notice is credited to in the snapshot. */
  source: string;
  /** Whether any reporting source is fresh. */
  fresh: boolean;
}

/** A window whose dates cannot be read: its service becomes unknown. */
export interface UndatableWindow {
  serviceId: string;
  source: string;
}

interface WindowDraft extends CollectedWindow {
  services: string[];
}

/**
 * Merges the windows of every source with data.
 *
 * - A window on service `''` (a PagerDuty service with no vets-api setting
 *   name) affects nothing we know and is dropped.
 * - Windows with the same id are one window; their services are joined.
 * - Windows with another id but the same service, start and end are the
 *   same window reported twice.
 * - Fresh sources are read first, so when two reports of one id disagree
 *   on the times, the fresher report stands and the older one is dropped.
 */
export function collectWindows(sources: readonly AssessedSource[]): {
  windows: CollectedWindow[];
  undatable: UndatableWindow[];
} {
  const byId = new Map<string, WindowDraft>();
  const bySlot = new Map<string, WindowDraft>();
  const undatable: UndatableWindow[] = [];

  for (const {input, freshness} of freshestFirst(sources)) {
    const data = input.data;
    if (
      data?.kind !== 'backend-statuses' &&
      data?.kind !== 'maintenance-windows'
    ) {
      continue;
    }

    const sourceId = input.source.id;
    const fresh = freshness === 'fresh';

    for (const window of data.windows) {
      if (window.serviceId === '') {
        continue;
      }

      const startMs = toInstant(window.startsAt);
      const endMs = toInstant(window.endsAt);
      if (startMs === null || endMs === null) {
        undatable.push({serviceId: window.serviceId, source: sourceId});
        continue;
      }

      const slot = `${window.serviceId}|${startMs}|${endMs}`;
      const key =
        window.id === '' ? `${window.serviceId}@${window.startsAt}` : window.id;
      const known = bySlot.get(slot) ?? byId.get(key);

      if (known === undefined) {
        const draft: WindowDraft = {
          notice: windowNotice(key, window),
          services: [window.serviceId],
          startMs,
          endMs,
          sources: [sourceId],
          source: sourceId,
          fresh,
        };
        byId.set(key, draft);
        bySlot.set(slot, draft);
        continue;
      }

      if (known.startMs !== startMs || known.endMs !== endMs) {
        continue;
      }

      if (!known.services.includes(window.serviceId)) {
        known.services.push(window.serviceId);
      }
      if (!known.sources.includes(sourceId)) {
        known.sources.push(sourceId);
      }
      known.fresh ||= fresh;
      known.notice.message ??= window.description || null;
      bySlot.set(slot, known);
    }
  }

  const windows = [...byId.values()].map((draft) => ({
    notice: {...draft.notice, services: draft.services},
    startMs: draft.startMs,
    endMs: draft.endMs,
    sources: draft.sources,
    source: draft.source,
    fresh: draft.fresh,
  }));

  return {windows, undatable};
}

function windowNotice(key: string, window: MaintenanceWindow): SourceNotice {
  return {
    id: `window:${key}`,
    origin: 'scheduled',
    kind: 'maintenance',
    services: [],
    startsAt: window.startsAt,
    endsAt: window.endsAt,
    title: null,
    message: window.description || null,
    url: null,
    alternateMethods: [],
    updates: [],
    translations: {},
    override: false,
    updatedAt: null,
  };
}

/** Sources ordered fresh, stale, unknown; input order within each. */
function freshestFirst(
  sources: readonly AssessedSource[]
): readonly AssessedSource[] {
  return [...sources].sort(
    (a, b) => freshnessRank(a.freshness) - freshnessRank(b.freshness)
  );
}
