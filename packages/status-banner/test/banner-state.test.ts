import {expect} from '@open-wc/testing';
import type {SignInPath, StatusSnapshot} from '@va-auth-status/status-client';
import type {BannerModel} from '../src/banner-model.js';
import {chooseBanner} from '../src/banner-state.js';
import {notice, snapshot} from './helpers/snapshots.js';

interface Row {
  name: string;
  snapshot: StatusSnapshot;
  services?: string[];
  path?: SignInPath;
  dismissed?: string[];
  expect: Partial<BannerModel> & {providerIds?: string[]; altIds?: string[]};
}

const activeWindow = notice({
  id: 'window:7',
  services: ['idme'],
  phase: 'active',
  startsAt: '2026-12-07T19:00:00.000Z',
});
const siteWindow = notice({id: 'window:9', services: ['global']});
const news = notice({
  id: 'feed:logingov-new-page',
  origin: 'manual',
  kind: 'info',
  services: ['logingov'],
  phase: 'active',
  startsAt: '2026-12-07T18:00:00.000Z',
  endsAt: null,
  title: 'Login.gov has a new sign-in page',
});

const ROWS: Row[] = [
  {
    name: 'everything operational shows nothing',
    snapshot: snapshot(),
    expect: {kind: 'none'},
  },
  {
    name: 'a snapshot before any source answered shows nothing yet',
    snapshot: snapshot({}, [], 'pending'),
    expect: {kind: 'none'},
  },
  {
    name: 'one provider down is a warning that offers the other one',
    snapshot: snapshot({logingov: 'outage'}),
    expect: {
      kind: 'provider-outage',
      status: 'warning',
      urgent: true,
      providerIds: ['logingov'],
      altIds: ['idme'],
      alternateMethodIds: [],
    },
  },
  {
    name: 'one provider degraded is a polite warning',
    snapshot: snapshot({idme: 'degraded'}),
    expect: {kind: 'provider-degraded', status: 'warning', urgent: false},
  },
  {
    name: 'both providers down is one error banner with no alternative',
    snapshot: snapshot({logingov: 'outage', idme: 'degraded'}),
    expect: {
      kind: 'several-services',
      status: 'error',
      providerIds: ['logingov', 'idme'],
      altIds: [],
      alternateMethodIds: [
        'myva411',
        'benefits-hotline',
        'my-healthevet-help-desk',
      ],
    },
  },
  {
    name: 'MPI down is an error for every provider',
    snapshot: snapshot({mvi: 'outage', idme: 'outage'}),
    expect: {kind: 'shared-dependency', status: 'error', scope: 'sign-in'},
  },
  {
    name: 'MPI degraded is a warning for every provider',
    snapshot: snapshot({mvi: 'degraded'}),
    expect: {kind: 'shared-dependency', status: 'warning', urgent: false},
  },
  {
    name: 'SSOe down does not matter on the Sign-in Service path',
    snapshot: snapshot({ssoe: 'outage'}),
    expect: {kind: 'none'},
  },
  {
    name: 'SSOe down blocks everyone on the SSOe path',
    snapshot: snapshot({ssoe: 'outage'}),
    path: 'ssoe',
    expect: {kind: 'shared-dependency', services: ['ssoe']},
  },
  {
    name: 'retired providers never raise a banner',
    snapshot: snapshot({dslogon: 'outage', mhv: 'outage'}),
    expect: {kind: 'none'},
  },
  {
    name: 'a banner for one provider ignores the other provider',
    snapshot: snapshot({idme: 'outage'}),
    services: ['logingov'],
    expect: {kind: 'none'},
  },
  {
    name: 'a banner for one provider still hears about MPI',
    snapshot: snapshot({mvi: 'outage'}),
    services: ['logingov'],
    expect: {kind: 'shared-dependency'},
  },
  {
    name: 'an announced window is a dismissible info banner',
    snapshot: snapshot({}, [notice({})]),
    expect: {
      kind: 'maintenance-upcoming',
      status: 'info',
      dismissible: true,
      scope: 'provider',
      noticeIds: ['window:1'],
      startsAt: '2026-12-08T02:00:00.000Z',
    },
  },
  {
    name: 'a window not yet within the lead time shows nothing',
    snapshot: snapshot({}, [notice({announced: false})]),
    expect: {kind: 'none'},
  },
  {
    name: 'a dismissed window shows nothing',
    snapshot: snapshot({}, [notice({})]),
    dismissed: ['window:1'],
    expect: {kind: 'none'},
  },
  {
    name: 'dismissing one window does not hide another',
    snapshot: snapshot({}, [notice({id: 'window:2'})]),
    dismissed: ['window:1'],
    expect: {kind: 'maintenance-upcoming', noticeIds: ['window:2']},
  },
  {
    name: 'a site-wide window is site maintenance',
    snapshot: snapshot({}, [siteWindow]),
    expect: {kind: 'maintenance-upcoming', scope: 'site', providerIds: []},
  },
  {
    name: 'active provider maintenance is not dismissible',
    snapshot: snapshot({idme: 'maintenance'}, [activeWindow]),
    expect: {
      kind: 'maintenance-active',
      status: 'warning',
      dismissible: false,
      notice: activeWindow,
    },
  },
  {
    name: 'active site maintenance is an error for everyone',
    snapshot: snapshot(
      {logingov: 'maintenance', idme: 'maintenance', mvi: 'maintenance'},
      [{...siteWindow, phase: 'active'}]
    ),
    expect: {kind: 'maintenance-active', scope: 'site', status: 'error'},
  },
  {
    name: 'an outage outranks upcoming maintenance',
    snapshot: snapshot({logingov: 'outage'}, [notice({})]),
    expect: {kind: 'provider-outage'},
  },
  {
    name: 'a service we cannot vouch for is unknown, calmly',
    snapshot: snapshot({logingov: 'unknown'}),
    expect: {kind: 'unknown', status: 'info', urgent: false},
  },
  {
    name: 'a failed source with no data is unknown',
    snapshot: snapshot(
      {logingov: 'unknown', idme: 'unknown', mvi: 'unknown', global: 'unknown'},
      [],
      'failed'
    ),
    expect: {kind: 'unknown'},
  },
  {
    name: 'a known outage outranks not knowing the rest',
    snapshot: snapshot({logingov: 'outage', idme: 'unknown'}),
    expect: {kind: 'provider-outage', altIds: []},
  },
  {
    name: 'an active info notice is a dismissible, polite info banner',
    snapshot: snapshot({}, [news]),
    expect: {
      kind: 'announcement',
      status: 'info',
      urgent: false,
      dismissible: true,
      trouble: null,
      services: ['logingov'],
      providerIds: [],
      altIds: [],
      notice: news,
      noticeIds: ['feed:logingov-new-page'],
      alternateMethodIds: [],
    },
  },
  {
    name: 'a dismissed info notice shows nothing',
    snapshot: snapshot({}, [news]),
    dismissed: ['feed:logingov-new-page'],
    expect: {kind: 'none'},
  },
  {
    name: 'an info notice that has not started shows nothing',
    snapshot: snapshot({}, [{...news, phase: 'upcoming'}]),
    expect: {kind: 'none'},
  },
  {
    name: 'an info notice without a title shows nothing',
    snapshot: snapshot({}, [{...news, title: '  '}]),
    expect: {kind: 'none'},
  },
  {
    name: 'an info notice about another provider shows nothing',
    snapshot: snapshot({}, [news]),
    services: ['idme'],
    expect: {kind: 'none'},
  },
  {
    name: 'a site-wide info notice reaches a one-provider banner',
    snapshot: snapshot({}, [{...news, services: ['global']}]),
    services: ['idme'],
    expect: {
      kind: 'announcement',
      scope: 'site',
      services: ['idme', 'mvi', 'global'],
    },
  },
  {
    name: 'an outage outranks an info notice',
    snapshot: snapshot({logingov: 'outage'}, [news]),
    expect: {kind: 'provider-outage'},
  },
  {
    name: 'upcoming maintenance outranks an info notice',
    snapshot: snapshot({}, [news, notice({})]),
    expect: {kind: 'maintenance-upcoming'},
  },
  {
    name: 'not knowing a service outranks an info notice',
    snapshot: snapshot({idme: 'unknown'}, [news]),
    expect: {kind: 'unknown'},
  },
  {
    name: 'an info notice offers only the help it names',
    snapshot: snapshot({}, [{...news, alternateMethods: ['logingov-help']}]),
    expect: {kind: 'announcement', alternateMethodIds: ['logingov-help']},
  },
  {
    name: 'the notice names its own ways to get help',
    snapshot: snapshot({}, [notice({alternateMethods: ['gi-bill-hotline']})]),
    expect: {alternateMethodIds: ['gi-bill-hotline']},
  },
];

describe('chooseBanner', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const model = chooseBanner(row.snapshot, {
        services: row.services ?? null,
        path: row.path ?? 'sis',
        dismissed: row.dismissed ?? [],
      });

      const {providerIds, altIds, ...fields} = row.expect;
      for (const [key, value] of Object.entries(fields)) {
        expect(model[key as keyof BannerModel], key).to.deep.equal(value);
      }
      if (providerIds) {
        expect(model.providers.map((p) => p.id)).to.deep.equal(providerIds);
      }
      if (altIds) {
        expect(model.alternatives.map((p) => p.id)).to.deep.equal(altIds);
      }
    });
  }
});
