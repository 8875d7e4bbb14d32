import {expect} from '@open-wc/testing';
import {
  pagerDutyState,
  parseBackendStatuses,
} from '../src/parse/backend-statuses.js';
import {parseMaintenanceWindows} from '../src/parse/maintenance-windows.js';
import {NOTICE_FEED_RULES as RULES} from '../src/parse/notice-feed-rules.js';
import {parseNoticeFeed} from '../src/parse/notice-feed.js';
import {parseSource} from '../src/parse/parse-source.js';
import {parseStatuspageSummary} from '../src/parse/statuspage.js';
import type {StatuspageMapping} from '../src/parse/statuspage.js';
import type {
  BackendStatusesData,
  MaintenanceWindow,
  NoticeFeedData,
  SourceKind,
  SourceNotice,
  StatuspageData,
} from '../src/types.js';
import {
  STATUSPAGE_CAPTURES,
  loadCapture,
  loadFixture,
  loadNoticeFeedSchema,
} from './parse-fixtures.js';
import {
  Random,
  ensure,
  ensureUtc,
  fuzz,
  isPureJson,
  own,
} from './parse-fuzzing.js';
import type {Json} from './parse-fuzzing.js';
import {schemaAccepts} from './parse-schema-check.js';

const PAGE_MAPPING: StatuspageMapping = {
  page: 'logingov',
  components: {
    kq1w7x3n9d2p: 'logingov',
    'Identity verification': 'logingov_idv',
    'Account creation': 'logingov_accounts',
    m2zjc5hgkmx1: 'library_site',
    Databases: 'databases',
    constructor: 'not_a_prototype',
  },
};

// ---------------------------------------------------------------------------
// A generator of notice feeds: mostly valid choices, some wrong ones, so
// that the rules meet each other in every combination.
// ---------------------------------------------------------------------------

const TIMES = [
  '2026-12-08T09:40:00-05:00',
  '2026-12-08T14:40:00Z',
  '2026-12-08T15:00:00.000Z',
  '2026-12-13T01:00:00-05:00',
];

function choose(random: Random, valid: unknown[], invalid: unknown[]) {
  return random.chance(0.9) || invalid.length === 0
    ? random.pick(valid)
    : random.pick(invalid);
}

function maybe(random: Random, notice: Json, key: string, value: unknown) {
  if (random.chance(0.4)) {
    notice[key] = value;
  }
}

function randomUpdates(random: Random): Json[] {
  return Array.from({length: random.below(4)}, () => {
    const update: Json = {
      at: random.pick(TIMES),
      status: choose(random, ['investigating', 'identified'], ['Fixed', '']),
      message: choose(random, ['Looking into it.', ''], ['bell\u0007']),
    };
    maybe(
      random,
      update,
      'translations',
      choose(
        random,
        [{}, {es: {message: 'Lo estamos revisando.'}}],
        [{es: {}}, {'es-US': {message: ''}}, null]
      )
    );
    return update;
  });
}

/** Spanish and Filipino text, and the slips a translator could make. */
function randomTranslations(random: Random): unknown {
  const text = {title: 'Falla en el inicio de sesión', message: ''};
  return choose(
    random,
    [{}, {es: text}, {es: text, fil: {title: 'Abiso', message: 'Tumawag.'}}],
    [
      {ES: text},
      {es: {message: 'Sin título'}},
      {es: {title: 'a\nb', message: ''}},
      {es: 'Falla'},
      [],
    ]
  );
}

function randomNotice(random: Random, index: number): Json {
  const notice: Json = {
    id: choose(random, [`notice-${index}`], ['notice-0', '', 'a b']),
    origin: choose(random, [...RULES.origins], ['pagerduty', null]),
    kind: choose(random, [...RULES.kinds], ['Outage']),
    services: choose(
      random,
      [['idme'], ['logingov', 'mvi']],
      [[], ['ID.me'], ['idme', 'idme']]
    ),
    starts_at: choose(random, TIMES, ['2026-12-08T14:40:00']),
    ends_at: choose(random, [null, ...TIMES], [undefined, '2026-02-30']),
    title: choose(random, ['Sign-in is down'], ['', ' ', 'a\nb']),
    message: choose(random, ['Call us.', ''], ['x'.repeat(4001)]),
  };
  maybe(random, notice, 'override', choose(random, [true, false], [null]));
  maybe(
    random,
    notice,
    'status_page_url',
    choose(random, ['https://status.id.me/'], ['javascript:alert(1)'])
  );
  maybe(
    random,
    notice,
    'alternate_methods',
    choose(random, [['myva411']], [['MyVA411']])
  );
  maybe(random, notice, 'updated_at', random.pick(TIMES));
  maybe(random, notice, 'updates', randomUpdates(random));
  maybe(random, notice, 'translations', randomTranslations(random));
  return notice;
}

function randomFeed(random: Random): Json {
  return {
    version: 1,
    updated_at: '2026-12-08T15:20:00Z',
    notices: Array.from({length: random.below(4)}, (_, index) =>
      randomNotice(random, index)
    ),
  };
}

// ---------------------------------------------------------------------------
// Invariants of parsed results.
// ---------------------------------------------------------------------------

function ensureAfter(end: string, start: string): void {
  ensure(Date.parse(end) > Date.parse(start), `${end} after ${start}`);
}

function ensureWindow(window: MaintenanceWindow): void {
  ensureUtc(window.startsAt);
  ensureUtc(window.endsAt);
  ensureAfter(window.endsAt, window.startsAt);
  ensure(typeof window.id === 'string' && window.id !== '', 'window id');
}

function ensureNoticeShape(notice: SourceNotice): void {
  ensureUtc(notice.startsAt);
  ensureUtc(notice.endsAt);
  ensureUtc(notice.updatedAt);
  if (notice.endsAt !== null) {
    ensureAfter(notice.endsAt, notice.startsAt);
  }
  ensure(
    notice.url === null || /^https:\/\/[^\s]+$/.test(notice.url),
    `https link ${notice.url}`
  );
  notice.updates.forEach((update, index) => {
    ensureUtc(update.at);
    const previous = notice.updates[index - 1];
    ensure(
      !previous || Date.parse(update.at) <= Date.parse(previous.at),
      'updates newest first'
    );
  });
}

function checkBackendStatuses(data: BackendStatusesData, payload: unknown) {
  const attributes = own(own(payload, 'data'), 'attributes');
  const raw = own(attributes, 'statuses') as unknown[];

  data.statuses.forEach((status, index) => {
    const word = own(raw[index], 'status');
    ensure(word === status.status, 'status word kept verbatim');
    ensure(
      word === 'active' || pagerDutyState(status.status) !== 'operational',
      `${String(word)} read as operational`
    );
    ensureUtc(status.lastIncidentAt);
  });
  ensureUtc(data.reportedAt);
  data.windows.forEach(ensureWindow);
}

function checkStatuspage(data: StatuspageData, payload: unknown) {
  const components = own(payload, 'components') as unknown[];
  for (const component of data.components) {
    const raw = components.filter(
      (candidate) => own(candidate, 'id') === component.componentId
    );
    ensure(raw.length > 0, 'component comes from the payload');
    ensure(
      component.state !== 'operational' ||
        raw.every((item) => own(item, 'status') === 'operational'),
      `${component.componentId} read as operational`
    );
  }

  // No open incident goes missing.
  const incidents = own(payload, 'incidents') as unknown[];
  const open = incidents.filter(
    (incident) =>
      !['resolved', 'postmortem'].includes(own(incident, 'status') as string)
  );
  const manual = data.notices.filter((notice) => notice.origin === 'manual');
  ensure(manual.length === open.length, 'every open incident kept');
  data.notices.forEach(ensureNoticeShape);
}

function checkNoticeFeed(data: NoticeFeedData) {
  const ids = data.notices.map((notice) => notice.id);
  ensure(new Set(ids).size === ids.length, 'unique ids');

  for (const notice of data.notices) {
    ensure(notice.id.startsWith('feed:'), 'feed: prefix');
    ensure(
      (notice.kind !== 'operational' && !notice.override) ||
        notice.origin === 'manual',
      'only manual notices override'
    );
    ensure(
      notice.kind !== 'operational' || notice.override,
      'an all-clear is an override'
    );
    ensure(notice.services.length > 0, 'some service');
    ensure(
      notice.services.every((id) => /^[a-z0-9_]+$/.test(id)),
      'service ids'
    );
    const title = [...(notice.title ?? '')].length;
    ensure(title > 0 && title <= RULES.maxLength.title, 'title length');
    ensureTranslations(notice);
    ensureNoticeShape(notice);
  }
  ensure(
    data.uptime.every((record) => record.ratio >= 0 && record.ratio <= 1),
    'uptime ratio'
  );
}

/** Every translation is keyed by a language and holds a visible title. */
function ensureTranslations(notice: SourceNotice): void {
  const language = /^[a-z]{2,3}$/;
  for (const [key, text] of Object.entries(notice.translations)) {
    ensure(language.test(key), `language key ${key}`);
    ensure(text.title.trim() !== '', 'translated title');
    ensure(typeof text.message === 'string', 'translated message');
  }
  for (const update of notice.updates) {
    ensure(
      Object.keys(update.translations).every((key) => language.test(key)),
      'update language keys'
    );
  }
}

describe('parser fuzzing', () => {
  it('backend statuses: bad input never reads as operational', async () => {
    const seeds = await Promise.all(
      [
        'backend-statuses-snake.json',
        'backend-statuses-camel.json',
        'backend-statuses-global-window.json',
        'backend-statuses-unknown-word.json',
      ].map(loadFixture)
    );

    const tally = fuzz({
      seed: 0x5eed0001,
      seeds,
      parse: parseBackendStatuses,
      check: checkBackendStatuses,
    });
    expect(tally.parsed, 'some payloads still parse').to.be.above(500);
  });

  it('maintenance windows: every window is a real span of time', async () => {
    const seeds = await Promise.all(
      [
        'maintenance-windows-jsonapi.json',
        'maintenance-windows-jsonapi-camel.json',
        'maintenance-windows-global.json',
      ].map(loadFixture)
    );

    const tally = fuzz({
      seed: 0x5eed0002,
      seeds,
      parse: parseMaintenanceWindows,
      check: (data) => data.windows.forEach(ensureWindow),
    });
    expect(tally.parsed).to.be.above(500);
  });

  it('statuspage: no component is operational unless it says so', async () => {
    const seeds = [
      await loadFixture('statuspage-summary.json'),
      ...(await Promise.all(STATUSPAGE_CAPTURES.map(loadCapture))),
    ];

    const tally = fuzz({
      seed: 0x5eed0003,
      seeds,
      parse: (payload) => parseStatuspageSummary(payload, PAGE_MAPPING),
      check: checkStatuspage,
    });
    expect(tally.parsed).to.be.above(500);
  });

  it('notice feed: every notice keeps the feed’s rules', async () => {
    const schema = (await loadNoticeFeedSchema()) as Json;

    const tally = fuzz({
      seed: 0x5eed0004,
      seeds: [await loadFixture('notice-feed.json')],
      generate: randomFeed,
      parse: parseNoticeFeed,
      check: (data, payload) => {
        ensure(
          !isPureJson(payload) || schemaAccepts(schema, payload),
          'the schema accepts what the parser accepts'
        );
        checkNoticeFeed(data);
      },
    });
    expect(tally.parsed).to.be.above(500);
  });

  it('parseSource: any kind and payload gives data or an error', async () => {
    const kinds: SourceKind[] = [
      'backend-statuses',
      'maintenance-windows',
      'statuspage',
      'notices',
    ];
    const seeds = await Promise.all(
      [
        'backend-statuses-snake.json',
        'maintenance-windows-global.json',
        'statuspage-summary.json',
        'notice-feed.json',
      ].map(loadFixture)
    );
    const random = new Random(0x5eed0005);

    const tally = fuzz({
      seed: 0x5eed0005,
      seeds,
      parse: (payload) => parseSource(random.pick(kinds), payload),
      check: (data) => ensure(kinds.includes(data.kind), 'a known kind'),
    });
    expect(tally.parsed).to.be.above(100);
  });
});
