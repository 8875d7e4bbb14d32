/**
 * Turns a banner model into the sentences it shows, in one language.
 * Kept apart from the element so the element only lays them out.
 */

import type {StatusNotice} from '@va-auth-status/status-client';
import {noticeTextIn, updateTextIn} from '@va-auth-status/status-client';
import type {BannerModel} from '../banner-model.js';
import type {Language} from '../content/format-time.js';
import {
  formatEasternDateTime,
  formatEasternTime,
  isSameEasternDay,
} from '../content/format-time.js';
import type {BannerFacts, BannerMessages} from '../content/messages.js';

/** A piece of the banner and the language it is written in. */
export interface Line {
  text: string;
  /** The banner's language, or the one a notice's own words are in. */
  lang: string;
  /** A notice's own words: plain text, no `**` marks read. */
  verbatim: boolean;
}

/** The sentences of one banner, in display order. */
export interface BannerCopy {
  headline: Line;
  /** Null when an announcement's notice has no message. */
  body: Line | null;
  /** "This started …", "Start time: …" and the like. */
  times: string[];
  /** Text the notice itself carries, shown as plain text. */
  update: Line | null;
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
  const notice = model.notice;
  if (model.kind === 'announcement' && notice !== null) {
    return announcementCopy(notice, language);
  }

  const facts = factsOf(model);
  const [headline, body] = headlineAndBody(model, messages, facts);

  return {
    headline: ownTitle(notice, language) ?? ours(headline, language),
    body: ours(body, language),
    times: timeLines(model, messages, language),
    update: notice === null ? null : latestWords(notice, language),
    instead: insteadLine(model, messages, facts),
  };
}

/**
 * A notice an editor wrote for VA.gov may carry its own headline, when
 * it is in the banner's language (written so, or translated); words from
 * monitors only ever add an update line.
 */
function ownTitle(
  notice: StatusNotice | null,
  language: Language
): Line | null {
  if (notice?.origin !== 'manual') {
    return null;
  }
  const text = noticeTextIn(notice, language);
  return text.title && text.lang === language
    ? verbatim(text.title, text.lang)
    : null;
}

/** The newest update's message, else the notice's own, translated if we can. */
function latestWords(notice: StatusNotice, language: Language): Line | null {
  const newest = notice.updates[0];
  const update = newest === undefined ? null : updateTextIn(newest, language);
  if (update?.message) {
    return verbatim(update.message, update.lang);
  }

  const own = noticeTextIn(notice, language);
  return own.message ? verbatim(own.message, own.lang) : null;
}

/**
 * An announcement is the notice's own title and message; a newer update
 * follows as the latest update, unless it only repeats the message (as
 * a Statuspage incident's does).
 */
function announcementCopy(
  notice: StatusNotice,
  language: Language
): BannerCopy {
  const text = noticeTextIn(notice, language);
  const body = text.message ? verbatim(text.message, text.lang) : null;
  const update = latestWords(notice, language);

  return {
    headline: verbatim(text.title ?? '', text.lang),
    body,
    times: [],
    update: update?.text === body?.text ? null : update,
    instead: null,
  };
}

/** Our own copy, which may mark names bold with `**`. */
function ours(text: string, language: Language): Line {
  return {text, lang: language, verbatim: false};
}

function verbatim(text: string, lang: string): Line {
  return {text, lang, verbatim: true};
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
    // An announcement speaks in its notice's words (`announcementCopy`).
    case 'announcement':
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

/**
 * The notice's own page first (the most about this very problem), then
 * the host's status page, then each affected provider's own, unless the
 * notice already links to it.
 */
export function statusLinks(
  model: BannerModel,
  messages: BannerMessages,
  statusPageUrl: string | null
): StatusLink[] {
  const links: StatusLink[] = [];
  const noticeUrl = httpsUrl(model.notice?.url);
  if (noticeUrl !== null) {
    links.push({href: noticeUrl, text: messages.noticeDetailsLink});
  }
  if (statusPageUrl) {
    links.push({href: statusPageUrl, text: messages.statusPageLink});
  }

  for (const provider of model.providers) {
    const href = provider.statusPageUrl;
    const repeatsNotice = noticeUrl !== null && httpsUrl(href) === noticeUrl;
    if (href && !repeatsNotice) {
      links.push({
        href,
        text: messages.providerStatusPageLink({provider: provider.label}),
      });
    }
  }
  return links;
}

/**
 * The URL, normalised, if it is `https:`. The parsers accept no other
 * notice link, but a snapshot can come from any client, and a link on a
 * sign-in page must never run script.
 */
function httpsUrl(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) {
    return null;
  }
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? parsed.href : null;
}
