/**
 * Turns a banner model into the sentences it shows, in one language.
 * Kept apart from the element so the element only lays them out.
 */

import type {BannerModel} from '../banner-model.js';
import type {Language} from '../content/format-time.js';
import {
  formatEasternDateTime,
  formatEasternTime,
  isSameEasternDay,
} from '../content/format-time.js';
import type {BannerFacts, BannerMessages} from '../content/messages.js';

/** The sentences of one banner, in display order. */
export interface BannerCopy {
  headline: string;
  body: string;
  /** "This started …", "Start time: …" and the like. */
  times: string[];
  /** Text the notice itself carries, shown as plain text. */
  update: string | null;
  /** What to do instead: another provider, or check back later. */
  instead: string | null;
}

export function factsOf(model: BannerModel): BannerFacts {
  return {
    providers: model.providers.map((provider) => provider.label),
    alternatives: model.alternatives.map((provider) => provider.label),
    trouble: model.trouble,
    scope: model.scope,
  };
}

export function bannerCopy(
  model: BannerModel,
  messages: BannerMessages,
  language: Language
): BannerCopy {
  const facts = factsOf(model);
  const [headline, body] = headlineAndBody(model, messages, facts);
  const notice = model.notice;

  // A notice an editor wrote for VA.gov may carry its own headline; words
  // from monitors and vendors' pages only ever add an update line.
  // TODO: feeds carry no language, so a notice's words show in English on
  // Spanish pages (marked lang="en") and Spanish keeps our headline; a
  // per-language title and message in the feed would fix it.
  const ownTitle =
    language === 'en' && notice?.origin === 'manual' && notice.title
      ? notice.title
      : null;

  return {
    headline: ownTitle ?? headline,
    body,
    times: timeLines(model, messages, language),
    update: notice?.updates[0]?.message || notice?.message || null,
    instead: insteadLine(model, messages, facts),
  };
}

function headlineAndBody(
  model: BannerModel,
  messages: BannerMessages,
  facts: BannerFacts
): [string, string] {
  switch (model.kind) {
    case 'provider-outage':
      return [
        messages.providerOutageHeadline(facts),
        messages.providerOutageBody(facts),
      ];
    case 'provider-degraded':
      return [
        messages.providerDegradedHeadline(facts),
        messages.providerDegradedBody(facts),
      ];
    case 'several-services':
      return [
        messages.severalServicesHeadline(facts),
        messages.severalServicesBody(facts),
      ];
    case 'shared-dependency':
      return [
        messages.sharedDependencyHeadline(facts),
        messages.sharedDependencyBody(facts),
      ];
    case 'maintenance-upcoming':
      return [
        messages.maintenanceUpcomingHeadline(facts),
        messages.maintenanceUpcomingBody(facts),
      ];
    case 'maintenance-active':
      return [
        messages.maintenanceActiveHeadline(facts),
        messages.maintenanceActiveBody(facts),
      ];
    case 'unknown':
    case 'none':
      return [messages.unknownHeadline(facts), messages.unknownBody(facts)];
  }
}

/**
 * Maintenance gets VA's "Start time:" and "End time:" lines; an end on
 * the same Eastern day as the start gives the time alone. Outages say
 * since when, and until when if a source expects an end.
 */
function timeLines(
  model: BannerModel,
  messages: BannerMessages,
  language: Language
): string[] {
  const {startsAt, endsAt} = model;
  if (startsAt === null || !isValidTime(startsAt)) {
    return [];
  }

  const start = formatEasternDateTime(startsAt, language);
  const end =
    endsAt === null || !isValidTime(endsAt)
      ? null
      : isSameEasternDay(startsAt, endsAt)
        ? formatEasternTime(endsAt, language)
        : formatEasternDateTime(endsAt, language);

  if (model.trouble === 'maintenance') {
    const lines = [messages.startTime({time: start})];
    return end === null ? lines : [...lines, messages.endTime({time: end})];
  }

  const lines = [messages.startedAt({time: start})];
  if (endsAt !== null && isValidTime(endsAt)) {
    // An expected fix on another day than the start still needs its date.
    lines.push(
      messages.expectedEnd({time: formatEasternDateTime(endsAt, language)})
    );
  }
  return lines;
}

function insteadLine(
  model: BannerModel,
  messages: BannerMessages,
  facts: BannerFacts
): string | null {
  if (model.kind === 'unknown' || model.kind === 'none') {
    return null;
  }
  if (model.alternatives.length > 0) {
    return messages.useAlternative(facts);
  }
  return model.kind === 'maintenance-upcoming' ? null : messages.checkBackLater;
}

function isValidTime(value: string): boolean {
  return Number.isFinite(Date.parse(value));
}

/** A link to a status page, with its text. */
export interface StatusLink {
  href: string;
  text: string;
}

/** The host's status page first, then each affected provider's own. */
export function statusLinks(
  model: BannerModel,
  messages: BannerMessages,
  statusPageUrl: string | null
): StatusLink[] {
  const links: StatusLink[] = [];
  if (statusPageUrl) {
    links.push({href: statusPageUrl, text: messages.statusPageLink});
  }

  for (const provider of model.providers) {
    if (provider.statusPageUrl) {
      links.push({
        href: provider.statusPageUrl,
        text: messages.providerStatusPageLink({provider: provider.label}),
      });
    }
  }
  return links;
}
