/**
 * Hand-made snapshots for the decision table: every catalogue service
 * operational unless named, one fresh source that has answered.
 */

import type {
  ServiceState,
  StatusNotice,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {SIGN_IN_SERVICES, StatusHttpError} from '@va-auth-status/status-client';

export const NOW = '2026-12-07T20:00:00.000Z';

export function snapshot(
  states: Record<string, ServiceState> = {},
  notices: StatusNotice[] = [],
  sourceState: 'answered' | 'pending' | 'failed' = 'answered'
): StatusSnapshot {
  return {
    at: NOW,
    checkedAt: sourceState === 'answered' ? NOW : null,
    freshness: sourceState === 'answered' ? 'fresh' : 'unknown',
    services: SIGN_IN_SERVICES.map((service) => ({
      id: service.id,
      label: service.label,
      state: states[service.id] ?? 'operational',
      retired: service.retired,
      decidedBy: ['backend'],
    })),
    notices,
    history: [],
    uptime: [],
    sources: [
      {
        id: 'backend',
        kind: 'backend-statuses',
        url: '/v0/backend_statuses',
        freshness: sourceState === 'answered' ? 'fresh' : 'unknown',
        checkedAt: sourceState === 'answered' ? NOW : null,
        error:
          sourceState === 'failed'
            ? new StatusHttpError(500, '/v0/backend_statuses')
            : null,
      },
    ],
  };
}

export function notice(overrides: Partial<StatusNotice>): StatusNotice {
  return {
    id: 'window:1',
    origin: 'scheduled',
    kind: 'maintenance',
    services: ['idme'],
    startsAt: '2026-12-08T02:00:00.000Z',
    endsAt: '2026-12-08T04:00:00.000Z',
    title: null,
    message: null,
    url: null,
    alternateMethods: [],
    updates: [],
    translations: {},
    override: false,
    updatedAt: null,
    phase: 'upcoming',
    announced: true,
    source: 'backend',
    ...overrides,
  };
}
