import {expect} from '@open-wc/testing';
import {isIsoDay, normaliseIsoTime} from '../src/parse/iso-time.js';

describe('normaliseIsoTime', () => {
  it('turns a Statuspage page offset into the UTC instant', () => {
    expect(normaliseIsoTime('2026-05-13T14:16:00.000-04:00')).to.equal(
      '2026-05-13T18:16:00.000Z'
    );
    expect(normaliseIsoTime('2026-12-08T09:40:00-05:00')).to.equal(
      '2026-12-08T14:40:00.000Z'
    );
    expect(normaliseIsoTime('2025-02-06T16:30:00.000+00:00')).to.equal(
      '2025-02-06T16:30:00.000Z'
    );
  });

  it('crosses midnight and year ends with the offset', () => {
    expect(normaliseIsoTime('2026-12-31T21:00:00-05:00')).to.equal(
      '2027-01-01T02:00:00.000Z'
    );
    expect(normaliseIsoTime('2027-01-01T05:30:00+05:30')).to.equal(
      '2027-01-01T00:00:00.000Z'
    );
  });

  it('keeps milliseconds and drops finer digits', () => {
    expect(normaliseIsoTime('2026-05-12T21:47:59.488123456Z')).to.equal(
      '2026-05-12T21:47:59.488Z'
    );
    expect(normaliseIsoTime('2026-05-12T21:47:59.4Z')).to.equal(
      '2026-05-12T21:47:59.400Z'
    );
  });

  it('accepts February 29 only in leap years', () => {
    expect(normaliseIsoTime('2028-02-29T00:00:00Z')).to.equal(
      '2028-02-29T00:00:00.000Z'
    );
    expect(normaliseIsoTime('2027-02-29T00:00:00Z')).to.equal(null);
  });

  it('refuses days and times that do not exist', () => {
    for (const text of [
      '2026-02-30T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-12-00T00:00:00Z',
      '2026-12-08T24:00:00Z',
      '2026-12-08T23:60:00Z',
      '2026-12-31T23:59:60Z',
      '2026-12-08T10:00:00+24:00',
      '2026-12-08T10:00:00-05:60',
    ]) {
      expect(normaliseIsoTime(text), text).to.equal(null);
    }
  });

  it('refuses times whose instant would be a guess', () => {
    for (const text of [
      '2026-12-08T14:51:22',
      '2026-12-08T14:51:22.000',
      '2026-12-08',
      '2026-12-08T14:51Z',
      '2026-12-08 14:51:22Z',
      '2026-12-08t14:51:22z',
      '2026-12-08T14:51:22+0500',
      '2026-12-08T14:51:22+05',
      ' 2026-12-08T14:51:22Z',
      '2026-12-08T14:51:22Z ',
      '+002026-12-08T14:51:22Z',
      'Tue, 08 Dec 2026 14:51:22 GMT',
      '1969-12-31T23:59:59Z',
      '',
    ]) {
      expect(normaliseIsoTime(text), text).to.equal(null);
    }
  });
});

describe('isIsoDay', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDay('2026-12-08')).to.equal(true);
    expect(isIsoDay('2028-02-29')).to.equal(true);
    expect(isIsoDay('2026-02-30')).to.equal(false);
    expect(isIsoDay('2026-12-8')).to.equal(false);
    expect(isIsoDay('2026-12-08T00:00:00Z')).to.equal(false);
  });
});
