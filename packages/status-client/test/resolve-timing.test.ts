import {expect} from '@open-wc/testing';
import {resolveStatus} from '../src/resolve/resolve-status.js';
import {HISTORY_MS, UPCOMING_LEAD_TIME_MS} from '../src/defaults.js';
import type {NoticePhase, StatusNotice, StatusSnapshot} from '../src/types.js';
import {
  DAY,
  HOUR,
  MINUTE,
  NOW,
  at,
  feed,
  noticeIds,
  notice,
  stateOf,
  window,
  windows,
} from './resolve-builders.js';

/** The one notice in a snapshot, wherever it was placed. */
function onlyNotice(snapshot: StatusSnapshot): StatusNotice | undefined {
  return [...snapshot.notices, ...snapshot.history][0];
}

interface TimingRow {
  when: string;
  startsAt: string;
  endsAt: string | null;
  phase: NoticePhase | 'dropped';
  announced: boolean;
}

const LEAD = UPCOMING_LEAD_TIME_MS;

describe('resolveStatus: placing notices in time', () => {
  const rows: TimingRow[] = [
    {
      when: 'it starts after the lead time',
      startsAt: at(LEAD + HOUR),
      endsAt: at(LEAD + 2 * HOUR),
      phase: 'upcoming',
      announced: false,
    },
    {
      when: 'it starts one millisecond after the lead time',
      startsAt: at(LEAD + 1),
      endsAt: at(LEAD + HOUR),
      phase: 'upcoming',
      announced: false,
    },
    {
      when: 'it starts exactly the lead time from now',
      startsAt: at(LEAD),
      endsAt: at(LEAD + HOUR),
      phase: 'upcoming',
      announced: true,
    },
    {
      when: 'it starts within the lead time',
      startsAt: at(LEAD - HOUR),
      endsAt: at(LEAD),
      phase: 'upcoming',
      announced: true,
    },
    {
      when: 'it starts one millisecond from now',
      startsAt: at(1),
      endsAt: at(HOUR),
      phase: 'upcoming',
      announced: true,
    },
    {
      when: 'it starts exactly now',
      startsAt: NOW,
      endsAt: at(HOUR),
      phase: 'active',
      announced: true,
    },
    {
      when: 'it has started and has no end',
      startsAt: at(-DAY),
      endsAt: null,
      phase: 'active',
      announced: true,
    },
    {
      when: 'it ends one millisecond from now',
      startsAt: at(-HOUR),
      endsAt: at(1),
      phase: 'active',
      announced: true,
    },
    {
      when: 'it ends exactly now',
      startsAt: at(-HOUR),
      endsAt: NOW,
      phase: 'ended',
      announced: false,
    },
    {
      when: 'it ended 89 days ago',
      startsAt: at(-89 * DAY - HOUR),
      endsAt: at(-89 * DAY),
      phase: 'ended',
      announced: false,
    },
    {
      when: 'it ended exactly 90 days ago',
      startsAt: at(-HISTORY_MS - HOUR),
      endsAt: at(-HISTORY_MS),
      phase: 'ended',
      announced: false,
    },
    {
      when: 'it ended 90 days and a millisecond ago',
      startsAt: at(-HISTORY_MS - HOUR),
      endsAt: at(-HISTORY_MS - 1),
      phase: 'dropped',
      announced: false,
    },
    {
      when: 'its start is written with a page offset',
      startsAt: '2026-12-08T06:30:00.000-05:00',
      endsAt: '2026-12-08T08:00:00.000-05:00',
      phase: 'active',
      announced: true,
    },
  ];

  for (const row of rows) {
    const expectation =
      row.phase === 'dropped'
        ? 'drops it'
        : `makes it ${row.phase}${row.announced ? ' and announced' : ''}`;

    it(`${expectation} when ${row.when}`, () => {
      const snapshot = resolveStatus(
        [
          feed([
            notice({id: 'n1', startsAt: row.startsAt, endsAt: row.endsAt}),
          ]),
        ],
        {now: NOW}
      );
      const placed = onlyNotice(snapshot);

      if (row.phase === 'dropped') {
        expect(placed).to.equal(undefined);
        return;
      }
      expect(placed?.phase).to.equal(row.phase);
      expect(placed?.announced).to.equal(row.announced);
      expect(
        row.phase === 'ended' ? snapshot.history : snapshot.notices
      ).to.have.length(1);
    });
  }

  it('announces sooner or later with a custom lead time', () => {
    const inputs = [feed([notice({id: 'n1', startsAt: at(2 * HOUR)})])];

    const short = resolveStatus(inputs, {now: NOW, leadTimeMs: HOUR});
    const long = resolveStatus(inputs, {now: NOW, leadTimeMs: 3 * HOUR});

    expect(short.notices[0]?.announced).to.equal(false);
    expect(long.notices[0]?.announced).to.equal(true);
  });

  it('keeps a custom span of history', () => {
    const inputs = [
      feed([notice({id: 'n1', startsAt: at(-3 * DAY), endsAt: at(-2 * DAY)})]),
    ];

    expect(resolveStatus(inputs, {now: NOW, historyMs: DAY}).history).to.be
      .empty;
    expect(
      resolveStatus(inputs, {now: NOW, historyMs: 7 * DAY}).history
    ).to.have.length(1);
  });
});

describe('resolveStatus: a window across the end of daylight saving', () => {
  // 1:30 EDT to 2:30 EST on 1 November 2026: two real hours, although
  // the wall clock moves only one.
  const dstWindow = window({
    id: 'dst',
    serviceId: 'logingov',
    startsAt: '2026-11-01T05:30:00.000Z',
    endsAt: '2026-11-01T07:30:00.000Z',
  });

  const rows: [string, string, NoticePhase, boolean][] = [
    [
      'the evening before, outside 12 hours',
      '2026-10-31T17:29:59.999Z',
      'upcoming',
      false,
    ],
    ['exactly 12 hours before', '2026-10-31T17:30:00.000Z', 'upcoming', true],
    ['at 1:30 EDT', '2026-11-01T05:30:00.000Z', 'active', true],
    ['at the first 1:45 (EDT)', '2026-11-01T05:45:00.000Z', 'active', true],
    ['at the second 1:45 (EST)', '2026-11-01T06:45:00.000Z', 'active', true],
    ['at 2:30 EST', '2026-11-01T07:30:00.000Z', 'ended', false],
  ];

  for (const [when, now, phase, announced] of rows) {
    it(`is ${phase} ${when}`, () => {
      const snapshot = resolveStatus([windows([dstWindow])], {now});
      const placed = onlyNotice(snapshot);

      expect(placed?.phase).to.equal(phase);
      expect(placed?.announced).to.equal(announced);
      expect(stateOf(snapshot, 'logingov')).to.equal(
        phase === 'active' ? 'maintenance' : 'unknown'
      );
    });
  }
});

describe('resolveStatus: notice order', () => {
  it('lists active notices, then upcoming ones, each soonest first', () => {
    const snapshot = resolveStatus(
      [
        feed([
          notice({id: 'later', startsAt: at(3 * DAY)}),
          notice({id: 'active-new', startsAt: at(-MINUTE)}),
          notice({id: 'soon', startsAt: at(HOUR)}),
          notice({id: 'active-old', startsAt: at(-DAY)}),
        ]),
      ],
      {now: NOW}
    );

    expect(noticeIds(snapshot.notices)).to.deep.equal([
      'active-old',
      'active-new',
      'soon',
      'later',
    ]);
  });

  it('breaks a tie on start time by notice id', () => {
    const snapshot = resolveStatus(
      [
        feed([
          notice({id: 'b', startsAt: at(HOUR)}),
          notice({id: 'a', startsAt: at(HOUR)}),
        ]),
      ],
      {now: NOW}
    );

    expect(noticeIds(snapshot.notices)).to.deep.equal(['a', 'b']);
  });

  it('lists history with the latest end first', () => {
    const ended = (id: string, endsAt: string) =>
      notice({id, startsAt: at(-30 * DAY), endsAt});
    const snapshot = resolveStatus(
      [
        feed([
          ended('week', at(-7 * DAY)),
          ended('hour', at(-HOUR)),
          ended('month', at(-29 * DAY)),
        ]),
      ],
      {now: NOW}
    );

    expect(noticeIds(snapshot.history)).to.deep.equal([
      'hour',
      'week',
      'month',
    ]);
    expect(snapshot.notices).to.be.empty;
  });
});
