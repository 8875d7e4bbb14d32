import {expect} from '@open-wc/testing';
import {resolveStatus} from '../src/resolve/resolve-status.js';
import {STALE_AFTER_MS} from '../src/defaults.js';
import {StatusHttpError} from '../src/errors.js';
import type {Freshness, ResolveInput} from '../src/types.js';
import {
  MINUTE,
  NOW,
  NOW_MS,
  allActive,
  at,
  backend,
  feed,
  statuspage,
  windows,
} from './resolve-builders.js';

describe('resolveStatus: how fresh one source is', () => {
  const rows: [string, ResolveInput, Freshness][] = [
    ['it never answered', backend([], {noData: true}), 'unknown'],
    ['it was checked just now', backend([]), 'fresh'],
    [
      'it was checked exactly the stale age ago',
      backend([], {checkedAt: at(-STALE_AFTER_MS)}),
      'fresh',
    ],
    [
      'it was checked a millisecond past the stale age',
      backend([], {checkedAt: at(-STALE_AFTER_MS - 1)}),
      'stale',
    ],
    ['its data has no check time', backend([], {checkedAt: null}), 'stale'],
    [
      'its check time is unreadable',
      backend([], {checkedAt: 'yesterday'}),
      'stale',
    ],
    [
      'its check time has no zone',
      backend([], {checkedAt: '2026-12-08T12:00:00'}),
      'stale',
    ],
    [
      'its latest request failed but its data is recent',
      backend([], {error: new StatusHttpError(503, 'https://api.va.gov/x')}),
      'fresh',
    ],
  ];

  for (const [when, input, freshness] of rows) {
    it(`is ${freshness} when ${when}`, () => {
      const snapshot = resolveStatus([input], {now: NOW});

      expect(snapshot.sources[0]?.freshness).to.equal(freshness);
      expect(snapshot.freshness).to.equal(freshness);
    });
  }

  it('uses a custom stale age', () => {
    const inputs = [backend([], {checkedAt: at(-2 * MINUTE)})];

    const strict = resolveStatus(inputs, {now: NOW, staleAfterMs: MINUTE});
    const loose = resolveStatus(inputs, {now: NOW, staleAfterMs: 3 * MINUTE});

    expect(strict.freshness).to.equal('stale');
    expect(loose.freshness).to.equal('fresh');
  });
});

describe('resolveStatus: how fresh the snapshot is', () => {
  const stale = {checkedAt: at(-10 * MINUTE)};
  const rows: [string, ResolveInput[], Freshness][] = [
    ['there are no sources', [], 'unknown'],
    ['every source is fresh', [backend([]), feed([])], 'fresh'],
    ['one source is stale', [backend([]), feed([], stale)], 'stale'],
    [
      'one source never answered',
      [backend([], stale), feed([], {noData: true})],
      'unknown',
    ],
  ];

  for (const [when, inputs, freshness] of rows) {
    it(`is ${freshness} when ${when}`, () => {
      expect(resolveStatus(inputs, {now: NOW}).freshness).to.equal(freshness);
    });
  }

  it('reports the oldest check among the sources with data', () => {
    const snapshot = resolveStatus(
      [
        backend([], {checkedAt: at(-MINUTE)}),
        windows([], {checkedAt: at(-3 * MINUTE)}),
        statuspage([], {noData: true}),
        feed([], {checkedAt: 'garbage'}),
      ],
      {now: NOW}
    );

    expect(snapshot.checkedAt).to.equal(at(-3 * MINUTE));
  });

  it('has no check time when no source has answered', () => {
    const snapshot = resolveStatus([backend([], {noData: true})], {now: NOW});

    expect(snapshot.checkedAt).to.equal(null);
  });

  it('reports every source with its error, in input order', () => {
    const error = new StatusHttpError(503, 'https://api.va.gov/x');
    const inputs = [
      allActive({error}),
      statuspage([], {noData: true, id: 'page'}),
    ];

    const snapshot = resolveStatus(inputs, {now: NOW});

    expect(snapshot.sources).to.deep.equal([
      {
        id: 'backend',
        kind: 'backend-statuses',
        url: null,
        freshness: 'fresh',
        checkedAt: NOW,
        error,
      },
      {
        id: 'page',
        kind: 'statuspage',
        url: null,
        freshness: 'unknown',
        checkedAt: null,
        error: null,
      },
    ]);
  });

  it('describes the instant it was given, whatever form it came in', () => {
    const inputs = [allActive()];

    const fromString = resolveStatus(inputs, {now: NOW});
    const fromNumber = resolveStatus(inputs, {now: NOW_MS});
    const fromDate = resolveStatus(inputs, {now: new Date(NOW_MS)});

    expect(fromString.at).to.equal(NOW);
    expect(fromNumber).to.deep.equal(fromString);
    expect(fromDate).to.deep.equal(fromString);
  });

  it('refuses a now that names no instant', () => {
    for (const now of ['tomorrow', Number.NaN, new Date('nope')]) {
      expect(() => resolveStatus([], {now}), String(now)).to.throw(
        RangeError,
        /options\.now/
      );
    }
  });

  it('refuses a negative span', () => {
    expect(() => resolveStatus([], {now: NOW, leadTimeMs: -1})).to.throw(
      RangeError,
      /leadTimeMs/
    );
  });
});
