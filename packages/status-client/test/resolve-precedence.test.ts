import {expect} from '@open-wc/testing';
import {resolveStatus, worstState} from '../src/resolve/resolve-status.js';
import {StatusNetworkError} from '../src/errors.js';
import type {ResolveInput, ServiceState, SourceNotice} from '../src/types.js';
import {
  HOUR,
  MINUTE,
  NOW,
  allActive,
  at,
  backend,
  component,
  feed,
  notice,
  serviceOf,
  stateOf,
  status,
  statuspage,
  window,
  windows,
} from './resolve-builders.js';

interface Row {
  rule: string;
  inputs: ResolveInput[];
  service?: string;
  state: ServiceState;
  decidedBy: string[];
}

function checkRows(rows: Row[]): void {
  for (const row of rows) {
    it(row.rule, () => {
      const snapshot = resolveStatus(row.inputs, {now: NOW});
      const service = serviceOf(snapshot, row.service ?? 'idme');

      expect(service.state).to.equal(row.state);
      expect(service.decidedBy).to.deep.equal(row.decidedBy);
    });
  }
}

const offline = new StatusNetworkError('https://api.va.gov/x', null);
const stale = {checkedAt: at(-10 * MINUTE)};

describe('resolveStatus: one source speaking about a service', () => {
  checkRows([
    {
      rule: 'PagerDuty "active" makes the service operational',
      inputs: [backend([status('idme', 'active')])],
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'PagerDuty "warning" makes the service degraded',
      inputs: [backend([status('idme', 'warning')])],
      state: 'degraded',
      decidedBy: ['backend'],
    },
    {
      rule: 'PagerDuty "critical" makes the service an outage',
      inputs: [backend([status('idme', 'critical')])],
      state: 'outage',
      decidedBy: ['backend'],
    },
    {
      rule: 'PagerDuty "maintenance" makes the service under maintenance',
      inputs: [backend([status('idme', 'maintenance')])],
      state: 'maintenance',
      decidedBy: ['backend'],
    },
    {
      rule: 'PagerDuty "disabled" leaves the service unknown',
      inputs: [backend([status('idme', 'disabled')])],
      state: 'unknown',
      decidedBy: ['backend'],
    },
    {
      rule: 'a PagerDuty word nobody knows leaves the service unknown',
      inputs: [backend([status('idme', 'ACTIVE ')])],
      state: 'unknown',
      decidedBy: ['backend'],
    },
    {
      rule: 'a service no source covers is unknown, decided by nobody',
      inputs: [backend([status('logingov', 'active')])],
      state: 'unknown',
      decidedBy: [],
    },
    {
      rule: 'a Statuspage component state counts like a status word',
      inputs: [statuspage([component('idme', 'degraded')])],
      state: 'degraded',
      decidedBy: ['statuspage'],
    },
    {
      rule: 'an active window makes its service under maintenance',
      inputs: [windows([window({id: '1'})])],
      state: 'maintenance',
      decidedBy: ['windows'],
    },
    {
      rule: 'an active outage notice makes its service an outage',
      inputs: [feed([notice({id: 'n1'})])],
      state: 'outage',
      decidedBy: ['feed'],
    },
    {
      rule: 'a notice feed alone never says a service is operational',
      inputs: [feed([notice({id: 'n1', kind: 'info'})])],
      state: 'unknown',
      decidedBy: [],
    },
  ]);
});

describe('resolveStatus: precedence between sources', () => {
  checkRows([
    {
      rule: 'a known problem beats operational',
      inputs: [
        backend([status('idme', 'active')]),
        statuspage([component('idme', 'degraded')]),
      ],
      state: 'degraded',
      decidedBy: ['statuspage'],
    },
    {
      rule: 'maintenance beats degraded',
      inputs: [
        backend([status('idme', 'warning')]),
        statuspage([component('idme', 'maintenance')]),
      ],
      state: 'maintenance',
      decidedBy: ['statuspage'],
    },
    {
      rule: 'outage beats maintenance',
      inputs: [
        backend([status('idme', 'critical')]),
        windows([window({id: '1'})]),
      ],
      state: 'outage',
      decidedBy: ['backend'],
    },
    {
      rule: 'a known problem beats another source not knowing',
      inputs: [
        backend([status('idme', 'warning')]),
        statuspage([component('idme', 'unknown')]),
      ],
      state: 'degraded',
      decidedBy: ['backend'],
    },
    {
      rule: 'one source not knowing beats another saying operational',
      inputs: [
        backend([status('idme', 'active')]),
        statuspage([component('idme', 'unknown')]),
      ],
      state: 'unknown',
      decidedBy: ['statuspage'],
    },
    {
      rule: 'operational needs every covering source to agree',
      inputs: [
        backend([status('idme', 'active')]),
        statuspage([component('idme', 'operational')]),
      ],
      state: 'operational',
      decidedBy: ['backend', 'statuspage'],
    },
    {
      rule: 'two sources with the same problem both decide it',
      inputs: [
        backend([status('idme', 'critical')]),
        feed([notice({id: 'n1', kind: 'outage'})]),
      ],
      state: 'outage',
      decidedBy: ['backend', 'feed'],
    },
    {
      rule: 'an active notice beats operational',
      inputs: [
        backend([status('idme', 'active')]),
        feed([notice({id: 'n1', kind: 'degraded'})]),
      ],
      state: 'degraded',
      decidedBy: ['feed'],
    },
    {
      rule: 'an info notice says nothing about the state',
      inputs: [
        backend([status('idme', 'active')]),
        feed([notice({id: 'n1', kind: 'info'})]),
      ],
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'an upcoming notice says nothing about now',
      inputs: [
        backend([status('idme', 'active')]),
        feed([notice({id: 'n1', startsAt: at(HOUR)})]),
      ],
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'an ended notice says nothing about now',
      inputs: [
        backend([status('idme', 'active')]),
        feed([notice({id: 'n1', startsAt: at(-2 * HOUR), endsAt: at(-HOUR)})]),
      ],
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'a notice with an unreadable start leaves its service unknown',
      inputs: [
        backend([status('idme', 'active')]),
        feed([notice({id: 'n1', startsAt: 'soon'})]),
      ],
      state: 'unknown',
      decidedBy: ['feed'],
    },
    {
      rule: 'a notice with an unreadable end leaves its service unknown',
      inputs: [
        backend([status('idme', 'active')]),
        feed([notice({id: 'n1', endsAt: '2026-02-30T00:00:00Z'})]),
      ],
      state: 'unknown',
      decidedBy: ['feed'],
    },
    {
      rule: 'a Statuspage state word nobody knows leaves the service unknown',
      inputs: [
        backend([status('idme', 'active')]),
        statuspage([component('idme', 'fine' as ServiceState)]),
      ],
      state: 'unknown',
      decidedBy: ['statuspage'],
    },
  ]);
});

describe('resolveStatus: failed and stale sources', () => {
  checkRows([
    {
      rule: 'a failed request keeps fresh data in charge',
      inputs: [backend([status('idme', 'active')], {error: offline})],
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'stale "active" is not operational any more',
      inputs: [backend([status('idme', 'active')], stale)],
      state: 'unknown',
      decidedBy: ['backend'],
    },
    {
      rule: 'stale "critical" still reports the outage',
      inputs: [backend([status('idme', 'critical')], stale)],
      state: 'outage',
      decidedBy: ['backend'],
    },
    {
      rule: 'a stale Statuspage makes the services it covers unknown',
      inputs: [
        backend([status('idme', 'active')]),
        statuspage([], {...stale, covered: ['idme']}),
      ],
      state: 'unknown',
      decidedBy: ['statuspage'],
    },
    {
      rule: 'a stale window source still shows its active window',
      inputs: [
        backend([status('idme', 'active')]),
        windows([window({id: '1'})], stale),
      ],
      state: 'maintenance',
      decidedBy: ['windows'],
    },
    {
      rule: 'vets-api that never answered leaves every service unknown',
      inputs: [backend([], {noData: true, error: offline})],
      state: 'unknown',
      decidedBy: ['backend'],
    },
    {
      rule: 'a provider page alone cannot call a service fine before vets-api',
      inputs: [
        backend([], {noData: true, error: offline}),
        statuspage([component('idme', 'operational')]),
      ],
      state: 'unknown',
      decidedBy: ['backend'],
    },
    {
      rule: 'a source that never answered and covers nothing says nothing',
      inputs: [
        backend([status('idme', 'active')]),
        feed([], {noData: true, error: offline}),
      ],
      state: 'operational',
      decidedBy: ['backend'],
    },
  ]);

  it('never shows a service operational when every source failed', () => {
    const snapshot = resolveStatus(
      [
        backend([], {noData: true, error: offline}),
        windows([], {noData: true, error: offline}),
        statuspage([], {noData: true, error: offline}),
        feed([], {noData: true, error: offline}),
      ],
      {now: NOW}
    );

    const states = snapshot.services.map((service) => service.state);
    expect(states).to.not.include('operational');
    expect(new Set(states)).to.deep.equal(new Set(['unknown']));
  });

  it('never shows a service operational when the only data is stale', () => {
    const snapshot = resolveStatus([allActive({...stale, error: offline})], {
      now: NOW,
    });

    const states = snapshot.services.map((service) => service.state);
    expect(states).to.not.include('operational');
  });
});

describe('resolveStatus: manual overrides', () => {
  const override = (
    id: string,
    kind: 'outage' | 'degraded' | 'maintenance' | 'operational',
    fields: Partial<SourceNotice> = {}
  ) => notice({id, kind, override: true, ...fields});

  checkRows([
    {
      rule: 'a manual outage override beats PagerDuty "active"',
      inputs: [
        backend([status('idme', 'active')]),
        feed([override('o1', 'outage')]),
      ],
      state: 'outage',
      decidedBy: ['feed'],
    },
    {
      rule: 'a manual degraded override beats a worse PagerDuty word',
      inputs: [
        backend([status('idme', 'critical')]),
        feed([override('o1', 'degraded')]),
      ],
      state: 'degraded',
      decidedBy: ['feed'],
    },
    {
      rule: 'a manual all-clear clears a stuck PagerDuty warning',
      inputs: [
        backend([status('idme', 'warning')]),
        feed([override('o1', 'operational')]),
      ],
      state: 'operational',
      decidedBy: ['feed'],
    },
    {
      rule: 'a manual all-clear stands even where no source covers',
      inputs: [feed([override('o1', 'operational')])],
      state: 'operational',
      decidedBy: ['feed'],
    },
    {
      rule: 'an all-clear from a stale feed is ignored',
      inputs: [
        backend([status('idme', 'warning')]),
        feed([override('o1', 'operational')], stale),
      ],
      state: 'degraded',
      decidedBy: ['backend'],
    },
    {
      rule: 'an outage override from a stale feed still stands',
      inputs: [
        backend([status('idme', 'active')]),
        feed([override('o1', 'outage')], stale),
      ],
      state: 'outage',
      decidedBy: ['feed'],
    },
    {
      rule: 'the most recently updated override wins',
      inputs: [
        backend([status('idme', 'warning')]),
        feed([
          override('o1', 'outage', {updatedAt: at(-10 * MINUTE)}),
          override('o2', 'operational', {updatedAt: at(-5 * MINUTE)}),
        ]),
      ],
      state: 'operational',
      decidedBy: ['feed'],
    },
    {
      rule: 'an override without updatedAt dates from its start',
      inputs: [
        backend([status('idme', 'active')]),
        feed([
          override('o1', 'operational', {updatedAt: at(-3 * HOUR)}),
          override('o2', 'outage', {startsAt: at(-2 * HOUR)}),
        ]),
      ],
      state: 'outage',
      decidedBy: ['feed'],
    },
    {
      rule: 'overrides updated at the same moment fall to the worse state',
      inputs: [
        backend([status('idme', 'active')]),
        feed([
          override('o2', 'operational', {updatedAt: at(-MINUTE)}),
          override('o1', 'maintenance', {updatedAt: at(-MINUTE)}),
        ]),
      ],
      state: 'maintenance',
      decidedBy: ['feed'],
    },
    {
      rule: 'an upcoming override does not apply yet',
      inputs: [
        backend([status('idme', 'warning')]),
        feed([override('o1', 'operational', {startsAt: at(MINUTE)})]),
      ],
      state: 'degraded',
      decidedBy: ['backend'],
    },
    {
      rule: 'an override from a monitor notice is only a notice',
      inputs: [
        backend([status('idme', 'critical')]),
        feed([override('o1', 'operational', {origin: 'monitor'})]),
      ],
      state: 'outage',
      decidedBy: ['backend'],
    },
    {
      rule: 'a manual all-clear without override changes nothing',
      inputs: [
        backend([status('idme', 'critical')]),
        feed([notice({id: 'n1', kind: 'operational'})]),
      ],
      state: 'outage',
      decidedBy: ['backend'],
    },
    {
      rule: 'a newer all-clear on a service beats an older global outage',
      inputs: [
        backend([status('idme', 'active')]),
        feed([
          override('o1', 'outage', {
            services: ['global'],
            updatedAt: at(-HOUR),
          }),
          override('o2', 'operational', {updatedAt: at(-MINUTE)}),
        ]),
      ],
      state: 'operational',
      decidedBy: ['feed'],
    },
  ]);

  it('applies a global outage override to every service', () => {
    const snapshot = resolveStatus(
      [allActive(), feed([override('o1', 'outage', {services: ['global']})])],
      {now: NOW}
    );

    for (const service of snapshot.services) {
      expect(service.state, service.id).to.equal('outage');
      expect(service.decidedBy, service.id).to.deep.equal(['feed']);
    }
  });

  it('clears only the site when a global all-clear is posted', () => {
    const snapshot = resolveStatus(
      [
        backend([status('idme', 'warning')]),
        feed([override('o1', 'operational', {services: ['global']})]),
      ],
      {now: NOW}
    );

    expect(stateOf(snapshot, 'global')).to.equal('operational');
    expect(stateOf(snapshot, 'idme')).to.equal('degraded');
  });
});

describe('resolveStatus: the global service', () => {
  checkRows([
    {
      rule: 'a fresh window source with no open window makes it operational',
      inputs: [backend([])],
      service: 'global',
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'it is unknown when no source carries windows',
      inputs: [statuspage([component('idme', 'operational')])],
      service: 'global',
      state: 'unknown',
      decidedBy: [],
    },
    {
      rule: 'it is unknown while a window source has never answered',
      inputs: [backend([]), windows([], {noData: true, error: offline})],
      service: 'global',
      state: 'unknown',
      decidedBy: ['windows'],
    },
    {
      rule: 'it is unknown while a window source is stale',
      inputs: [backend([]), windows([], stale)],
      service: 'global',
      state: 'unknown',
      decidedBy: ['windows'],
    },
    {
      rule: 'an upcoming global window leaves it operational',
      inputs: [
        backend([], {
          windows: [window({id: '1', serviceId: 'global', startsAt: at(HOUR)})],
        }),
      ],
      service: 'global',
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'a PagerDuty word on global counts for the site',
      inputs: [backend([status('global', 'critical')])],
      service: 'global',
      state: 'outage',
      decidedBy: ['backend'],
    },
    {
      rule: 'a PagerDuty word on global leaves other services alone',
      inputs: [
        backend([status('global', 'critical'), status('idme', 'active')]),
      ],
      service: 'idme',
      state: 'operational',
      decidedBy: ['backend'],
    },
    {
      rule: 'a global window with unreadable dates leaves the site unknown',
      inputs: [windows([window({id: '1', serviceId: 'global', endsAt: 'x'})])],
      service: 'global',
      state: 'unknown',
      decidedBy: ['windows'],
    },
  ]);

  it('puts every service under maintenance during a global window', () => {
    const snapshot = resolveStatus(
      [allActive(), windows([window({id: '9', serviceId: 'global'})])],
      {now: NOW}
    );

    for (const service of snapshot.services) {
      expect(service.state, service.id).to.equal('maintenance');
      expect(service.decidedBy, service.id).to.deep.equal(['windows']);
    }
  });

  it('puts every service in outage during a global outage notice', () => {
    const snapshot = resolveStatus(
      [allActive(), feed([notice({id: 'n1', services: ['global']})])],
      {now: NOW}
    );

    const states = new Set(snapshot.services.map((service) => service.state));
    expect(states).to.deep.equal(new Set(['outage']));
  });

  it('keeps a worse service state inside a global window', () => {
    const snapshot = resolveStatus(
      [
        backend([status('idme', 'critical'), status('logingov', 'active')]),
        windows([window({id: '9', serviceId: 'global'})]),
      ],
      {now: NOW}
    );

    expect(stateOf(snapshot, 'idme')).to.equal('outage');
    expect(stateOf(snapshot, 'logingov')).to.equal('maintenance');
  });
});

describe('worstState', () => {
  const rows: [ServiceState[], ServiceState][] = [
    [[], 'unknown'],
    [['operational'], 'operational'],
    [['operational', 'unknown'], 'unknown'],
    [['unknown', 'degraded'], 'degraded'],
    [['maintenance', 'degraded'], 'maintenance'],
    [['maintenance', 'outage', 'operational'], 'outage'],
  ];

  for (const [states, expected] of rows) {
    it(`picks ${expected} from [${states.join(', ')}]`, () => {
      expect(worstState(states)).to.equal(expected);
    });
  }
});
