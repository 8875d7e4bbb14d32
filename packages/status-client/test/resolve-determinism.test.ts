import {expect} from '@open-wc/testing';
import {resolveStatus} from '../src/resolve/resolve-status.js';
import {extendCatalogue} from '../src/catalogue.js';
import type {
  NoticeKind,
  ResolveInput,
  ServiceState,
  SourceNotice,
} from '../src/types.js';
import {
  DAY,
  HOUR,
  NOW,
  allActive,
  at,
  backend,
  component,
  feed,
  notice,
  status,
  statuspage,
  window,
  windows,
} from './resolve-builders.js';

/** A busy moment: every kind of source, with overlapping news. */
function busyInputs(): ResolveInput[] {
  return [
    backend([status('idme', 'warning'), status('mvi', 'critical')], {
      windows: [window({id: '1', serviceId: 'global', startsAt: at(HOUR)})],
    }),
    windows([
      window({id: '1', serviceId: 'global', startsAt: at(HOUR)}),
      window({id: '2', serviceId: 'logingov'}),
    ]),
    statuspage([component('idme', 'outage')], {
      notices: [notice({id: 'inc', startsAt: at(-HOUR)})],
    }),
    feed([
      notice({id: 'b', startsAt: at(2 * HOUR), kind: 'info'}),
      notice({id: 'a', startsAt: at(2 * HOUR), kind: 'maintenance'}),
      notice({id: 'old', startsAt: at(-9 * DAY), endsAt: at(-8 * DAY)}),
    ]),
  ];
}

describe('resolveStatus: determinism', () => {
  it('gives a deep-equal snapshot for the same inputs and now', () => {
    const first = resolveStatus(busyInputs(), {now: NOW});
    const second = resolveStatus(busyInputs(), {now: NOW});

    expect(second).to.deep.equal(first);
  });

  it('orders notices and states the same whatever the input order', () => {
    const forward = resolveStatus(busyInputs(), {now: NOW});
    const reversed = resolveStatus([...busyInputs()].reverse(), {now: NOW});

    expect(reversed.notices.map((entry) => entry.id)).to.deep.equal(
      forward.notices.map((entry) => entry.id)
    );
    expect(reversed.history).to.deep.equal(forward.history);
    expect(reversed.services.map((service) => service.state)).to.deep.equal(
      forward.services.map((service) => service.state)
    );
  });

  it('does not change its inputs', () => {
    const inputs = busyInputs();
    const copy = structuredClone(inputs);

    resolveStatus(inputs, {now: NOW});

    expect(inputs).to.deep.equal(copy);
  });

  it('reports the services of a host catalogue, in its order', () => {
    const catalogue = extendCatalogue([{id: 'vaos', label: 'Appointments'}]);

    const snapshot = resolveStatus(
      [backend([status('vaos', 'critical'), status('idme', 'active')])],
      {now: NOW, catalogue: [...catalogue].reverse()}
    );

    expect(snapshot.services[0]).to.deep.equal({
      id: 'vaos',
      label: 'Appointments',
      state: 'outage',
      retired: false,
      decidedBy: ['backend'],
    });
    expect(snapshot.services.map((service) => service.id)).to.deep.equal(
      [...catalogue].reverse().map((service) => service.id)
    );
  });
});

describe('resolveStatus: hostile data', () => {
  const badTimes = [
    '',
    'now',
    '2026-02-30T00:00:00Z',
    '2026-12-08T25:00:00Z',
    '2026-12-08T12:00:00',
    '2026-12-08',
    '+275760-09-13T00:00:00.000Z',
  ];

  it('never throws and never shows operational on unreadable data', () => {
    const inputs: ResolveInput[] = badTimes.map((time, index) => ({
      source: {id: `s${index}`, kind: 'notices', url: null},
      data: {
        kind: 'notices',
        version: 1,
        updatedAt: time,
        notices: [
          notice({
            id: `n${index}`,
            services: ['idme', 'global', ''],
            startsAt: time,
            endsAt: time,
            kind: 'weird' as NoticeKind,
          }),
          notice({id: `o${index}`, override: true, kind: 'operational'}),
        ],
        uptime: [],
      },
      checkedAt: time,
      error: null,
    }));

    const snapshot = resolveStatus(
      [
        ...inputs,
        backend([status('logingov', 'ok'), status('', 'active')], {
          checkedAt: 'not a time',
          windows: badTimes.map((time, index) =>
            window({id: `w${index}`, serviceId: 'mvi', startsAt: time})
          ),
        }),
        statuspage([component('ssoe', '' as ServiceState)]),
      ],
      {now: NOW}
    );

    const states = snapshot.services.map((service) => service.state);
    expect(states).to.not.include('operational');
    expect(snapshot.freshness).to.equal('stale');
  });

  it('keeps hostile text as data, untouched', () => {
    const hostile = notice({
      id: '<img src=x onerror=alert(1)>',
      title: '<script>alert(1)</script>',
      message: '\u202eevil',
    } satisfies Partial<SourceNotice> & {id: string});

    const snapshot = resolveStatus([feed([hostile])], {now: NOW});

    expect(snapshot.notices[0]).to.include({
      id: hostile.id,
      title: hostile.title,
      message: hostile.message,
    });
  });

  // Speed is measured by `npm run bench`, never asserted here.
  it('puts every service of a large estate under an active global window', () => {
    const services = Array.from({length: 7000}, (_, index) => `svc${index}`);
    const catalogue = extendCatalogue(services.map((id) => ({id})));
    const windowList = Array.from({length: 5000}, (_, index) =>
      window({
        id: `w${index}`,
        serviceId: index % 10 === 0 ? 'global' : `svc${index}`,
        startsAt: at((index % 48) * HOUR - DAY),
        endsAt: at((index % 48) * HOUR),
      })
    );
    const inputs = [
      backend(
        services.map((id, index) =>
          status(id, index % 7 === 0 ? 'warning' : 'active')
        ),
        {windows: windowList}
      ),
      windows(windowList),
      allActive(),
    ];

    const snapshot = resolveStatus(inputs, {now: NOW, catalogue});

    expect(snapshot.services).to.have.length(catalogue.length);
    const states = new Set(snapshot.services.map((service) => service.state));
    expect([...states]).to.deep.equal(['maintenance']);
  });
});
