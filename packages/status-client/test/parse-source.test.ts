import {expect} from '@open-wc/testing';
import {StatusParseError} from '../src/errors.js';
import {parseSource} from '../src/parse/parse-source.js';
import type {SourceKind} from '../src/types.js';
import {loadFixture, parseErrorOf} from './parse-fixtures.js';

describe('parseSource', () => {
  it('reads each kind of source with its own parser', async () => {
    const cases: [SourceKind, string][] = [
      ['backend-statuses', 'backend-statuses-snake.json'],
      ['maintenance-windows', 'maintenance-windows-global.json'],
      ['statuspage', 'statuspage-summary.json'],
      ['notices', 'notice-feed.json'],
    ];

    for (const [kind, fixture] of cases) {
      const data = parseSource(kind, await loadFixture(fixture));
      expect(data.kind, fixture).to.equal(kind);
    }
  });

  it('passes the Statuspage mapping through', async () => {
    const summary = await loadFixture('statuspage-summary.json');

    const data = parseSource('statuspage', summary, {
      mapping: {page: 'logingov'},
    });
    expect(data.kind === 'statuspage' && data.coveredServices).to.deep.equal([
      'logingov',
    ]);
  });

  it('maps no component of a page it has no mapping for', async () => {
    const data = parseSource(
      'statuspage',
      await loadFixture('statuspage-summary.json')
    );

    expect(data.kind === 'statuspage' && data.components).to.deep.equal([]);
  });

  it('refuses a payload read as the wrong kind', async () => {
    const feed = await loadFixture('notice-feed.json');

    expect(
      parseErrorOf(() => parseSource('backend-statuses', feed)).path
    ).to.equal('$.data');
  });

  it('turns a throwing getter into a parse error that keeps the cause', () => {
    const trap = new Error('getter ran');
    const payload = {
      get data(): unknown {
        throw trap;
      },
    };

    let caught: unknown = null;
    try {
      parseSource('backend-statuses', payload);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(StatusParseError);
    expect((caught as StatusParseError).path).to.equal('$');
    expect((caught as StatusParseError).cause).to.equal(trap);
  });

  it('reports an unknown kind from untyped callers as a parse error', () => {
    const error = parseErrorOf(() =>
      parseSource('rss' as SourceKind, {version: 1})
    );

    expect(error.path).to.equal('$');
  });
});
