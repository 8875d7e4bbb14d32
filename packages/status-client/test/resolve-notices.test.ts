import {expect} from '@open-wc/testing';
import {resolveStatus} from '../src/resolve/resolve-status.js';
import {
  DAY,
  HOUR,
  MINUTE,
  NOW,
  at,
  backend,
  feed,
  noticeIds,
  notice,
  serviceOf,
  stateOf,
  status,
  statuspage,
  window,
  windows,
} from './resolve-builders.js';

describe('resolveStatus: notices from PagerDuty', () => {
  it('turns a PagerDuty warning into an active monitor notice', () => {
    const snapshot = resolveStatus(
      [
        backend([status('idme', 'warning', at(-20 * MINUTE))], {
          reportedAt: at(-MINUTE),
        }),
      ],
      {now: NOW}
    );

    expect(snapshot.notices).to.deep.equal([
      {
        id: 'pagerduty:idme',
        origin: 'monitor',
        kind: 'degraded',
        services: ['idme'],
        startsAt: at(-20 * MINUTE),
        endsAt: null,
        title: null,
        message: null,
        url: null,
        alternateMethods: [],
        updates: [],
        translations: {},
        override: false,
        updatedAt: at(-MINUTE),
        phase: 'active',
        announced: true,
        source: 'backend',
      },
    ]);
  });

  const kinds: [string, string | null][] = [
    ['active', null],
    ['warning', 'degraded'],
    ['critical', 'outage'],
    ['maintenance', 'maintenance'],
    ['disabled', null],
    ['paused', null],
  ];
  for (const [word, kind] of kinds) {
    const outcome = kind === null ? 'no notice' : `a ${kind} notice`;
    it(`gives "${word}" ${outcome}`, () => {
      const snapshot = resolveStatus([backend([status('idme', word)])], {
        now: NOW,
      });

      expect(snapshot.notices.map((entry) => entry.kind)).to.deep.equal(
        kind === null ? [] : [kind]
      );
    });
  }

  const starts: [string, Parameters<typeof backend>, string][] = [
    [
      'the report time when there was no incident',
      [[status('idme', 'critical')], {reportedAt: at(-2 * MINUTE)}],
      at(-2 * MINUTE),
    ],
    [
      'the check time when vets-api gave no report time',
      [[status('idme', 'critical')], {checkedAt: at(-3 * MINUTE)}],
      at(-3 * MINUTE),
    ],
    [
      'now when the incident time is in the future',
      [[status('idme', 'critical', at(HOUR))], {}],
      NOW,
    ],
    [
      'the next readable time after an unreadable one',
      [[status('idme', 'critical', 'not a time')], {reportedAt: at(-MINUTE)}],
      at(-MINUTE),
    ],
  ];
  for (const [what, args, startsAt] of starts) {
    it(`starts the notice at ${what}`, () => {
      const snapshot = resolveStatus([backend(...args)], {now: NOW});

      expect(snapshot.notices[0]?.startsAt).to.equal(startsAt);
      expect(snapshot.notices[0]?.phase).to.equal('active');
    });
  }

  it('ignores PagerDuty services with no setting name', () => {
    const snapshot = resolveStatus([backend([status('', 'critical')])], {
      now: NOW,
    });

    expect(snapshot.notices).to.be.empty;
  });

  it('lets a window speak for PagerDuty maintenance on its service', () => {
    const snapshot = resolveStatus(
      [
        backend(
          [status('idme', 'maintenance'), status('logingov', 'maintenance')],
          {windows: [window({id: '5', serviceId: 'idme'})]}
        ),
      ],
      {now: NOW}
    );

    expect(noticeIds(snapshot.notices)).to.deep.equal([
      'window:5',
      'pagerduty:logingov',
    ]);
    expect(stateOf(snapshot, 'idme')).to.equal('maintenance');
  });

  it('keeps the notice of a stale PagerDuty report', () => {
    const snapshot = resolveStatus(
      [backend([status('idme', 'critical')], {checkedAt: at(-HOUR)})],
      {now: NOW}
    );

    expect(noticeIds(snapshot.notices)).to.deep.equal(['pagerduty:idme']);
  });
});

describe('resolveStatus: notices from maintenance windows', () => {
  it('turns a window into a scheduled maintenance notice', () => {
    const snapshot = resolveStatus(
      [
        windows([
          window({
            id: '716',
            serviceId: 'logingov',
            startsAt: at(2 * HOUR),
            endsAt: at(3 * HOUR),
            description: 'Login.gov upgrade',
          }),
        ]),
      ],
      {now: NOW}
    );

    expect(snapshot.notices).to.deep.equal([
      {
        id: 'window:716',
        origin: 'scheduled',
        kind: 'maintenance',
        services: ['logingov'],
        startsAt: at(2 * HOUR),
        endsAt: at(3 * HOUR),
        title: null,
        message: 'Login.gov upgrade',
        url: null,
        alternateMethods: [],
        updates: [],
        translations: {},
        override: false,
        updatedAt: null,
        phase: 'upcoming',
        announced: true,
        source: 'windows',
      },
    ]);
  });

  it('has no message when PagerDuty had no user message', () => {
    const snapshot = resolveStatus([windows([window({id: '1'})])], {
      now: NOW,
    });

    expect(snapshot.notices[0]?.message).to.equal(null);
  });

  it('drops a window on a service with no setting name', () => {
    const snapshot = resolveStatus(
      [windows([window({id: '1', serviceId: ''})])],
      {now: NOW}
    );

    expect(snapshot.notices).to.be.empty;
    expect(snapshot.services.map((service) => service.state)).to.not.include(
      'maintenance'
    );
  });

  it('shows a window once when two sources report it', () => {
    const shared = window({id: '716'});
    const snapshot = resolveStatus(
      [backend([], {windows: [shared]}), windows([shared])],
      {now: NOW}
    );

    expect(noticeIds(snapshot.notices)).to.deep.equal(['window:716']);
    expect(serviceOf(snapshot, 'idme').decidedBy).to.deep.equal([
      'backend',
      'windows',
    ]);
  });

  it('shows a window once when another source names it differently', () => {
    const snapshot = resolveStatus(
      [
        backend([], {windows: [window({id: '716'})]}),
        windows([window({id: 'PXYZ123:idme'})]),
      ],
      {now: NOW}
    );

    expect(noticeIds(snapshot.notices)).to.deep.equal(['window:716']);
  });

  it('joins the services of one window id', () => {
    const snapshot = resolveStatus(
      [
        windows([
          window({id: '7', serviceId: 'idme'}),
          window({id: '7', serviceId: 'logingov'}),
        ]),
      ],
      {now: NOW}
    );

    expect(snapshot.notices).to.have.length(1);
    expect(snapshot.notices[0]?.services).to.deep.equal(['idme', 'logingov']);
    expect(stateOf(snapshot, 'logingov')).to.equal('maintenance');
  });

  it('trusts the fresh report when two disagree about a window', () => {
    const snapshot = resolveStatus(
      [
        windows([window({id: '7', startsAt: at(-HOUR)})], {
          id: 'old',
          checkedAt: at(-HOUR),
        }),
        windows([window({id: '7', startsAt: at(HOUR)})], {id: 'new'}),
      ],
      {now: NOW}
    );

    expect(snapshot.notices).to.have.length(1);
    expect(snapshot.notices[0]).to.include({
      startsAt: at(HOUR),
      phase: 'upcoming',
      source: 'new',
    });
  });

  it('keeps the windows of a stale source', () => {
    const snapshot = resolveStatus(
      [windows([window({id: '1', startsAt: at(DAY)})], {checkedAt: at(-DAY)})],
      {now: NOW}
    );

    expect(noticeIds(snapshot.notices)).to.deep.equal(['window:1']);
  });
});

describe('resolveStatus: notices stated by Statuspage and the feed', () => {
  it('passes a notice through, translations included, placed in time', () => {
    const incident = notice({
      id: 'inc-1',
      title: 'ID.me sign-in errors',
      url: 'https://stspg.io/abc',
      updates: [
        {
          at: at(-MINUTE),
          status: 'investigating',
          message: 'On it',
          translations: {es: {message: 'Lo estamos revisando'}},
        },
      ],
      translations: {
        es: {title: 'Errores al iniciar sesión con ID.me', message: ''},
      },
    });

    const snapshot = resolveStatus(
      [statuspage([], {id: 'page', notices: [incident]})],
      {now: NOW}
    );

    expect(snapshot.notices).to.deep.equal([
      {...incident, phase: 'active', announced: true, source: 'page'},
    ]);
  });

  it('leaves out a notice it cannot place in time', () => {
    const snapshot = resolveStatus(
      [feed([notice({id: 'bad', startsAt: '2026-13-01T00:00:00Z'})])],
      {now: NOW}
    );

    expect(snapshot.notices).to.be.empty;
    expect(snapshot.history).to.be.empty;
  });

  it('passes uptime records through, even from stale data', () => {
    const uptime = [{serviceId: 'idme', day: '2026-12-07', ratio: 0.99}];

    const snapshot = resolveStatus(
      [feed([], {uptime, checkedAt: at(-DAY)}), feed([], {noData: true})],
      {now: NOW}
    );

    expect(snapshot.uptime).to.deep.equal(uptime);
  });
});
