/**
 * Every sentence the banners say, in one shape for every language. The
 * English and Spanish objects are typed `BannerMessages`, so a language
 * that misses a key does not compile; a test checks that none is empty.
 *
 * Text between `**` marks is shown in bold (account names, as VA's
 * sign-in language rules ask). Nothing else is markup: every string is
 * rendered as text.
 */

import type {BannerScope, Trouble} from '../banner-model.js';
import type {Language} from './format-time.js';
import {en} from './messages-en.js';
import {es} from './messages-es.js';

/** What the copy may mention, already in plain words. */
export interface BannerFacts {
  /** Names of the affected account providers ("Login.gov"). */
  providers: readonly string[];
  /** Names of providers that still work. */
  alternatives: readonly string[];
  /** The worst trouble among the affected services. */
  trouble: Trouble | null;
  scope: BannerScope;
}

/** A date and time already written in VA style for the language. */
export interface TimeFacts {
  time: string;
}

type Copy<T> = (facts: T) => string;

export interface BannerMessages {
  providerOutageHeadline: Copy<BannerFacts>;
  providerOutageBody: Copy<BannerFacts>;
  providerDegradedHeadline: Copy<BannerFacts>;
  providerDegradedBody: Copy<BannerFacts>;
  severalServicesHeadline: Copy<BannerFacts>;
  severalServicesBody: Copy<BannerFacts>;
  sharedDependencyHeadline: Copy<BannerFacts>;
  sharedDependencyBody: Copy<BannerFacts>;
  maintenanceUpcomingHeadline: Copy<BannerFacts>;
  maintenanceUpcomingBody: Copy<BannerFacts>;
  maintenanceActiveHeadline: Copy<BannerFacts>;
  maintenanceActiveBody: Copy<BannerFacts>;
  unknownHeadline: Copy<BannerFacts>;
  unknownBody: Copy<BannerFacts>;
  /** When an outage began. */
  startedAt: Copy<TimeFacts>;
  /** When a source expects an outage to end. */
  expectedEnd: Copy<TimeFacts>;
  /** Maintenance start line. */
  startTime: Copy<TimeFacts>;
  /** Maintenance end line. */
  endTime: Copy<TimeFacts>;
  /** The other providers that still work. */
  useAlternative: Copy<BannerFacts>;
  /** When no other provider works. */
  checkBackLater: string;
  /** Introduces the phone lines. */
  methodsIntro: string;
  /** Link text for the host's status page. */
  statusPageLink: string;
  /** Link text for a provider's own status page. */
  providerStatusPageLink: Copy<{provider: string}>;
  /** Link text for the page about the notice the banner shows. */
  noticeDetailsLink: string;
  /** Label before text a notice carries (shown as plain text). */
  latestUpdate: string;
  /** Accessible name of the close button. */
  closeLabel: Copy<{headline: string}>;
  /**
   * Told to screen readers, politely, when a banner about trouble goes
   * away after the page loaded because the trouble is over.
   */
  fixedAnnouncement: string;
}

export const MESSAGES: Readonly<Record<Language, BannerMessages>> =
  Object.freeze({en, es});

/** The messages for `language` with a host's overrides on top. */
export function messagesFor(
  language: Language,
  overrides: Partial<BannerMessages> | null | undefined
): BannerMessages {
  return {...MESSAGES[language], ...overrides};
}

/** Piece of text, bold or not, from the `**` marks of a message. */
export interface TextRun {
  text: string;
  bold: boolean;
}

/** Splits a message at its `**` marks. Never parses HTML. */
export function textRuns(message: string): TextRun[] {
  return message
    .split('**')
    .map((text, index) => ({text, bold: index % 2 === 1}))
    .filter((run) => run.text !== '');
}

/** `**name**`: the way copy marks an account name bold. */
export function bold(name: string): string {
  return `**${name}**`;
}
