/**
 * English copy, written to the VA content style guide: plain words,
 * contractions, no "please", "We're sorry" when the trouble is ours to
 * own, account names in bold followed by "account", "sign in" as a verb.
 * Headlines stay near 50 characters; the one VA's system-message
 * dictionary fixes word for word ("You may have trouble signing in with
 * your [provider] account", "Upcoming site maintenance", "Site
 * maintenance") is used as written there.
 */

import type {BannerFacts, BannerMessages} from './messages.js';

const bold = (name: string): string => `**${name}**`;

/** "A", "A or B", "A, B, or C" (VA uses the serial comma). */
function joinOr(names: readonly string[]): string {
  if (names.length <= 2) {
    return names.join(' or ');
  }
  return `${names.slice(0, -1).join(', ')}, or ${names.at(-1) ?? ''}`;
}

const accounts = (names: readonly string[]): string => joinOr(names.map(bold));

const plain = (facts: BannerFacts): string => joinOr(facts.providers);

export const en: BannerMessages = {
  providerOutageHeadline: (facts) =>
    `You may have trouble signing in with your ${plain(facts)} account`,
  providerOutageBody: (facts) =>
    `We're sorry. Signing in with your ${accounts(facts.providers)} ` +
    `account isn't working right now.`,

  providerDegradedHeadline: (facts) =>
    `You may have trouble signing in with your ${plain(facts)} account`,
  providerDegradedBody: (facts) =>
    `Signing in with your ${accounts(facts.providers)} account may be ` +
    `slow or may not work every time right now.`,

  severalServicesHeadline: () => 'You may have trouble signing in',
  // Some of the providers may only be slow, so the body claims no more
  // than "may not work" for all of them.
  severalServicesBody: (facts) =>
    `We're sorry. Signing in with your ${accounts(facts.providers)} ` +
    `account may not work right now.`,

  sharedDependencyHeadline: (facts) =>
    facts.trouble === 'outage'
      ? "Signing in to VA.gov isn't working right now"
      : 'You may have trouble signing in to VA.gov',
  sharedDependencyBody: (facts) =>
    facts.trouble === 'outage'
      ? "We're sorry. A system that every sign-in needs isn't working " +
        "right now, so you can't sign in with any account."
      : "We're sorry. A system that every sign-in needs is having " +
        'problems, so you may not be able to sign in with any account.',

  maintenanceUpcomingHeadline: (facts) =>
    facts.scope === 'site'
      ? 'Upcoming site maintenance'
      : facts.scope === 'sign-in'
        ? 'Upcoming sign-in maintenance'
        : `Upcoming maintenance for ${plain(facts)} sign-in`,
  maintenanceUpcomingBody: (facts) =>
    facts.scope === 'site'
      ? "We'll be doing maintenance on VA.gov soon. During that time, " +
        "you won't be able to sign in or use online tools."
      : facts.scope === 'sign-in'
        ? "We'll be doing maintenance on VA.gov sign-in soon. During " +
          "that time, you won't be able to sign in."
        : `We'll be doing maintenance on sign-in with your ` +
          `${accounts(facts.providers)} account soon. During that time, ` +
          `you won't be able to sign in with that account.`,

  maintenanceActiveHeadline: (facts) =>
    facts.scope === 'site'
      ? 'Site maintenance'
      : facts.scope === 'sign-in'
        ? "We're working on VA.gov sign-in"
        : `${plain(facts)} sign-in is down for maintenance`,
  maintenanceActiveBody: (facts) =>
    facts.scope === 'site'
      ? "We're doing maintenance on VA.gov right now. You won't be able " +
        "to sign in or use online tools until we're finished."
      : facts.scope === 'sign-in'
        ? "We're doing maintenance on VA.gov sign-in right now. You " +
          "won't be able to sign in until we're finished."
        : `We're doing maintenance on sign-in with your ` +
          `${accounts(facts.providers)} account right now. You won't be ` +
          `able to sign in with that account until we're finished.`,

  unknownHeadline: () => "We can't check sign-in right now",
  unknownBody: () =>
    "We can't tell right now if sign-in is working. You can still try " +
    'to sign in. If you have trouble, check back later.',

  startedAt: ({time}) => `This started ${time}.`,
  expectedEnd: ({time}) => `We expect it to be fixed by ${time}.`,
  startTime: ({time}) => `Start time: ${time}`,
  endTime: ({time}) => `End time: ${time}`,

  useAlternative: (facts) =>
    `You can still sign in with your ${accounts(facts.alternatives)} ` +
    `account.`,
  checkBackLater: 'If you need to sign in, check back later.',
  methodsIntro: 'You can get some things done without signing in:',
  statusPageLink: 'Check the VA.gov sign-in status page',
  providerStatusPageLink: ({provider}) => `Check the ${provider} status page`,
  noticeDetailsLink: 'More details',
  latestUpdate: 'Latest update:',
  closeLabel: ({headline}) => `Close notification: ${headline}`,
  fixedAnnouncement: 'Sign-in is working now.',
};
