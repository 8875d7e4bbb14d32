/**
 * Ways to get common tasks done without signing in to VA.gov. One list
 * serves the banners, the status page and the docs, so a number changes
 * in one place. Every entry names where its facts come from.
 *
 * Numbers are digits only, as `va-telephone` wants them; hours are in
 * Eastern Time and written to VA style.
 */

import type {Language} from './format-time.js';

export interface LocalizedText {
  en: string;
  es: string;
}

export interface AlternateMethod {
  /** Stable id; notices in the feed refer to methods by it. */
  id: string;
  /** What the line can do for someone who can't sign in. */
  task: LocalizedText;
  /** Who answers. */
  name: LocalizedText;
  /** Digits for `va-telephone`'s `contact`; null when there is no number. */
  phone: string | null;
  /** Whether the line takes TTY calls through 711. */
  tty: boolean;
  hours: LocalizedText;
  /** A web page that does the same, when there is one. */
  url: string | null;
  /** Where these facts were checked. */
  source: string;
}

export const ALTERNATE_METHODS: readonly AlternateMethod[] = Object.freeze([
  {
    id: 'myva411',
    task: {
      en: 'Get help with VA.gov, sign-in and online tools',
      es: 'Obtener ayuda con VA.gov, el inicio de sesión y las herramientas',
    },
    name: {
      en: 'MyVA411 main information line',
      es: 'Línea principal de información MyVA411',
    },
    phone: '8006982411',
    tty: true,
    hours: {en: '24/7', es: 'las 24 horas, los 7 días de la semana'},
    url: null,
    source:
      'VA design system, "Help users to recover from errors" pattern; ' +
      'component-library CONTACTS.VA_411',
  },
  {
    id: 'benefits-hotline',
    task: {
      en: 'Check a claim or appeal, or change direct deposit',
      es: 'Consultar un reclamo o apelación, o cambiar el depósito directo',
    },
    name: {en: 'VA benefits hotline', es: 'Línea de beneficios de VA'},
    phone: '8008271000',
    tty: true,
    hours: {
      en: 'Monday through Friday, 8:00 a.m. to 9:00 p.m. ET',
      es: 'de lunes a viernes, de 8:00 a.m. a 9:00 p.m. ET',
    },
    url: null,
    source:
      'VA design system, "Recover from errors" and "Dates and numbers"; ' +
      'component-library CONTACTS.VA_BENEFITS',
  },
  {
    id: 'health-benefits-hotline',
    task: {
      en: 'Apply for health care or ask about eligibility',
      es: 'Solicitar atención médica o preguntar sobre elegibilidad',
    },
    name: {
      en: 'Health benefits hotline',
      es: 'Línea de beneficios de salud',
    },
    phone: '8772228387',
    tty: true,
    hours: {
      en: 'Monday through Friday, 8:00 a.m. to 8:00 p.m. ET',
      es: 'de lunes a viernes, de 8:00 a.m. a 8:00 p.m. ET',
    },
    url: null,
    source:
      'VA design system, "Recover from errors"; ' +
      "component-library CONTACTS['222_VETS']",
  },
  {
    id: 'my-healthevet-help-desk',
    task: {
      en: 'Get help with secure messages, medications and health records',
      es: 'Obtener ayuda con mensajes seguros, medicamentos y registros',
    },
    name: {
      en: 'My HealtheVet help desk',
      es: 'Centro de ayuda de My HealtheVet',
    },
    phone: '8773270022',
    tty: true,
    hours: {
      en: 'Monday through Friday, 8:00 a.m. to 8:00 p.m. ET',
      es: 'de lunes a viernes, de 8:00 a.m. a 8:00 p.m. ET',
    },
    url: null,
    source:
      'VA design system, "Recover from errors"; ' +
      'component-library CONTACTS.MY_HEALTHEVET',
  },
  {
    id: 'pharmacy-refill-line',
    task: {
      en: 'Refill a prescription',
      es: 'Resurtir una receta',
    },
    name: {
      en: "Your VA pharmacy's automated refill line",
      es: 'La línea automática de resurtido de su farmacia de VA',
    },
    phone: null,
    tty: false,
    hours: {
      en: 'The number is on your prescription label',
      es: 'El número está en la etiqueta de su receta',
    },
    url: null,
    source: 'vets-website medications copy; va.gov-team MHV error guidance',
  },
  {
    id: 'health-facility',
    task: {
      en: 'Schedule or cancel an appointment',
      es: 'Programar o cancelar una cita',
    },
    name: {
      en: 'Your VA health facility',
      es: 'Su centro de salud de VA',
    },
    phone: null,
    tty: false,
    hours: {
      en: 'Hours vary by facility',
      es: 'El horario varía según el centro',
    },
    url: 'https://www.va.gov/find-locations/?facilityType=health',
    source: 'VA design system, "Recover from errors"',
  },
  {
    id: 'gi-bill-hotline',
    task: {
      en: 'Ask about education benefits',
      es: 'Preguntar sobre beneficios educativos',
    },
    name: {
      en: 'GI Bill hotline',
      es: 'Línea del GI Bill',
    },
    phone: '8884424551',
    tty: true,
    hours: {
      en: 'Monday through Friday, 8:00 a.m. to 7:00 p.m. ET',
      es: 'de lunes a viernes, de 8:00 a.m. a 7:00 p.m. ET',
    },
    url: null,
    source: 'VA design system, "Recover from errors"',
  },
  {
    id: 'logingov-help',
    task: {
      en: 'Get help with your Login.gov account',
      es: 'Obtener ayuda con su cuenta de Login.gov',
    },
    name: {en: 'Login.gov help center', es: 'Centro de ayuda de Login.gov'},
    phone: '8448756446',
    tty: true,
    hours: {en: '24/7', es: 'las 24 horas, los 7 días de la semana'},
    url: 'https://www.login.gov/contact/',
    source: 'va.gov-team Login.gov call-center support document (2024)',
  },
  {
    id: 'idme-help',
    task: {
      en: 'Get help with your ID.me account',
      es: 'Obtener ayuda con su cuenta de ID.me',
    },
    name: {en: 'ID.me help center', es: 'Centro de ayuda de ID.me'},
    phone: null,
    tty: false,
    hours: {en: 'Online help center', es: 'Centro de ayuda en línea'},
    url: 'https://help.id.me',
    source: 'va.gov-team Login.gov call-center support document (2024)',
  },
] satisfies AlternateMethod[]);

/** Ids shown when a notice names none: the lines that help most people. */
export const DEFAULT_ALTERNATE_METHOD_IDS: readonly string[] = Object.freeze([
  'myva411',
  'benefits-hotline',
  'my-healthevet-help-desk',
]);

/** Methods by id, in the order asked for; unknown ids are skipped. */
export function alternateMethodsById(
  ids: readonly string[],
  methods: readonly AlternateMethod[] = ALTERNATE_METHODS
): AlternateMethod[] {
  const byId = new Map(methods.map((method) => [method.id, method]));
  return ids.flatMap((id) => {
    const method = byId.get(id);
    return method ? [method] : [];
  });
}

/**
 * A 10-digit number as VA writes it, `800-827-1000`; anything else is
 * returned as given.
 */
export function formatPhone(digits: string): string {
  const match = /^(\d{3})(\d{3})(\d{4})$/.exec(digits);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : digits;
}

/** Picks the text for a language. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}
