import {expect} from '@open-wc/testing';
import {parseMaintenanceWindows} from '../src/parse/maintenance-windows.js';
import {editable, loadFixture, parseErrorOf} from './parse-fixtures.js';

type Row = Record<string, unknown>;

interface Collection {
  data: (Row & {attributes: Row})[];
}

const HOUR = 60 * 60 * 1000;

function hoursBetween(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / HOUR;
}

describe('parseMaintenanceWindows', () => {
  let collection: unknown;

  before(async () => {
    collection = await loadFixture('maintenance-windows-jsonapi.json');
  });

  it('reads the JSON:API collection with string ids', () => {
    const data = parseMaintenanceWindows(collection);

    expect(data.kind).to.equal('maintenance-windows');
    expect(data.windows.map((window) => window.id)).to.deep.equal([
      '716',
      '717',
      '731',
    ]);
    expect(data.windows[0]).to.deep.equal({
      id: '716',
      serviceId: 'idme',
      startsAt: '2026-11-01T05:30:00.000Z',
      endsAt: '2026-11-01T07:30:00.000Z',
      description: 'ID.me sign-in is paused while it moves data centers.',
    });
  });

  it('keeps a window across the November fall-back two real hours long', () => {
    const [window] = parseMaintenanceWindows(collection).windows;

    // 1:30 a.m. EDT to 2:30 a.m. EST: the clock shows one hour, two pass.
    expect(hoursBetween(window!.startsAt, window!.endsAt)).to.equal(2);
  });

  it('tells the repeated 1:30 a.m. of fall-back apart by its offset', () => {
    const window = parseMaintenanceWindows(collection).windows[1]!;

    expect(window.startsAt).to.equal('2026-11-01T05:30:00.000Z');
    expect(window.endsAt).to.equal('2026-11-01T06:30:00.000Z');
  });

  it('places a window across the March spring-forward at UTC instants', () => {
    const window = parseMaintenanceWindows(collection).windows[2]!;

    expect(window.startsAt).to.equal('2027-03-14T06:30:00.000Z');
    expect(window.endsAt).to.equal('2027-03-14T08:00:00.000Z');
    expect(hoursBetween(window.startsAt, window.endsAt)).to.equal(1.5);
  });

  it('reads the camelCase collection vets-website receives', async () => {
    const data = parseMaintenanceWindows(
      await loadFixture('maintenance-windows-jsonapi-camel.json')
    );

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

  it('ids raw global-file rows by PagerDuty id and service', async () => {
    const data = parseMaintenanceWindows(
      await loadFixture('maintenance-windows-global.json')
    );

    expect(data.windows.map((window) => window.id)).to.deep.equal([
      'PW1X2YZ:global',
      'PQ7R8ST:global',
    ]);
    expect(data.windows[1]).to.include({
      serviceId: 'global',
      startsAt: '2027-03-14T06:00:00.000Z',
      endsAt: '2027-03-14T08:30:00.000Z',
    });
  });

  it('reads an empty list in either shape as no windows', () => {
    expect(parseMaintenanceWindows([]).windows).to.deep.equal([]);
    expect(parseMaintenanceWindows({data: []}).windows).to.deep.equal([]);
  });

  it('falls back to the attribute id when the resource has none', () => {
    const payload = editable<Collection>(collection);
    delete payload.data[0]!.id;

    expect(parseMaintenanceWindows(payload).windows[0]?.id).to.equal('716');
  });

  it('refuses a window that ends before it starts', () => {
    const payload = editable<Collection>(collection);
    payload.data[2]!.attributes.end_time = '2027-03-14T01:00:00-05:00';

    expect(parseErrorOf(() => parseMaintenanceWindows(payload)).path).to.equal(
      '$.data[2].attributes.end_time'
    );
  });

  it('refuses a resource of another type', () => {
    const payload = editable<Collection>(collection);
    payload.data[1]!.type = 'backend_statuses';

    expect(parseErrorOf(() => parseMaintenanceWindows(payload)).path).to.equal(
      '$.data[1].type'
    );
  });

  it('refuses ids that are not whole numbers or strings', () => {
    for (const id of [-1, 1.5, 1e300, '', true]) {
      const payload = editable<Collection>(collection);
      delete payload.data[0]!.id;
      payload.data[0]!.attributes.id = id;

      expect(
        parseErrorOf(() => parseMaintenanceWindows(payload)).path
      ).to.equal('$.data[0].attributes.id');
    }
  });

  it('names the row of a raw window without a PagerDuty id', () => {
    const error = parseErrorOf(() =>
      parseMaintenanceWindows([
        {
          external_service: 'global',
          start_time: '2026-12-12T03:00:00.000Z',
          end_time: '2026-12-12T09:00:00.000Z',
        },
      ])
    );

    expect(error.path).to.equal('$[0].pagerduty_id');
  });

  it('refuses payloads of neither shape', () => {
    const cases: [unknown, string][] = [
      [undefined, '$'],
      [716, '$'],
      [{}, '$.data'],
      [{data: {id: '716'}}, '$.data'],
      [[null], '$[0]'],
    ];

    for (const [payload, path] of cases) {
      expect(
        parseErrorOf(() => parseMaintenanceWindows(payload)).path
      ).to.equal(path);
    }
  });
});
