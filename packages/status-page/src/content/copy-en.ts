/** The status page in English. See `copy.ts` for the rules. */

import type {PageCopy} from './copy.js';

export const en: PageCopy = {
  locale: 'en-US',
  title: 'VA.gov sign-in status',
  intro:
    'Check if you can sign in to VA.gov with your Login.gov or ID.me ' +
    'account, and if the VA systems behind sign-in are working.',
  overall: {
    operational: 'Sign-in is working normally.',
    degraded: 'Some people may have trouble signing in right now.',
    outage: 'Some sign-in services aren’t working right now.',
    maintenance: 'Some sign-in services are down for maintenance.',
    'partly-unknown':
      'We can’t check some sign-in services right now. The others are ' +
      'working.',
    unknown:
      'We can’t check sign-in status right now. This doesn’t mean ' +
      'sign-in is down. Try again in a few minutes.',
    loading: 'Checking sign-in status…',
  },
  staleNote:
    'This information may be out of date. We’re trying to check again.',
  liveUnavailable:
    'We can’t get newer information right now. What you see is from the ' +
    'last time we could check.',
  lastChecked: (time) => `Last checked: ${time}`,
  neverChecked: 'We haven’t been able to check yet.',
  checkedUnknown: 'We don’t know when this information was last checked.',
  statusPrefix: 'Status: ',
  stateWords: {
    operational: 'Working',
    degraded: 'Some problems',
    outage: 'Not working',
    maintenance: 'Down for maintenance',
    unknown: 'We can’t check right now',
  },
  services: {
    heading: 'Sign-in services',
    names: {
      logingov: 'Login.gov',
      idme: 'ID.me',
      ssoe: 'SSOe',
      ssoe_oauth: 'SSOe OAuth',
      mvi: 'Master Person Index (MPI)',
      global: 'VA.gov',
    },
    descriptions: {
      logingov: 'Account provider you can sign in with',
      idme: 'Account provider you can sign in with',
      ssoe: 'VA system that connects some sign-ins to VA.gov',
      ssoe_oauth: 'VA system that connects some VA apps to sign-in',
      mvi: 'VA system that matches your account to your VA records',
      global: 'The VA.gov website as a whole',
    },
    genericDescription: 'VA system used during sign-in',
  },
  notices: {
    problemsHeading: 'Current problems',
    noProblems: 'We don’t know of any sign-in problems right now.',
    problemsUnknown:
      'We can’t check for sign-in problems right now. Try again in a few ' +
      'minutes.',
    announcementsHeading: 'Announcements',
    maintenanceHeading: 'Scheduled maintenance',
    noMaintenance: 'No maintenance is scheduled.',
    maintenanceUnknown:
      'We can’t check for scheduled maintenance right now. Try again in a ' +
      'few minutes.',
    inProgress: 'In progress',
    upcoming: 'Upcoming',
    ended: 'Ended',
    untitled: {
      outage: 'Sign-in problem',
      degraded: 'Sign-in may be slow or unreliable',
      maintenance: 'Sign-in maintenance',
      info: 'Sign-in announcement',
      operational: 'Sign-in is working again',
    },
    affects: (names) => `Affects: ${names}`,
    started: (time) => `Started: ${time}`,
    endedAt: (time) => `Ended: ${time}`,
    startTime: (time) => `Start time: ${time}`,
    endTime: (time) => `End time: ${time}`,
    endUnknown: 'End time: We don’t know yet',
    updatesHeading: 'Updates',
    newestFirst: 'Newest first',
    updateWords: {
      investigating: 'We’re looking into it',
      identified: 'We found the cause',
      monitoring: 'We’re checking the fix',
      resolved: 'Fixed',
      postmortem: 'Review posted',
      scheduled: 'Scheduled',
      in_progress: 'In progress',
      verifying: 'Checking the work',
      completed: 'Finished',
    },
    genericUpdate: 'Update',
    moreDetails: 'More details from the provider',
  },
  help: {
    heading: 'If you can’t sign in',
    intro:
      'You can still get many things done by phone. You can also check ' +
      'your account provider’s own status page.',
    providersHeading: 'Account providers’ status pages',
    providerLink: (name) => `${name} status page`,
    otherWaysHeading: 'Other ways to get things done',
    tty: 'TTY: 711',
    hoursLabel: 'Hours:',
    website: 'Go to the website',
  },
  history: {
    heading: 'Past 90 days',
    intro:
      'Problems and maintenance that have ended, and how often each ' +
      'service was up.',
    noticesHeading: 'Resolved problems and past maintenance',
    noNotices: 'There were no problems or maintenance in the past 90 days.',
    showUpdates: 'Show updates',
    uptimeHeading: 'Uptime by day',
    uptimeIntro:
      'Days are in Eastern Time. A day we have no measurements for says ' +
      '“No data.”',
    noUptime: 'We don’t have uptime measurements for the past 90 days.',
    noData: 'No data',
    uptimeSummary: (percent, days) =>
      `Up ${percent} of the time on the ${days} ${
        days === 1 ? 'day' : 'days'
      } we have data for`,
    noDataForService: 'No uptime data for this service',
    showDays: (name) => `Show each day for ${name}`,
    dayColumn: 'Day',
    uptimeColumn: 'Uptime',
    bands: {
      full: 'Up all day or nearly all day (99.9% or more)',
      minor: 'Short problems (99% to 99.9%)',
      major: 'Longer problems (less than 99%)',
      none: 'No data',
    },
    legendHeading: 'What the colors mean',
  },
  sources: {
    heading: 'Where this information comes from',
    intro: 'This page checks these sources on its own, one at a time.',
    kinds: {
      'backend-statuses': 'VA.gov service status',
      'maintenance-windows': 'VA.gov maintenance schedule',
      statuspage: 'Account provider status page',
      notices: 'VA sign-in notices',
    },
    freshness: {
      fresh: 'Up to date',
      stale: 'May be out of date',
      unknown: 'Not answering',
    },
    failing: 'Not answering right now',
    someFailing:
      'Some of our sources aren’t answering right now. What you see may ' +
      'be incomplete.',
  },
  site: {
    description:
      'Is VA.gov sign-in working? Current status of Login.gov, ID.me and ' +
      'the VA systems behind sign-in, with scheduled maintenance.',
    skipLink: 'Skip to main content',
    siteName: 'VA.gov',
    otherLanguage: 'Español',
    builtAt: (time) => `This page was built ${time}.`,
    noScript:
      'JavaScript is turned off in your browser, so this page won’t ' +
      'update by itself. It shows sign-in status from the time it was ' +
      'built.',
    updatesHeading: 'Get status updates',
    rss: 'RSS feed',
    atom: 'Atom feed',
    json: 'Status data (JSON)',
  },
  feed: {
    title: 'VA.gov sign-in status',
    description:
      'Problems and maintenance that affect signing in to VA.gov, with ' +
      'every update.',
    author: 'VA.gov',
  },
};
