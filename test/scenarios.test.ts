// Every scenario the demo and the stories offer must mean, to the real
// parsers and resolveStatus, what its title says. A scenario that drifted
// from the real payload shapes would fail here before a designer saw it.
import {expect} from '@open-wc/testing';
import {
  parseBackendStatuses,
  parseMaintenanceWindows,
  parseNoticeFeed,
  parseStatuspageSummary,
  resolveStatus,
} from '@va-auth-status/status-client';
import type {
  ResolveInput,
  ServiceState,
  SourceData,
  SourceKind,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {SCENARIOS, buildScenario} from '@va-auth-status/simulated-backend';
import type {SimulatedAnswer} from '@va-auth-status/simulated-backend';

const NOW = Date.parse('2026-12-07T23:00:00Z');

function input(
  id: string,
  kind: SourceKind,
  answer: SimulatedAnswer,
  parse: (json: unknown) => SourceData
): ResolveInput {
  const source = {id, kind, url: `/${id}`};
  const answered = answer.kind === 'json' && answer.status === 200;
  return {
    source,
    data: answered ? parse(answer.body) : null,
    checkedAt: answered ? new Date(NOW).toISOString() : null,
    error: null,
  };
}

function resolveScenario(id: string): StatusSnapshot {
  const responses = buildScenario(id, NOW);
  return resolveStatus(
    [
      input(
        'backend',
        'backend-statuses',
        responses.backendStatuses,
        parseBackendStatuses
      ),
      input(
        'windows',
        'maintenance-windows',
        responses.maintenanceWindows,
        parseMaintenanceWindows
      ),
      input('feed', 'notices', responses.notices, parseNoticeFeed),
      input(
        'logingov-page',
        'statuspage',
        responses.loginGovStatuspage,
        (json) => parseStatuspageSummary(json, {page: 'logingov'})
      ),
    ],
    {now: NOW}
  );
}

function stateOf(snapshot: StatusSnapshot, service: string): ServiceState {
  const found = snapshot.services.find((entry) => entry.id === service);
  if (!found) throw new Error(`no service ${service} in the snapshot`);
  return found.state;
}

const EXPECTED: Record<string, Partial<Record<string, ServiceState>>> = {
  operational: {
    logingov: 'operational',
    idme: 'operational',
    mvi: 'operational',
  },
  'idme-outage': {idme: 'outage', logingov: 'operational'},
  'logingov-degraded': {logingov: 'degraded', idme: 'operational'},
  'several-down': {idme: 'outage', logingov: 'degraded'},
  'ssoe-outage': {ssoe: 'outage', logingov: 'operational'},
  'mpi-outage': {mvi: 'outage'},
  'maintenance-upcoming': {idme: 'operational'},
  'maintenance-active': {idme: 'maintenance'},
  'site-maintenance': {global: 'maintenance', logingov: 'maintenance'},
  'manual-notice': {logingov: 'outage', idme: 'operational'},
  'all-clear-override': {idme: 'operational'},
  announcement: {idme: 'operational', logingov: 'operational'},
  'server-error': {idme: 'unknown', logingov: 'unknown', mvi: 'unknown'},
  timeout: {idme: 'unknown', mvi: 'unknown'},
  garbage: {idme: 'unknown', mvi: 'unknown'},
  'hostile-text': {idme: 'outage'},
};

describe('simulated backend scenarios', () => {
  it('has an expectation for every scenario it offers', () => {
    expect(SCENARIOS.map((scenario) => scenario.id)).to.have.members(
      Object.keys(EXPECTED)
    );
  });

  for (const [scenario, states] of Object.entries(EXPECTED)) {
    it(`resolves "${scenario}" to the states its title promises`, () => {
      const snapshot = resolveScenario(scenario);
      for (const [service, state] of Object.entries(states)) {
        expect(stateOf(snapshot, service), service).to.equal(state);
      }
    });
  }

  it('announces the upcoming window within the lead time', () => {
    const snapshot = resolveScenario('maintenance-upcoming');
    const window = snapshot.notices.find((notice) =>
      notice.services.includes('idme')
    );
    expect(window).to.include({phase: 'upcoming', announced: true});
  });

  it('carries the operator’s Spanish through to the snapshot', () => {
    const snapshot = resolveScenario('manual-notice');
    const notice = snapshot.notices.find((candidate) =>
      candidate.id.startsWith('feed:')
    );

    expect(notice?.translations.es?.title).to.equal(
      'El inicio de sesión con Login.gov está fallando'
    );
    expect(
      notice?.updates.every((update) => update.translations.es?.message)
    ).to.equal(true);
  });

  it('keeps a history of resolved notices for the status page', () => {
    const snapshot = resolveScenario('operational');
    expect(snapshot.history.length).to.be.greaterThan(0);
    expect(snapshot.uptime.length).to.be.greaterThan(0);
  });
});
