import {expect} from '@open-wc/testing';
import {parseStatuspageSummary} from '../src/parse/statuspage.js';
import type {StatuspageMapping} from '../src/parse/statuspage.js';
import type {SourceNotice} from '../src/types.js';
import {
  STATUSPAGE_CAPTURES,
  editable,
  loadCapture,
  loadFixture,
  parseErrorOf,
} from './parse-fixtures.js';
import type {StatuspageCapture} from './parse-fixtures.js';

type Row = Record<string, unknown>;

interface Summary {
  page: Row;
  components: Row[];
  incidents: (Row & {incident_updates: Row[]; components: Row[]})[];
  scheduled_maintenances: Row[];
  status: Row;
}

const LOGIN_GOV: StatuspageMapping = {
  page: 'logingov',
  components: {
    kq1w7x3n9d2p: 'logingov',
    'Identity verification': 'logingov_idv',
    'Account creation': 'logingov_accounts',
  },
};

function noticeById(notices: SourceNotice[], id: string): SourceNotice {
  const notice = notices.find((candidate) => candidate.id === id);
  expect(notice, id).to.not.equal(undefined);
  return notice!;
}

describe('parseStatuspageSummary', () => {
  let summary: unknown;

  before(async () => {
    summary = await loadFixture('statuspage-summary.json');
  });

  it('reads mapped components, and the rest for the page service', () => {
    const data = parseStatuspageSummary(summary, LOGIN_GOV);

    expect(data).to.include({
      kind: 'statuspage',
      pageName: 'Login.gov',
      pageUrl: 'https://status.login.gov',
      updatedAt: '2026-12-08T15:05:12.430Z',
    });
    expect(data.components).to.deep.equal([
      {
        componentId: 'kq1w7x3n9d2p',
        name: 'Sign-in',
        serviceId: 'logingov',
        state: 'degraded',
      },
      {
        componentId: 'r5t8y2u4i6o0',
        name: 'Identity verification',
        serviceId: 'logingov_idv',
        state: 'outage',
      },
      {
        componentId: 'z3x5c7v9b1n2',
        name: 'Account creation',
        serviceId: 'logingov_accounts',
        state: 'maintenance',
      },
      {
        componentId: 'a1s2d3f4g5h6',
        name: 'Partner dashboard',
        serviceId: 'logingov',
        state: 'degraded',
      },
      {
        componentId: 'p0o9i8u7y6t5',
        name: 'Help center',
        serviceId: 'logingov',
        state: 'operational',
      },
    ]);
  });

  it('reads only mapped components when no page service is named', () => {
    const {page: _page, ...componentsOnly} = LOGIN_GOV;
    const data = parseStatuspageSummary(summary, componentsOnly);

    expect(data.components.map((c) => c.componentId)).to.deep.equal([
      'kq1w7x3n9d2p',
      'r5t8y2u4i6o0',
      'z3x5c7v9b1n2',
    ]);
  });

  it('reads a partial outage as degraded and unknown words as unknown', () => {
    const payload = editable<Summary>(summary);
    payload.components[4]!.status = 'being_fixed';
    const data = parseStatuspageSummary(payload, {
      components: {'Partner dashboard': 'partners', 'Help center': 'help'},
    });

    expect(data.components.map((c) => [c.serviceId, c.state])).to.deep.equal([
      ['partners', 'degraded'],
      ['help', 'unknown'],
    ]);
  });

  it('covers the page service and every mapped service', () => {
    expect(
      parseStatuspageSummary(summary, LOGIN_GOV).coveredServices
    ).to.deep.equal(['logingov', 'logingov_idv', 'logingov_accounts']);
  });

  it('turns open incidents and maintenances into notices', () => {
    const {notices} = parseStatuspageSummary(summary, LOGIN_GOV);

    expect(notices.map((notice) => [notice.id, notice.kind])).to.deep.equal([
      ['statuspage:8hj3kx2mlq9w:f2k9d8s7a6q1', 'outage'],
      ['statuspage:8hj3kx2mlq9w:m4n5b6v7c8x9', 'degraded'],
      ['statuspage:8hj3kx2mlq9w:t1y2u3i4o5p6', 'info'],
      ['statuspage:8hj3kx2mlq9w:w1e2r3t4y5u6', 'maintenance'],
      ['statuspage:8hj3kx2mlq9w:q9w8e7r6t5y4', 'maintenance'],
    ]);
  });

  it('states an incident in UTC with its newest update first', () => {
    const {notices} = parseStatuspageSummary(summary, LOGIN_GOV);

    expect(
      noticeById(notices, 'statuspage:8hj3kx2mlq9w:f2k9d8s7a6q1')
    ).to.deep.equal({
      id: 'statuspage:8hj3kx2mlq9w:f2k9d8s7a6q1',
      origin: 'manual',
      kind: 'outage',
      services: ['logingov_idv'],
      startsAt: '2026-12-08T14:40:00.000Z',
      endsAt: null,
      title: 'Identity verification is unavailable',
      message:
        'We found the cause: a failed certificate renewal at our ' +
        'document-check vendor. A fix is being deployed.',
      url: 'https://stspg.io/k2p9x7wq4r1d',
      alternateMethods: [],
      updates: [
        {
          at: '2026-12-08T15:05:12.402Z',
          status: 'identified',
          message:
            'We found the cause: a failed certificate renewal at our ' +
            'document-check vendor. A fix is being deployed.',
          translations: {},
        },
        {
          at: '2026-12-08T14:41:03.160Z',
          status: 'investigating',
          message:
            'People cannot verify their identity right now.\n\n' +
            'Signing in to an account that is already verified still works.',
          translations: {},
        },
      ],
      translations: {},
      override: false,
      updatedAt: '2026-12-08T15:05:12.430Z',
    });
  });

  it('shows a critical incident under monitoring as degraded', () => {
    const notice = noticeById(
      parseStatuspageSummary(summary, LOGIN_GOV).notices,
      'statuspage:8hj3kx2mlq9w:m4n5b6v7c8x9'
    );

    expect(notice.kind).to.equal('degraded');
    expect(notice.services).to.deep.equal(['logingov']);
  });

  it('applies an incident naming no mapped component to the whole page', () => {
    const notice = noticeById(
      parseStatuspageSummary(summary, LOGIN_GOV).notices,
      'statuspage:8hj3kx2mlq9w:t1y2u3i4o5p6'
    );

    expect(notice.services).to.deep.equal([
      'logingov',
      'logingov_idv',
      'logingov_accounts',
    ]);
  });

  it('gives maintenances their scheduled window in UTC', () => {
    const {notices} = parseStatuspageSummary(summary, LOGIN_GOV);
    const inProgress = noticeById(
      notices,
      'statuspage:8hj3kx2mlq9w:w1e2r3t4y5u6'
    );
    const upcoming = noticeById(
      notices,
      'statuspage:8hj3kx2mlq9w:q9w8e7r6t5y4'
    );

    expect(inProgress).to.include({
      origin: 'scheduled',
      startsAt: '2026-12-08T14:00:00.000Z',
      endsAt: '2026-12-08T17:00:00.000Z',
      message:
        'Scheduled maintenance is currently in progress. We will provide ' +
        'updates as necessary.',
    });
    expect(inProgress.services).to.deep.equal(['logingov_accounts']);
    expect(upcoming).to.include({
      startsAt: '2026-12-13T06:00:00.000Z',
      endsAt: '2026-12-13T09:00:00.000Z',
    });
    expect(upcoming.services).to.deep.equal(['logingov', 'logingov_idv']);
  });

  it('leaves out resolved incidents and completed maintenances', () => {
    const payload = editable<Summary>(summary);
    payload.incidents[0]!.status = 'resolved';
    payload.incidents[1]!.status = 'postmortem';
    payload.scheduled_maintenances[0]!.status = 'completed';

    const ids = parseStatuspageSummary(payload, LOGIN_GOV).notices.map(
      (notice) => notice.id
    );
    expect(ids).to.deep.equal([
      'statuspage:8hj3kx2mlq9w:t1y2u3i4o5p6',
      'statuspage:8hj3kx2mlq9w:q9w8e7r6t5y4',
    ]);
  });

  it('keeps an incident whose words it does not know, as degraded', () => {
    const payload = editable<Summary>(summary);
    payload.incidents[2]!.status = 'escalated';
    payload.incidents[2]!.impact = 'severe';

    const notice = parseStatuspageSummary(payload, LOGIN_GOV).notices[2];
    expect(notice?.kind).to.equal('degraded');
  });

  it('ignores the page indicator entirely', () => {
    const payload = editable<Summary>(summary);
    payload.status = {indicator: 'none', description: 'All fine'};
    const withIndicator = parseStatuspageSummary(summary, LOGIN_GOV);

    expect(parseStatuspageSummary(payload, LOGIN_GOV)).to.deep.equal(
      withIndicator
    );
  });

  it('maps nothing by inherited names such as constructor', () => {
    const payload = editable<Summary>(summary);
    payload.components[3]!.name = 'constructor';
    payload.components[4]!.name = 'toString';

    const data = parseStatuspageSummary(payload, {components: {}});
    expect(data.components).to.deep.equal([]);
    expect(data.coveredServices).to.deep.equal([]);
  });

  it('refuses links that are not absolute https URLs', () => {
    for (const link of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'http://stspg.io/k2p9x7wq4r1d',
      'https://user:pass@stspg.io/x',
      '//stspg.io/x',
      'https://stspg.io/x\nhttps://evil.example',
    ]) {
      const payload = editable<Summary>(summary);
      payload.incidents[0]!.shortlink = link;

      expect(
        parseErrorOf(() => parseStatuspageSummary(payload, LOGIN_GOV)).path,
        link
      ).to.equal('$.incidents[0].shortlink');
    }
  });

  it('refuses a summary without its incident or maintenance lists', () => {
    for (const key of ['incidents', 'scheduled_maintenances'] as const) {
      const payload = editable<Summary>(summary);
      delete (payload as Partial<Summary>)[key];

      expect(
        parseErrorOf(() => parseStatuspageSummary(payload, LOGIN_GOV)).path
      ).to.equal(`$.${key}`);
    }
  });

  it('names the update whose time is not a real time', () => {
    const payload = editable<Summary>(summary);
    payload.incidents[1]!.incident_updates[1]!.display_at =
      '2026-02-30T08:02:55.950-05:00';

    expect(
      parseErrorOf(() => parseStatuspageSummary(payload, LOGIN_GOV)).path
    ).to.equal('$.incidents[1].incident_updates[1].display_at');
  });

  it('refuses a maintenance that ends before it starts', () => {
    const payload = editable<Summary>(summary);
    payload.scheduled_maintenances[1]!.scheduled_until =
      '2026-12-13T00:00:00.000-05:00';

    expect(
      parseErrorOf(() => parseStatuspageSummary(payload, LOGIN_GOV)).path
    ).to.equal('$.scheduled_maintenances[1].scheduled_until');
  });
});

describe('parseStatuspageSummary on real captures', () => {
  const LIBRARY: StatuspageMapping = {
    page: 'library_page',
    components: {
      m2zjc5hgkmx1: 'library_site',
      'Library Catalog (Catalog Search, Course Reserves)': 'catalog',
    },
  };

  /** What each capture must yield: kind and update statuses per notice. */
  const EXPECTED: Record<StatuspageCapture, [string, string[]][]> = {
    'incident_critical_update-1_investigating.json': [
      ['outage', ['investigating']],
    ],
    'incident_critical_update-2_identified.json': [
      ['outage', ['identified', 'investigating']],
    ],
    'incident_minor_update-3_monitoring.json': [
      ['degraded', ['monitoring', 'identified', 'investigating']],
    ],
    'incident_none_update-1_investigating.json': [['info', ['investigating']]],
    'incident_none_update-3_monitoring.json': [
      ['info', ['monitoring', 'identified', 'investigating']],
    ],
    'incident_none_update-4_resolved.json': [],
    'maintenance_update-3_completed.json': [],
  };

  for (const capture of STATUSPAGE_CAPTURES) {
    it(`reads ${capture} as its incidents say`, async () => {
      const data = parseStatuspageSummary(await loadCapture(capture), LIBRARY);

      expect(data.pageName).to.equal('da70 test page');
      const states = data.components.map((c) => [c.serviceId, c.state]);
      expect(states).to.have.length(12);
      expect(states).to.deep.include.members([
        ['library_site', 'operational'],
        ['catalog', 'operational'],
        ['library_page', 'operational'],
      ]);
      expect(
        data.notices.map((notice) => [
          notice.kind,
          notice.updates.map((update) => update.status),
        ])
      ).to.deep.equal(EXPECTED[capture]);
      for (const notice of data.notices) {
        expect(notice.services).to.deep.equal(['library_site']);
        expect(notice.url).to.match(/^https:\/\/stspg\.io\//);
      }
    });
  }

  it('reports the critical incident a green indicator hides', async () => {
    const data = parseStatuspageSummary(
      await loadCapture('incident_critical_update-1_investigating.json'),
      LIBRARY
    );

    expect(data.notices[0]).to.include({
      id: 'statuspage:2xswh16by5jl:sk82ymspr1fd',
      kind: 'outage',
      startsAt: '2026-05-13T02:22:48.770Z',
      endsAt: null,
      title: 'Test incident: impact=critical',
    });
  });

  it('dates an update by display_at, even before created_at', async () => {
    const data = parseStatuspageSummary(
      await loadCapture('incident_none_update-3_monitoring.json'),
      LIBRARY
    );

    expect(data.notices[0]?.updates[0]).to.deep.equal({
      at: '2026-05-13T01:47:59.000Z',
      status: 'monitoring',
      message: 'Status updated to Monitoring.',
      translations: {},
    });
  });

  it('keeps update text verbatim, line breaks and typos included', async () => {
    const data = parseStatuspageSummary(
      await loadCapture('incident_minor_update-3_monitoring.json'),
      LIBRARY
    );

    expect(data.notices[0]?.updates[2]?.message).to.equal(
      'Test incident.\n\nImpact: Minor\n\nComponents afffected:\n' +
        '- Library.nyu.edu (NYU Libraries Website): Operational'
    );
  });
});
