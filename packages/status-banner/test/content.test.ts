import {expect} from '@open-wc/testing';
import {ALTERNATE_METHODS} from '../src/content/alternate-methods.js';
import {
  formatEasternDateTime,
  formatEasternTime,
} from '../src/content/format-time.js';
import type {BannerFacts, BannerMessages} from '../src/content/messages.js';
import {MESSAGES, messagesFor, textRuns} from '../src/content/messages.js';

const SAMPLES: BannerFacts[] = (
  ['provider', 'sign-in', 'site'] as const
).flatMap((scope) =>
  (['outage', 'degraded', 'maintenance'] as const).map((trouble) => ({
    providers: ['Login.gov', 'ID.me'],
    alternatives: ['ID.me'],
    trouble,
    scope,
  }))
);

/** Every string a message can produce for the sample facts. */
function outputs(message: BannerMessages[keyof BannerMessages]): string[] {
  if (typeof message === 'string') {
    return [message];
  }
  const call = message as (facts: unknown) => string;
  return SAMPLES.map((facts) =>
    call({...facts, time: 'Monday', provider: 'ID.me', headline: 'Hi'})
  );
}

describe('banner copy', () => {
  it('has every English message in Spanish, none of them empty', () => {
    const keys = Object.keys(MESSAGES.en) as Array<keyof BannerMessages>;
    expect(Object.keys(MESSAGES.es).sort()).to.deep.equal([...keys].sort());

    for (const language of ['en', 'es'] as const) {
      for (const key of keys) {
        for (const text of outputs(MESSAGES[language][key])) {
          expect(text.trim(), `${language}.${key}`).not.to.equal('');
          expect(text, `${language}.${key}`).not.to.include('undefined');
        }
      }
    }
  });

  it('never says "please" and never writes "log in"', () => {
    const forbidden = /\bplease\b|\bpor favor\b|\blog in\b|\blogin\b(?!\.gov)/;
    const all = (['en', 'es'] as const).flatMap((language) =>
      Object.values(MESSAGES[language]).flatMap(outputs)
    );

    for (const text of all) {
      expect(text.toLowerCase()).not.to.match(forbidden);
    }
  });

  it('lets a host replace one message and keep the rest', () => {
    const messages = messagesFor('en', {unknownHeadline: () => 'Hang on'});

    expect(messages.unknownHeadline(SAMPLES[0]!)).to.equal('Hang on');
    expect(messages.checkBackLater).to.equal(MESSAGES.en.checkBackLater);
  });

  it('marks account names bold and nothing else', () => {
    expect(textRuns('Use your **ID.me** account <b>x</b>')).to.deep.equal([
      {text: 'Use your ', bold: false},
      {text: 'ID.me', bold: true},
      {text: ' account <b>x</b>', bold: false},
    ]);
  });
});

describe('Eastern time in VA style', () => {
  it('writes an alert date with abbreviated month and "p.m. ET"', () => {
    expect(formatEasternDateTime('2026-12-08T02:00:00Z')).to.equal(
      'Monday, Dec. 7, 2026, at 9:00 p.m. ET'
    );
  });

  it('says noon and midnight, and never abbreviates March to July', () => {
    expect(formatEasternDateTime('2026-06-15T16:00:00Z')).to.equal(
      'Monday, June 15, 2026, at noon ET'
    );
    expect(formatEasternTime('2026-03-10T04:00:00Z')).to.equal('midnight ET');
  });

  it('writes Spanish dates', () => {
    expect(formatEasternDateTime('2026-12-08T02:00:00Z', 'es')).to.equal(
      'lunes, 7 de diciembre de 2026, a las 9:00 p.m. ET'
    );
  });
});

describe('alternate methods data', () => {
  it('records a source for every method and writes every text in both languages', () => {
    for (const method of ALTERNATE_METHODS) {
      expect(method.source, method.id).not.to.equal('');
      for (const text of [method.task, method.name, method.hours]) {
        expect(text.en, method.id).not.to.equal('');
        expect(text.es, method.id).not.to.equal('');
      }
      expect(method.phone === null || /^\d{10}$/.test(method.phone)).to.equal(
        true
      );
    }
  });
});
