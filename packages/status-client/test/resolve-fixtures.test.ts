// The merge fed by the real parser over real Statuspage captures, for the
// case every widget gets wrong: a critical incident on a page whose owner
// left every component green.
import {expect} from '@open-wc/testing';
import {resolveStatus} from '../src/resolve/resolve-status.js';
import {parseStatuspageSummary} from '../src/parse/statuspage.js';
import type {ResolveInput} from '../src/types.js';
import {NOW, backend, serviceOf, status} from './resolve-builders.js';

async function pageSaying(file: string): Promise<ResolveInput> {
  const response = await fetch(`/shared/fixtures/statuspage/${file}`);
  const data = parseStatuspageSummary(await response.json(), {
    page: 'logingov',
  });

  return {
    source: {id: 'status.login.gov', kind: 'statuspage', url: null},
    data,
    checkedAt: NOW,
    error: null,
  };
}

describe('resolveStatus with real Statuspage captures', () => {
  it('shows a critical incident as an outage on a green page', async () => {
    const page = await pageSaying(
      'incident_critical_update-1_investigating.json'
    );

    const snapshot = resolveStatus(
      [backend([status('logingov', 'active')]), page],
      {now: NOW}
    );

    expect(serviceOf(snapshot, 'logingov')).to.include({state: 'outage'});
    expect(serviceOf(snapshot, 'logingov').decidedBy).to.deep.equal([
      'status.login.gov',
    ]);
    expect(snapshot.notices.map((notice) => notice.phase)).to.deep.equal([
      'active',
    ]);
  });

  it('is operational again once the incident is resolved', async () => {
    const page = await pageSaying('incident_none_update-4_resolved.json');

    const snapshot = resolveStatus(
      [backend([status('logingov', 'active')]), page],
      {now: NOW}
    );

    expect(serviceOf(snapshot, 'logingov').state).to.equal('operational');
    expect(snapshot.notices).to.be.empty;
  });
});
