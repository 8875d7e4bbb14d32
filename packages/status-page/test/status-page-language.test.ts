import {expect} from '@open-wc/testing';
import {PAGE_COPY} from '../src/content/copy.js';
import {
  HOUR,
  isoAt,
  notice,
  services,
  snapshot,
  uptime,
  unknownSnapshot,
} from './helpers/snapshots.js';
import {all, one, renderPage, serviceRows, textOf} from './helpers/page.js';

/** Every leaf of a copy object as `path: type`, functions called. */
function shapeOf(value: unknown, path = ''): string[] {
  if (typeof value === 'function') {
    const result: unknown = (value as (...args: unknown[]) => unknown)('X', 2);
    return [`${path}: function -> ${typeof result}`];
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((key) =>
        shapeOf((value as Record<string, unknown>)[key], `${path}.${key}`)
      );
  }
  return [`${path}: ${typeof value}`];
}

/** Every string the copy can produce, functions called with samples. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'function') {
    return [String((value as (...args: unknown[]) => unknown)('X', 2))];
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value).flatMap(stringsOf);
  }
  return [String(value)];
}

describe('<va-auth-status-page> languages', () => {
  it('has the same copy in Spanish as in English, with nothing empty', () => {
    expect(shapeOf(PAGE_COPY.es)).to.deep.equal(shapeOf(PAGE_COPY.en));
    for (const text of [
      ...stringsOf(PAGE_COPY.en),
      ...stringsOf(PAGE_COPY.es),
    ]) {
      expect(text.trim(), 'a copy string').not.to.equal('');
    }
  });

  it('renders the whole page in Spanish, times included', async () => {
    const page = await renderPage(
      snapshot({
        services: services({logingov: 'outage'}),
        notices: [
          notice({
            updates: [
              {
                at: isoAt(-HOUR),
                status: 'identified',
                message: 'Found it.',
                translations: {},
              },
            ],
          }),
          notice({
            id: 'mw',
            kind: 'maintenance',
            title: null,
            phase: 'upcoming',
            startsAt: isoAt(4 * HOUR),
            endsAt: isoAt(5 * HOUR),
          }),
        ],
        uptime: uptime('logingov', {'2026-12-07': 0.5}),
      }),
      {language: 'es'}
    );

    expect(one(page, '.page').getAttribute('lang')).to.equal('es');
    expect(textOf(one(page, 'h1'))).to.equal(
      'Estado del inicio de sesión en VA.gov'
    );
    expect(textOf(one(page, '.verdict'))).to.equal(
      'Algunos servicios de inicio de sesión no están funcionando en este ' +
        'momento.'
    );
    expect(serviceRows(page)[0]).to.equal('Login.gov: Estado: No funciona');
    const text = textOf(one(page, '.page'));
    expect(text).to.contain(
      'Última verificación: lunes, 7 de diciembre de 2026, a las 2:59 p.m. ET'
    );
    expect(text).to.contain('Encontramos la causa');
    expect(text).to.contain(
      'Hora de inicio: lunes, 7 de diciembre de 2026, a las 7:00 p.m. ET'
    );
    expect(text).to.contain('Mantenimiento del inicio de sesión');
    expect(text).to.contain('Funcionó el 50% del tiempo en el día');
    expect(text).to.contain('Línea principal de información MyVA411');
    expect(all(page, 'h2').map(textOf)).to.include('Últimos 90 días');
    await expect(page).to.be.accessible();
  });

  it('shows an operator’s Spanish title, message and updates', async () => {
    const translated = notice({
      updates: [
        {
          at: isoAt(-HOUR),
          status: 'identified',
          message: 'We found the cause.',
          translations: {es: {message: 'Encontramos la causa.'}},
        },
      ],
      translations: {
        es: {
          title: 'Problema con el inicio de sesión de Login.gov',
          message: 'Algunas personas no pueden iniciar sesión.',
        },
      },
    });
    const data = snapshot({
      services: services({logingov: 'outage'}),
      notices: [translated],
    });

    const spanish = await renderPage(data, {language: 'es'});
    const card = one(spanish, '.notice');
    expect(textOf(card.querySelector('h3'))).to.equal(
      'Problema con el inicio de sesión de Login.gov'
    );
    expect(all(spanish, '.notice .message').map(textOf)).to.deep.equal([
      'Algunas personas no pueden iniciar sesión.',
      'Encontramos la causa.',
    ]);
    expect(card.querySelectorAll('[lang]')).to.have.length(0);

    const english = await renderPage(data);
    expect(textOf(one(english, '.notice h3'))).to.equal(
      'Login.gov sign-in problem'
    );
    expect(all(english, '.notice .message').map(textOf)).to.deep.equal([
      'Some people can’t sign in with Login.gov.',
      'We found the cause.',
    ]);
  });

  it('marks notice words left in English as English', async () => {
    const page = await renderPage(
      snapshot({
        services: services({logingov: 'outage'}),
        notices: [
          notice({
            updates: [
              {
                at: isoAt(-HOUR),
                status: 'identified',
                message: 'Found it.',
                translations: {},
              },
            ],
          }),
          notice({id: 'untitled', title: null, message: null}),
        ],
      }),
      {language: 'es'}
    );
    const [english, untitled] = all(page, '.notice h3 span:last-child');

    expect(english?.getAttribute('lang')).to.equal('en');
    expect(
      all(page, '.notice .message').map((p) => p.getAttribute('lang'))
    ).to.deep.equal(['en', 'en']);
    expect(textOf(untitled)).to.equal('Problema con el inicio de sesión');
    expect(untitled?.hasAttribute('lang')).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('speaks Spanish for a regional tag such as es-US', async () => {
    const page = await renderPage(unknownSnapshot(), {language: 'es-US'});

    expect(textOf(one(page, '.verdict'))).to.contain(
      'No podemos verificar el estado del inicio de sesión'
    );
    await expect(page).to.be.accessible();
  });

  it('falls back to English for a language it does not write', async () => {
    const page = await renderPage(snapshot(), {language: 'tl'});

    expect(textOf(one(page, 'h1'))).to.equal('VA.gov sign-in status');
    expect(one(page, '.page').getAttribute('lang')).to.equal('en');
  });
});
