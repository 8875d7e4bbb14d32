import {expect} from '@open-wc/testing';
import {NOTICE_FEED_RULES as RULES} from '../src/parse/notice-feed-rules.js';
import {parseNoticeFeed} from '../src/parse/notice-feed.js';
import {loadFixture, loadNoticeFeedSchema} from './parse-fixtures.js';
import {schemaAccepts} from './parse-schema-check.js';

type Node = Record<string, unknown>;

/** Walks into the schema by keys, failing the test on a missing step. */
function at(node: unknown, ...keys: string[]): Node {
  let current = node as Node;
  for (const key of keys) {
    expect(current, `schema has ${keys.join('.')}`).to.have.property(key);
    current = current[key] as Node;
  }
  return current;
}

describe('notice-feed.v1.schema.json', () => {
  let schema: Node;
  let notice: Node;

  before(async () => {
    schema = (await loadNoticeFeedSchema()) as Node;
    notice = at(schema, '$defs', 'notice', 'properties');
  });

  it('is a draft 2020-12 schema of version 1', () => {
    expect(schema.$schema).to.equal(
      'https://json-schema.org/draft/2020-12/schema'
    );
    expect(at(schema, 'properties', 'version').const).to.equal(RULES.version);
  });

  it('requires the keys the parser requires', () => {
    expect(schema.required).to.deep.equal(RULES.required.feed);
    expect(at(schema, '$defs', 'notice').required).to.deep.equal(
      RULES.required.notice
    );
    expect(at(schema, '$defs', 'update').required).to.deep.equal(
      RULES.required.update
    );
    expect(at(schema, '$defs', 'uptime').required).to.deep.equal(
      RULES.required.uptime
    );
    expect(
      at(schema, '$defs', 'noticeTranslations', 'additionalProperties').required
    ).to.deep.equal(RULES.required.noticeTranslation);
    expect(
      at(schema, '$defs', 'updateTranslations', 'additionalProperties').required
    ).to.deep.equal(RULES.required.updateTranslation);
  });

  it('lists exactly the keys the parser reads', () => {
    expect(Object.keys(at(schema, 'properties'))).to.have.members([
      ...RULES.required.feed,
      ...RULES.optional.feed,
    ]);
    expect(Object.keys(notice)).to.have.members([
      ...RULES.required.notice,
      ...RULES.optional.notice,
    ]);
    expect(
      Object.keys(at(schema, '$defs', 'update', 'properties'))
    ).to.have.members([...RULES.required.update, ...RULES.optional.update]);
  });

  it('shapes translations as the parser reads them', () => {
    const defs = at(schema, '$defs');
    const translations: [string, string, Record<string, string>][] = [
      ['notice', 'noticeTranslations', {title: 'title', message: 'message'}],
      ['update', 'updateTranslations', {message: 'message'}],
    ];

    for (const [owner, name, texts] of translations) {
      const map = at(defs, name);
      expect(at(defs, owner, 'properties', 'translations').$ref).to.equal(
        `#/$defs/${name}`
      );
      expect(map.type, name).to.equal('object');
      expect(map.maxProperties, name).to.equal(
        RULES.maxProperties.translations
      );
      expect(at(map, 'propertyNames').pattern, name).to.equal(
        RULES.patterns.language
      );

      // Each language's text points at the very definition of the text
      // it translates, so their rules cannot drift apart.
      const entry = at(map, 'additionalProperties', 'properties');
      expect(Object.keys(entry), name).to.have.members(Object.keys(texts));
      for (const [key, def] of Object.entries(texts)) {
        expect(at(entry, key).$ref, `${name}.${key}`).to.equal(
          `#/$defs/${def}`
        );
      }
    }
    expect(at(notice, 'title').$ref).to.equal('#/$defs/title');
    expect(at(notice, 'message').$ref).to.equal('#/$defs/message');
  });

  it('allows the origins and kinds the parser allows', () => {
    expect(at(notice, 'origin').enum).to.deep.equal(RULES.origins);
    expect(at(notice, 'kind').enum).to.deep.equal(RULES.kinds);
  });

  it('sets the limits the parser sets', () => {
    const defs = at(schema, '$defs');

    expect([
      at(schema, 'properties', 'notices').maxItems,
      at(schema, 'properties', 'uptime').maxItems,
      at(notice, 'services').maxItems,
      at(notice, 'services').minItems,
      at(notice, 'alternate_methods').maxItems,
      at(notice, 'updates').maxItems,
      at(defs, 'uptime', 'properties', 'ratio').minimum,
      at(defs, 'uptime', 'properties', 'ratio').maximum,
    ]).to.deep.equal([
      RULES.maxItems.notices,
      RULES.maxItems.uptime,
      RULES.maxItems.services,
      RULES.minItems.services,
      RULES.maxItems.alternateMethods,
      RULES.maxItems.updates,
      RULES.ratio.minimum,
      RULES.ratio.maximum,
    ]);
  });

  it('holds every string to the parser’s length and pattern', () => {
    const defs = at(schema, '$defs');
    const strings: [keyof typeof RULES.patterns, Node][] = [
      ['id', at(notice, 'id')],
      ['title', at(defs, 'title')],
      ['message', at(defs, 'message')],
      ['url', at(notice, 'status_page_url')],
      ['serviceId', at(defs, 'serviceId')],
      ['alternateMethodId', at(notice, 'alternate_methods', 'items')],
      ['updateStatus', at(defs, 'update', 'properties', 'status')],
      ['time', at(defs, 'time')],
      ['day', at(defs, 'uptime', 'properties', 'day')],
    ];

    for (const [rule, node] of strings) {
      expect(node.pattern, rule).to.equal(RULES.patterns[rule]);
      if (rule in RULES.maxLength) {
        expect(node.maxLength, rule).to.equal(
          RULES.maxLength[rule as keyof typeof RULES.maxLength]
        );
      }
    }
  });

  it('accepts the example feed the parser accepts', async () => {
    const feed = await loadFixture('notice-feed.json');

    expect(parseNoticeFeed(feed).notices).to.have.length(4);
    expect(schemaAccepts(schema, feed)).to.equal(true);
  });

  it('refuses the translations the parser refuses', async () => {
    const feed = await loadFixture('notice-feed.json');
    const text = {title: 'Aviso', message: ''};
    const eleven = Object.fromEntries(
      'abcdefghijk'.split('').map((letter) => [`l${letter}`, text])
    );
    const refused: [string, unknown][] = [
      ['notice', {ES: text}],
      ['notice', {'es-US': text}],
      ['notice', {es: {message: ''}}],
      ['notice', {es: {title: 'Uno\ndos', message: ''}}],
      ['notice', {es: 'Aviso'}],
      ['notice', eleven],
      ['update', {es: {}}],
      ['update', {es: {message: 'bell\u0007'}}],
    ];

    for (const [owner, translations] of refused) {
      const payload = structuredClone(feed) as {
        notices: (Node & {updates: Node[]})[];
      };
      const target =
        owner === 'notice'
          ? payload.notices[0]!
          : payload.notices[0]!.updates[0]!;
      target.translations = translations;

      const label = `${owner} ${JSON.stringify(translations)}`;
      expect(() => parseNoticeFeed(payload), label).to.throw();
      expect(schemaAccepts(schema, payload), label).to.equal(false);
    }
  });

  it('refuses the override rules the parser refuses', async () => {
    const feed = structuredClone(await loadFixture('notice-feed.json')) as {
      notices: Node[];
    };
    const allClear = feed.notices[3]!;

    allClear.override = false;
    expect(schemaAccepts(schema, feed)).to.equal(false);
    allClear.override = true;
    allClear.origin = 'monitor';
    expect(schemaAccepts(schema, feed)).to.equal(false);
  });
});
