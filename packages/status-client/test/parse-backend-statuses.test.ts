import {expect} from '@open-wc/testing';
import {
  pagerDutyState,
  parseBackendStatuses,
} from '../src/parse/backend-statuses.js';
import {editable, loadFixture, parseErrorOf} from './parse-fixtures.js';

type Row = Record<string, unknown>;

interface Envelope {
  data: {
    type: string;
    attributes: Row & {statuses: Row[]; maintenance_windows?: Row[]};
  };
}

/** What vets-api sends when the caller asks for camelCase keys. */
function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(camelCaseKeys);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
        camelCaseKeys(item),
      ])
    );
  }
  return value;
}

describe('parseBackendStatuses', () => {
  let snake: unknown;

  before(async () => {
    snake = await loadFixture('backend-statuses-snake.json');
  });

  it('reads every PagerDuty service with its word kept verbatim', () => {
    const data = parseBackendStatuses(snake);

    expect(data.kind).to.equal('backend-statuses');
    expect(data.reportedAt).to.equal('2026-12-08T15:04:05.000Z');
    expect(data.statuses).to.have.length(12);
    expect(data.statuses[2]).to.deep.equal({
      serviceId: 'idme',
      name: 'ID.me',
      status: 'warning',
      lastIncidentAt: '2026-12-08T14:51:22.000Z',
    });
    expect(data.statuses.map((status) => status.status)).to.deep.equal([
      'active',
      'disabled',
      'warning',
      'active',
      'critical',
      'active',
      'maintenance',
      'active',
      'active',
      'active',
      'warning',
      'active',
    ]);
  });

  it('keeps a service PagerDuty has no setting name for', () => {
    const argonaut = parseBackendStatuses(snake).statuses.find(
      (status) => status.name === 'Argonaut'
    );

    expect(argonaut?.serviceId).to.equal('');
    expect(argonaut?.lastIncidentAt).to.equal(null);
  });

  it('reads maintenance windows with string ids, also on no service', () => {
    expect(parseBackendStatuses(snake).windows).to.deep.equal([
      {
        id: '716',
        serviceId: 'idme',
        startsAt: '2026-12-09T09:00:00.000Z',
        endsAt: '2026-12-09T10:00:00.000Z',
        description: 'ID.me will be unavailable while it upgrades its systems.',
      },
      {
        id: '717',
        serviceId: '',
        startsAt: '2026-12-10T04:00:00.000Z',
        endsAt: '2026-12-10T06:00:00.000Z',
        description: '',
      },
    ]);
  });

  it('reads the camelCase response the browser receives', async () => {
    const data = parseBackendStatuses(
      await loadFixture('backend-statuses-camel.json')
    );

    expect(data.reportedAt).to.equal('2025-02-06T16:30:00.000Z');
    expect(data.statuses.map((status) => status.serviceId)).to.deep.equal([
      'dslogon',
      'idme',
      'logingov',
      'mvi',
      'mhv',
      'ssoe',
      'ssoe_oauth',
    ]);
    expect(data.statuses[5]?.lastIncidentAt).to.equal(null);
    expect(data.windows).to.deep.equal([
      {
        id: '1106',
        serviceId: 'idme',
        startsAt: '2025-02-05T20:00:00.000Z',
        endsAt: '2025-02-07T00:00:00.000Z',
        description: '',
      },
    ]);
  });

  it('reads both casings of the same response the same way', () => {
    expect(parseBackendStatuses(camelCaseKeys(snake))).to.deep.equal(
      parseBackendStatuses(snake)
    );
  });

  it('reads the older serializer type and a window on global', async () => {
    const data = parseBackendStatuses(
      await loadFixture('backend-statuses-global-window.json')
    );

    expect(data.windows).to.have.length(1);
    expect(data.windows[0]?.serviceId).to.equal('global');
    expect(data.windows[0]?.description).to.equal(
      'VA.gov is down for scheduled maintenance. You can still call us.'
    );
  });

  it('keeps unknown status words, which then mean unknown', async () => {
    const data = parseBackendStatuses(
      await loadFixture('backend-statuses-unknown-word.json')
    );
    const states = data.statuses.map((status) => [
      status.status,
      pagerDutyState(status.status),
    ]);

    expect(states).to.deep.equal([
      ['paused', 'unknown'],
      ['Active', 'unknown'],
      ['', 'unknown'],
      ['active', 'operational'],
    ]);
  });

  it('reads a response without maintenance_windows as having none', () => {
    const payload = editable<Envelope>(snake);
    delete payload.data.attributes.maintenance_windows;

    expect(parseBackendStatuses(payload).windows).to.deep.equal([]);
  });

  it('accepts start and end, as vets-api’s test schema names them', () => {
    const payload = editable<Envelope>(snake);
    const window = payload.data.attributes.maintenance_windows![0]!;
    window.start = window.start_time;
    window.end = window.end_time;
    delete window.start_time;
    delete window.end_time;

    expect(parseBackendStatuses(payload).windows[0]?.endsAt).to.equal(
      '2026-12-09T10:00:00.000Z'
    );
  });

  it('refuses a field spelled two ways at once', () => {
    const payload = editable<Envelope>(snake);
    payload.data.attributes.statuses[0]!.serviceId = 'logingov';

    const error = parseErrorOf(() => parseBackendStatuses(payload));
    expect(error.path).to.equal('$.data.attributes.statuses[0].serviceId');
    expect(error.expected).to.equal('only one of service_id, serviceId');
  });

  it('names the path and the expectation of a wrong status type', () => {
    const payload = editable<Envelope>(snake);
    payload.data.attributes.statuses[3]!.status = 1;

    const error = parseErrorOf(() => parseBackendStatuses(payload));
    expect(error.path).to.equal('$.data.attributes.statuses[3].status');
    expect(error.message).to.equal(
      'Invalid status data at $.data.attributes.statuses[3].status: ' +
        'expected a string of at most 100 characters'
    );
    expect(error.type).to.equal('parse');
  });

  it('refuses the old single-service resource type', () => {
    const payload = editable<Envelope>(snake);
    payload.data.type = 'backend_status';

    expect(parseErrorOf(() => parseBackendStatuses(payload)).path).to.equal(
      '$.data.type'
    );
  });

  it('refuses times without offset or on days that do not exist', () => {
    for (const time of ['2026-12-08T14:51:22', '2026-02-30T00:00:00Z']) {
      const payload = editable<Envelope>(snake);
      payload.data.attributes.statuses[2]!.last_incident_timestamp = time;

      expect(parseErrorOf(() => parseBackendStatuses(payload)).path).to.equal(
        '$.data.attributes.statuses[2].last_incident_timestamp'
      );
    }
  });

  it('refuses a window that ends when or before it starts', () => {
    for (const end of ['2026-12-09T09:00:00.000Z', '2026-12-09T08:00:00Z']) {
      const payload = editable<Envelope>(snake);
      payload.data.attributes.maintenance_windows![0]!.end_time = end;

      expect(parseErrorOf(() => parseBackendStatuses(payload)).path).to.equal(
        '$.data.attributes.maintenance_windows[0].end_time'
      );
    }
  });

  it('refuses payloads that are not the envelope', () => {
    const cases: [unknown, string][] = [
      [null, '$'],
      ['{"data":{}}', '$'],
      [[], '$'],
      [{}, '$.data'],
      [{data: []}, '$.data'],
      [{data: {type: 'backend_statuses'}}, '$.data.attributes'],
      [
        {data: {type: 'backend_statuses', attributes: {statuses: {}}}},
        '$.data.attributes.statuses',
      ],
    ];

    for (const [payload, path] of cases) {
      expect(parseErrorOf(() => parseBackendStatuses(payload)).path).to.equal(
        path
      );
    }
  });

  it('reads only own fields, never ones a prototype supplies', () => {
    const inherited = Object.create(snake as object) as unknown;

    expect(parseErrorOf(() => parseBackendStatuses(inherited)).path).to.equal(
      '$.data'
    );
  });

  it('treats a __proto__ key as an ordinary unknown key', () => {
    const payload = JSON.parse(
      '{"data":{"type":"backend_statuses","__proto__":{"attributes":{}},' +
        '"attributes":{"statuses":[{"service":"ID.me","service_id":"idme",' +
        '"status":"active","__proto__":{"status":"critical"}}]}}}'
    ) as unknown;

    expect(parseBackendStatuses(payload).statuses[0]?.status).to.equal(
      'active'
    );
  });
});

describe('pagerDutyState', () => {
  it('maps the five PagerDuty words', () => {
    expect(
      ['active', 'warning', 'critical', 'maintenance', 'disabled'].map(
        pagerDutyState
      )
    ).to.deep.equal([
      'operational',
      'degraded',
      'outage',
      'maintenance',
      'unknown',
    ]);
  });

  it('never reads a near miss of active as operational', () => {
    for (const word of ['Active', 'ACTIVE', ' active', 'active\n', 'ok', '']) {
      expect(pagerDutyState(word), JSON.stringify(word)).to.equal('unknown');
    }
  });
});
