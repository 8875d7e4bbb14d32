import {expect} from '@open-wc/testing';
import {
  NOTICE_FEED_VERSION,
  parseNoticeFeed,
} from '../src/parse/notice-feed.js';
import {editable, loadFixture, parseErrorOf} from './parse-fixtures.js';

type Row = Record<string, unknown>;

interface Feed extends Row {
  notices: (Row & {updates?: Row[]})[];
  uptime: Row[];
}

describe('parseNoticeFeed', () => {
  let feed: unknown;

  before(async () => {
    feed = await loadFixture('notice-feed.json');
  });

  /** The example feed with one notice changed. */
  function withNotice(index: number, change: (notice: Row) => void): Feed {
    const payload = editable<Feed>(feed);
    change(payload.notices[index]!);
    return payload;
  }

  function errorPath(payload: unknown): string {
    return parseErrorOf(() => parseNoticeFeed(payload)).path;
  }

  it('reads the example feed in full', () => {
    const data = parseNoticeFeed(feed);

    expect(NOTICE_FEED_VERSION).to.equal(1);
    expect(data).to.include({
      kind: 'notices',
      version: 1,
      updatedAt: '2026-12-08T15:20:00.000Z',
    });
    expect(data.notices[0]).to.deep.equal({
      id: 'feed:2026-12-08-idme-outage',
      origin: 'manual',
      kind: 'outage',
      services: ['idme'],
      startsAt: '2026-12-08T14:40:00.000Z',
      endsAt: null,
      title: 'ID.me sign-in is down',
      message:
        "You can't sign in with ID.me right now.\nTry Login.gov, or call us.",
      url: 'https://status.id.me/',
      alternateMethods: ['myva411', 'benefits-hotline'],
      updates: [
        {
          at: '2026-12-08T15:05:00.000Z',
          status: 'identified',
          message: 'ID.me found the cause and is fixing it.',
          translations: {
            es: {message: 'ID.me encontró la causa y la está corrigiendo.'},
          },
        },
        {
          at: '2026-12-08T14:45:00.000Z',
          status: 'investigating',
          message: "We're looking into reports that ID.me sign-in fails.",
          translations: {},
        },
      ],
      translations: {
        es: {
          title: 'El inicio de sesión con ID.me no funciona',
          message:
            'En este momento no puede iniciar sesión con ID.me.\n' +
            'Use Login.gov o llámenos.',
        },
      },
      override: false,
      updatedAt: '2026-12-08T15:05:00.000Z',
    });
    expect(data.uptime).to.deep.equal([
      {serviceId: 'idme', day: '2026-12-07', ratio: 1},
      {serviceId: 'idme', day: '2026-12-08', ratio: 0.7639},
      {serviceId: 'logingov', day: '2026-12-07', ratio: 0.9993},
      {serviceId: 'logingov', day: '2026-12-08', ratio: 1},
    ]);
  });

  it('fills in the optional fields a notice leaves out', () => {
    expect(parseNoticeFeed(feed).notices[1]).to.deep.equal({
      id: 'feed:2026-12-13-logingov-maintenance',
      origin: 'scheduled',
      kind: 'maintenance',
      services: ['logingov'],
      startsAt: '2026-12-13T06:00:00.000Z',
      endsAt: '2026-12-13T09:00:00.000Z',
      title: 'Login.gov maintenance',
      message: "You can't sign in with Login.gov during this time.",
      url: null,
      alternateMethods: [],
      updates: [],
      translations: {},
      override: false,
      updatedAt: null,
    });
  });

  it('accepts an all-clear only as a manual override', () => {
    const allClear = parseNoticeFeed(feed).notices[3];
    expect(allClear).to.include({
      kind: 'operational',
      origin: 'manual',
      override: true,
    });

    expect(errorPath(withNotice(3, (n) => delete n.override))).to.equal(
      '$.notices[3].kind'
    );
    expect(errorPath(withNotice(3, (n) => (n.origin = 'monitor')))).to.equal(
      '$.notices[3].override'
    );
  });

  it('lets no monitor or schedule override what monitors say', () => {
    expect(errorPath(withNotice(2, (n) => (n.override = true)))).to.equal(
      '$.notices[2].override'
    );
  });

  it('reads a feed without uptime as having none', () => {
    const payload = editable<Feed>(feed);
    delete (payload as Partial<Feed>).uptime;

    expect(parseNoticeFeed(payload).uptime).to.deep.equal([]);
  });

  it('reads only version 1', () => {
    for (const version of [2, '1', 0, null, undefined, 1.0000001]) {
      const payload = editable<Feed>(feed);
      payload.version = version;

      const error = parseErrorOf(() => parseNoticeFeed(payload));
      expect(error.path).to.equal('$.version');
      expect(error.expected).to.equal('the number 1');
    }
  });

  it('ignores keys it does not know, at every level', () => {
    const payload = editable<Feed>(feed);
    payload.generator = 'identity-team-cli 3.2';
    payload.notices[0]!.severity = 'sev1';
    payload.notices[0]!.updates![0]!.author = 'on-call';
    (payload.notices[0]!.translations as Record<string, Row>).es!.reviewer =
      'traductor';
    payload.uptime[0]!.source = 'datadog';

    expect(parseNoticeFeed(payload)).to.deep.equal(parseNoticeFeed(feed));
  });

  it('refuses null for an optional key, which must be valid or absent', () => {
    for (const key of [
      'status_page_url',
      'alternate_methods',
      'override',
      'updated_at',
      'updates',
      'translations',
    ]) {
      expect(errorPath(withNotice(0, (n) => (n[key] = null)))).to.equal(
        `$.notices[0].${key}`
      );
    }
  });

  it('refuses two notices with one id', () => {
    const payload = editable<Feed>(feed);
    payload.notices[2]!.id = payload.notices[0]!.id;

    expect(errorPath(payload)).to.equal('$.notices[2].id');
  });

  it('keeps text verbatim, markup included, for elements to escape', () => {
    const title = '<img src=x onerror=alert(1)> & "quotes"';
    const data = parseNoticeFeed(withNotice(1, (n) => (n.title = title)));

    expect(data.notices[1]?.title).to.equal(title);
  });

  it('holds titles to one visible line of at most 200 characters', () => {
    const accepted = ['x'.repeat(200), '😀'.repeat(200), 'Café sign-in'];
    const refused = [
      'x'.repeat(201),
      '',
      '   ',
      'Line one\nline two',
      'Tab\there',
      'Bell\u0007',
      'Spoof \u202Eelif.exe',
      7,
      null,
    ];

    for (const title of accepted) {
      expect(
        parseNoticeFeed(withNotice(0, (n) => (n.title = title))).notices[0]
          ?.title
      ).to.equal(title);
    }
    for (const title of refused) {
      expect(
        errorPath(withNotice(0, (n) => (n.title = title))),
        JSON.stringify(title)
      ).to.equal('$.notices[0].title');
    }
  });

  it('holds messages to 4,000 characters, line breaks allowed', () => {
    const long = withNotice(0, (n) => (n.message = 'm'.repeat(4000)));
    expect(parseNoticeFeed(long).notices[0]?.message).to.have.length(4000);

    for (const message of ['m'.repeat(4001), 'nul\u0000', 'del\u007F']) {
      expect(errorPath(withNotice(0, (n) => (n.message = message)))).to.equal(
        '$.notices[0].message'
      );
    }
  });

  it('holds each translation to the rules of the text it translates', () => {
    const cases: [unknown, string][] = [
      [[], '$.notices[0].translations'],
      [{es: 'Texto'}, '$.notices[0].translations.es'],
      [{es: {message: 'Sin título'}}, '$.notices[0].translations.es.title'],
      [{es: {title: 'Sin mensaje'}}, '$.notices[0].translations.es.message'],
      [{es: {title: ' ', message: ''}}, '$.notices[0].translations.es.title'],
      [
        {es: {title: 'Uno\ndos', message: ''}},
        '$.notices[0].translations.es.title',
      ],
      [
        {es: {title: 'x'.repeat(201), message: ''}},
        '$.notices[0].translations.es.title',
      ],
      [
        {es: {title: 'Aviso', message: 'm'.repeat(4001)}},
        '$.notices[0].translations.es.message',
      ],
      [
        {es: {title: 'Aviso', message: 'Falso \u202Egnp.exe'}},
        '$.notices[0].translations.es.message',
      ],
    ];

    for (const [translations, path] of cases) {
      expect(
        errorPath(withNotice(0, (n) => (n.translations = translations))),
        JSON.stringify(translations)
      ).to.equal(path);
    }
  });

  it('keys translations by primary language subtag only', () => {
    const text = {title: 'Aviso', message: ''};
    for (const key of ['ES', 'es-US', 'e', 'espa', '', '__proto__']) {
      const translations = JSON.parse(
        `{${JSON.stringify(key)}: ${JSON.stringify(text)}}`
      ) as unknown;
      const error = parseErrorOf(() =>
        parseNoticeFeed(withNotice(0, (n) => (n.translations = translations)))
      );

      expect(error.path, key).to.equal('$.notices[0].translations');
      expect(error.expected).to.equal('language keys matching ^[a-z]{2,3}$');
    }

    const fil = withNotice(0, (n) => (n.translations = {fil: text}));
    expect(parseNoticeFeed(fil).notices[0]?.translations).to.deep.equal({
      fil: text,
    });
  });

  it('takes translations into at most 10 languages', () => {
    const text = {title: 'Aviso', message: ''};
    const languages = (count: number) =>
      Object.fromEntries(
        Array.from({length: count}, (_, index) => [
          `l${String.fromCharCode(97 + index)}`,
          text,
        ])
      );

    const ten = withNotice(0, (n) => (n.translations = languages(10)));
    expect(
      Object.keys(parseNoticeFeed(ten).notices[0]!.translations)
    ).to.have.length(10);

    const error = parseErrorOf(() =>
      parseNoticeFeed(withNotice(0, (n) => (n.translations = languages(11))))
    );
    expect(error.path).to.equal('$.notices[0].translations');
    expect(error.expected).to.equal('an object of at most 10 languages');
  });

  it('holds an update’s translation to the rules of its message', () => {
    const cases: [unknown, string][] = [
      [null, '$.notices[0].updates[1].translations'],
      [{es: {}}, '$.notices[0].updates[1].translations.es.message'],
      [{es: {message: 7}}, '$.notices[0].updates[1].translations.es.message'],
      [{ES: {message: 'Hola'}}, '$.notices[0].updates[1].translations'],
    ];

    for (const [translations, path] of cases) {
      const payload = withNotice(0, (n) => {
        (n.updates as Row[])[1]!.translations = translations;
      });
      expect(errorPath(payload), JSON.stringify(translations)).to.equal(path);
    }
  });

  it('accepts only absolute https status page links', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'http://status.id.me/',
      'http://localhost:8000/status',
      'https://user:secret@status.id.me/',
      '/status',
      'https:/status.id.me',
      'https://status.id.me/ page',
      ' https://status.id.me/',
      'https://' + 'a'.repeat(2000),
    ]) {
      expect(
        errorPath(withNotice(0, (n) => (n.status_page_url = url))),
        url
      ).to.equal('$.notices[0].status_page_url');
    }
  });

  it('holds service ids to lower case, digits and underscores', () => {
    for (const services of [['IDme'], ['id-me'], [''], [], ['idme', 'idme']]) {
      const path = errorPath(withNotice(0, (n) => (n.services = services)));
      expect(path, JSON.stringify(services)).to.match(
        /^\$\.notices\[0\]\.services/
      );
    }
  });

  it('refuses an end at or before the start, and a missing end', () => {
    const cases: [unknown, string][] = [
      ['2026-12-13T01:00:00-05:00', '$.notices[1].ends_at'],
      ['2026-12-13T00:59:59-05:00', '$.notices[1].ends_at'],
      [undefined, '$.notices[1].ends_at'],
    ];

    for (const [end, path] of cases) {
      expect(errorPath(withNotice(1, (n) => (n.ends_at = end)))).to.equal(path);
    }
  });

  it('refuses updates that are not newest first', () => {
    const payload = withNotice(0, (n) => {
      (n.updates as Row[]).reverse();
    });

    const error = parseErrorOf(() => parseNoticeFeed(payload));
    expect(error.path).to.equal('$.notices[0].updates[1].at');
    expect(error.expected).to.equal('updates sorted newest first');
  });

  it('refuses uptime that is not a share of a real day', () => {
    const cases: [Row, string][] = [
      [{service: 'idme', day: '2026-12-09', ratio: 1.01}, 'ratio'],
      [{service: 'idme', day: '2026-12-09', ratio: -0.1}, 'ratio'],
      [{service: 'idme', day: '2026-12-09', ratio: '1'}, 'ratio'],
      [{service: 'idme', day: '2026-02-30', ratio: 1}, 'day'],
      [{service: 'ID.me', day: '2026-12-09', ratio: 1}, 'service'],
    ];

    for (const [record, field] of cases) {
      const payload = editable<Feed>(feed);
      payload.uptime.push(record);
      expect(errorPath(payload)).to.equal(`$.uptime[4].${field}`);
    }
  });

  it('refuses two uptime records for one service and day', () => {
    const payload = editable<Feed>(feed);
    payload.uptime.push({service: 'idme', day: '2026-12-07', ratio: 0.5});

    expect(errorPath(payload)).to.equal('$.uptime[4]');
  });

  it('names the path of a wrong origin or kind', () => {
    expect(errorPath(withNotice(0, (n) => (n.origin = 'pagerduty')))).to.equal(
      '$.notices[0].origin'
    );
    expect(errorPath(withNotice(0, (n) => (n.kind = 'Outage')))).to.equal(
      '$.notices[0].kind'
    );
  });
});
