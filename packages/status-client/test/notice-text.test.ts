import {expect} from '@open-wc/testing';
import {noticeTextIn, updateTextIn} from '../src/notice-text.js';
import type {NoticeUpdate, SourceNotice} from '../src/types.js';
import {notice} from './resolve-builders.js';

const update: NoticeUpdate = {
  at: '2026-12-08T15:05:00.000Z',
  status: 'identified',
  message: 'ID.me found the cause.',
  translations: {es: {message: 'ID.me encontró la causa.'}},
};

const outage = notice({
  id: 'feed:idme',
  title: 'ID.me sign-in is down',
  message: "You can't sign in with ID.me.",
  updates: [update],
  translations: {
    es: {
      title: 'El inicio de sesión con ID.me no funciona',
      message: 'No puede iniciar sesión con ID.me.',
    },
  },
});

describe('notice text in the reader’s language', () => {
  it('gives the translation for a language the source wrote', () => {
    expect(noticeTextIn(outage, 'es')).to.deep.equal({
      title: 'El inicio de sesión con ID.me no funciona',
      message: 'No puede iniciar sesión con ID.me.',
      lang: 'es',
    });
    expect(updateTextIn(update, 'es')).to.deep.equal({
      message: 'ID.me encontró la causa.',
      lang: 'es',
    });
  });

  it('gives the words as written, marked English, for any other', () => {
    expect(noticeTextIn(outage, 'fil')).to.deep.equal({
      title: 'ID.me sign-in is down',
      message: "You can't sign in with ID.me.",
      lang: 'en',
    });
    expect(updateTextIn(update, 'en').lang).to.equal('en');
    expect(noticeTextIn(outage, 'constructor').lang).to.equal('en');
  });

  it('reads a snapshot written before translations existed', () => {
    const old = JSON.parse(
      JSON.stringify({...outage, translations: undefined})
    ) as SourceNotice;
    const broken = {...outage, translations: {es: 'texto'}} as unknown;

    expect(noticeTextIn(old, 'es').lang).to.equal('en');
    expect(noticeTextIn(broken as SourceNotice, 'es').lang).to.equal('en');
    expect(
      updateTextIn({...update, translations: null} as never, 'es').message
    ).to.equal('ID.me found the cause.');
  });
});
