/** The status page in Spanish. See `copy.ts` for the rules. */

import type {PageCopy} from './copy.js';

export const es: PageCopy = {
  locale: 'es-US',
  title: 'Estado del inicio de sesión en VA.gov',
  intro:
    'Verifique si puede iniciar sesión en VA.gov con su cuenta de ' +
    'Login.gov o ID.me, y si los sistemas de VA que permiten iniciar ' +
    'sesión están funcionando.',
  overall: {
    operational: 'El inicio de sesión funciona con normalidad.',
    degraded:
      'Es posible que algunas personas tengan problemas para iniciar ' +
      'sesión en este momento.',
    outage:
      'Algunos servicios de inicio de sesión no están funcionando en este ' +
      'momento.',
    maintenance:
      'Algunos servicios de inicio de sesión están fuera de servicio por ' +
      'mantenimiento.',
    'partly-unknown':
      'No podemos verificar algunos servicios de inicio de sesión en este ' +
      'momento. Los demás están funcionando.',
    unknown:
      'No podemos verificar el estado del inicio de sesión en este ' +
      'momento. Esto no significa que el inicio de sesión no funcione. ' +
      'Vuelva a intentarlo en unos minutos.',
    loading: 'Verificando el estado del inicio de sesión…',
  },
  staleNote:
    'Es posible que esta información no esté actualizada. Estamos ' +
    'intentando verificar de nuevo.',
  liveUnavailable:
    'No podemos obtener información más reciente en este momento. Lo que ' +
    've es de la última vez que pudimos verificar.',
  lastChecked: (time) => `Última verificación: ${time}`,
  neverChecked: 'Todavía no hemos podido verificar.',
  checkedUnknown:
    'No sabemos cuándo se verificó esta información por última vez.',
  statusPrefix: 'Estado: ',
  stateWords: {
    operational: 'Funciona',
    degraded: 'Algunos problemas',
    outage: 'No funciona',
    maintenance: 'En mantenimiento',
    unknown: 'No podemos verificar en este momento',
  },
  services: {
    heading: 'Servicios de inicio de sesión',
    names: {
      logingov: 'Login.gov',
      idme: 'ID.me',
      ssoe: 'SSOe',
      ssoe_oauth: 'SSOe OAuth',
      mvi: 'Índice Maestro de Personas (MPI)',
      global: 'VA.gov',
    },
    descriptions: {
      logingov: 'Proveedor de cuentas con el que puede iniciar sesión',
      idme: 'Proveedor de cuentas con el que puede iniciar sesión',
      ssoe: 'Sistema de VA que conecta algunos inicios de sesión con VA.gov',
      ssoe_oauth:
        'Sistema de VA que conecta algunas aplicaciones de VA con el ' +
        'inicio de sesión',
      mvi: 'Sistema de VA que vincula su cuenta con sus registros de VA',
      global: 'El sitio web de VA.gov en su conjunto',
    },
    genericDescription: 'Sistema de VA que se usa al iniciar sesión',
  },
  notices: {
    problemsHeading: 'Problemas actuales',
    noProblems:
      'No sabemos de ningún problema con el inicio de sesión en este ' +
      'momento.',
    problemsUnknown:
      'No podemos verificar si hay problemas con el inicio de sesión en ' +
      'este momento. Vuelva a intentarlo en unos minutos.',
    announcementsHeading: 'Anuncios',
    maintenanceHeading: 'Mantenimiento programado',
    noMaintenance: 'No hay mantenimiento programado.',
    maintenanceUnknown:
      'No podemos verificar si hay mantenimiento programado en este ' +
      'momento. Vuelva a intentarlo en unos minutos.',
    inProgress: 'En curso',
    upcoming: 'Próximo',
    ended: 'Terminado',
    untitled: {
      outage: 'Problema con el inicio de sesión',
      degraded: 'El inicio de sesión puede estar lento o fallar',
      maintenance: 'Mantenimiento del inicio de sesión',
      info: 'Anuncio sobre el inicio de sesión',
      operational: 'El inicio de sesión vuelve a funcionar',
    },
    affects: (names) => `Afecta a: ${names}`,
    started: (time) => `Comenzó: ${time}`,
    endedAt: (time) => `Terminó: ${time}`,
    startTime: (time) => `Hora de inicio: ${time}`,
    endTime: (time) => `Hora de finalización: ${time}`,
    endUnknown: 'Hora de finalización: Todavía no la sabemos',
    updatesHeading: 'Actualizaciones',
    newestFirst: 'Las más recientes primero',
    updateWords: {
      investigating: 'Estamos investigando',
      identified: 'Encontramos la causa',
      monitoring: 'Estamos verificando la solución',
      resolved: 'Resuelto',
      postmortem: 'Informe publicado',
      scheduled: 'Programado',
      in_progress: 'En curso',
      verifying: 'Verificando el trabajo',
      completed: 'Terminado',
    },
    genericUpdate: 'Actualización',
    moreDetails: 'Más detalles del proveedor',
  },
  help: {
    heading: 'Si no puede iniciar sesión',
    intro:
      'Puede hacer muchos trámites por teléfono. También puede consultar ' +
      'la página de estado de su proveedor de cuentas.',
    providersHeading: 'Páginas de estado de los proveedores de cuentas',
    providerLink: (name) => `Página de estado de ${name}`,
    otherWaysHeading: 'Otras formas de hacer sus trámites',
    tty: 'TTY: 711',
    hoursLabel: 'Horario:',
    website: 'Ir al sitio web',
  },
  history: {
    heading: 'Últimos 90 días',
    intro:
      'Problemas y mantenimientos que ya terminaron, y con qué frecuencia ' +
      'funcionó cada servicio.',
    noticesHeading: 'Problemas resueltos y mantenimientos anteriores',
    noNotices: 'No hubo problemas ni mantenimientos en los últimos 90 días.',
    showUpdates: 'Mostrar actualizaciones',
    uptimeHeading: 'Disponibilidad por día',
    uptimeIntro:
      'Los días están en la hora del Este. Un día sin mediciones dice ' +
      '“Sin datos”.',
    noUptime: 'No tenemos mediciones de disponibilidad de los últimos 90 días.',
    noData: 'Sin datos',
    uptimeSummary: (percent, days) =>
      `Funcionó el ${percent} del tiempo en ${
        days === 1 ? 'el día' : `los ${days} días`
      } de los que tenemos datos`,
    noDataForService: 'No hay datos de disponibilidad de este servicio',
    showDays: (name) => `Mostrar cada día de ${name}`,
    dayColumn: 'Día',
    uptimeColumn: 'Disponibilidad',
    bands: {
      full: 'Funcionó todo o casi todo el día (99.9% o más)',
      minor: 'Problemas breves (del 99% al 99.9%)',
      major: 'Problemas más largos (menos del 99%)',
      none: 'Sin datos',
    },
    legendHeading: 'Qué significan los colores',
  },
  sources: {
    heading: 'De dónde viene esta información',
    intro: 'Esta página consulta cada una de estas fuentes por separado.',
    kinds: {
      'backend-statuses': 'Estado de los servicios de VA.gov',
      'maintenance-windows': 'Calendario de mantenimiento de VA.gov',
      statuspage: 'Página de estado del proveedor de cuentas',
      notices: 'Avisos de VA sobre el inicio de sesión',
    },
    freshness: {
      fresh: 'Actualizada',
      stale: 'Puede no estar actualizada',
      unknown: 'No responde',
    },
    failing: 'No responde en este momento',
    someFailing:
      'Algunas de nuestras fuentes no responden en este momento. Es ' +
      'posible que lo que ve esté incompleto.',
  },
  site: {
    description:
      '¿Funciona el inicio de sesión en VA.gov? Estado actual de ' +
      'Login.gov, ID.me y los sistemas de VA que permiten iniciar sesión, ' +
      'con el mantenimiento programado.',
    skipLink: 'Saltar al contenido principal',
    siteName: 'VA.gov',
    otherLanguage: 'English',
    builtAt: (time) => `Esta página se creó el ${time}.`,
    noScript:
      'JavaScript está desactivado en su navegador, así que esta página ' +
      'no se actualizará sola. Muestra el estado del inicio de sesión del ' +
      'momento en que se creó.',
    updatesHeading: 'Reciba actualizaciones del estado',
    rss: 'Canal RSS',
    atom: 'Canal Atom',
    json: 'Datos del estado (JSON)',
  },
  feed: {
    title: 'Estado del inicio de sesión en VA.gov',
    description:
      'Problemas y mantenimientos que afectan el inicio de sesión en ' +
      'VA.gov, con cada actualización.',
    author: 'VA.gov',
  },
};
