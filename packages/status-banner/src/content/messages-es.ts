/**
 * Spanish copy: the same messages as the English, in the formal "usted"
 * VA.gov's Spanish pages use. Account names stay in bold after "cuenta
 * de", and dates come from the Spanish side of `format-time`.
 */

import type {BannerFacts, BannerMessages} from './messages.js';

const bold = (name: string): string => `**${name}**`;

/** "A", "A o B", "A, B o C". */
function joinOr(names: readonly string[]): string {
  if (names.length <= 2) {
    return names.join(' o ');
  }
  return `${names.slice(0, -1).join(', ')} o ${names.at(-1) ?? ''}`;
}

const accounts = (names: readonly string[]): string => joinOr(names.map(bold));

const plain = (facts: BannerFacts): string => joinOr(facts.providers);

export const es: BannerMessages = {
  providerOutageHeadline: (facts) =>
    `Es posible que tenga problemas para iniciar sesión con su cuenta de ` +
    `${plain(facts)}`,
  providerOutageBody: (facts) =>
    `Lo sentimos. En este momento no funciona el inicio de sesión con su ` +
    `cuenta de ${accounts(facts.providers)}.`,

  providerDegradedHeadline: (facts) =>
    `Es posible que tenga problemas para iniciar sesión con su cuenta de ` +
    `${plain(facts)}`,
  providerDegradedBody: (facts) =>
    `En este momento, el inicio de sesión con su cuenta de ` +
    `${accounts(facts.providers)} puede ser lento o fallar a veces.`,

  severalServicesHeadline: () =>
    'Es posible que tenga problemas para iniciar sesión',
  severalServicesBody: (facts) =>
    `Lo sentimos. Es posible que en este momento no funcione el inicio ` +
    `de sesión con su cuenta de ${accounts(facts.providers)}.`,

  sharedDependencyHeadline: (facts) =>
    facts.trouble === 'outage'
      ? 'El inicio de sesión en VA.gov no funciona en este momento'
      : 'Es posible que tenga problemas para iniciar sesión en VA.gov',
  sharedDependencyBody: (facts) =>
    facts.trouble === 'outage'
      ? 'Lo sentimos. Un sistema que se necesita para iniciar sesión no ' +
        'funciona en este momento, así que no puede iniciar sesión con ' +
        'ninguna cuenta.'
      : 'Lo sentimos. Un sistema que se necesita para iniciar sesión ' +
        'tiene problemas, así que es posible que no pueda iniciar sesión ' +
        'con ninguna cuenta.',

  maintenanceUpcomingHeadline: (facts) =>
    facts.scope === 'site'
      ? 'Próximo mantenimiento del sitio'
      : facts.scope === 'sign-in'
        ? 'Próximo mantenimiento del inicio de sesión'
        : `Próximo mantenimiento del inicio de sesión con ${plain(facts)}`,
  maintenanceUpcomingBody: (facts) =>
    facts.scope === 'site'
      ? 'Pronto haremos trabajos de mantenimiento en VA.gov. Durante ese ' +
        'tiempo, no podrá iniciar sesión ni usar las herramientas en línea.'
      : facts.scope === 'sign-in'
        ? 'Pronto haremos trabajos de mantenimiento en el inicio de sesión ' +
          'de VA.gov. Durante ese tiempo, no podrá iniciar sesión.'
        : `Pronto haremos trabajos de mantenimiento en el inicio de sesión ` +
          `con su cuenta de ${accounts(facts.providers)}. Durante ese ` +
          `tiempo, no podrá iniciar sesión con esa cuenta.`,

  maintenanceActiveHeadline: (facts) =>
    facts.scope === 'site'
      ? 'Mantenimiento del sitio'
      : facts.scope === 'sign-in'
        ? 'Estamos trabajando en el inicio de sesión de VA.gov'
        : `El inicio de sesión con ${plain(facts)} está en mantenimiento`,
  maintenanceActiveBody: (facts) =>
    facts.scope === 'site'
      ? 'Estamos haciendo trabajos de mantenimiento en VA.gov en este ' +
        'momento. No podrá iniciar sesión ni usar las herramientas en ' +
        'línea hasta que terminemos.'
      : facts.scope === 'sign-in'
        ? 'Estamos haciendo trabajos de mantenimiento en el inicio de ' +
          'sesión de VA.gov. No podrá iniciar sesión hasta que terminemos.'
        : `Estamos haciendo trabajos de mantenimiento en el inicio de ` +
          `sesión con su cuenta de ${accounts(facts.providers)}. No podrá ` +
          `iniciar sesión con esa cuenta hasta que terminemos.`,

  unknownHeadline: () =>
    'No podemos comprobar el inicio de sesión en este momento',
  unknownBody: () =>
    'En este momento no podemos saber si el inicio de sesión funciona. ' +
    'Puede intentar iniciar sesión de todos modos. Si tiene problemas, ' +
    'vuelva a intentarlo más tarde.',

  startedAt: ({time}) => `Esto empezó el ${time}.`,
  expectedEnd: ({time}) => `Esperamos resolverlo antes del ${time}.`,
  startTime: ({time}) => `Hora de inicio: ${time}`,
  endTime: ({time}) => `Hora de finalización: ${time}`,

  useAlternative: (facts) =>
    `Todavía puede iniciar sesión con su cuenta de ` +
    `${accounts(facts.alternatives)}.`,
  checkBackLater: 'Si necesita iniciar sesión, vuelva a intentarlo más tarde.',
  methodsIntro: 'Puede hacer algunos trámites sin iniciar sesión:',
  statusPageLink: 'Consulte la página de estado del inicio de sesión de VA.gov',
  providerStatusPageLink: ({provider}) =>
    `Consulte la página de estado de ${provider}`,
  noticeDetailsLink: 'Más detalles',
  latestUpdate: 'Última actualización:',
  closeLabel: ({headline}) => `Cerrar la notificación: ${headline}`,
  fixedAnnouncement: 'El inicio de sesión ya funciona.',
};
