/**
 * The banner's two live regions: how a screen reader hears that the
 * banner appeared, changed or went away after the page loaded. Both sit
 * in the shadow root, empty, from the first render, because a region
 * that enters the page with its words already in it is not announced by
 * every screen reader; a change to a region already there is.
 */

import type {TemplateResult} from 'lit';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {BannerModel} from '../banner-model.js';
import type {Language} from '../content/format-time.js';
import type {BannerMessages} from '../content/messages.js';
import {textRuns} from '../content/messages.js';
import type {Line} from './banner-copy.js';
import {bannerCopy} from './banner-copy.js';

/** A piece of an announcement and the language it is written in. */
export type Phrase = Pick<Line, 'text' | 'lang'>;

/** What one region says. */
export interface Utterance {
  language: Language;
  /** The headline, then perhaps one sentence of the body. */
  phrases: readonly Phrase[];
  /** The same words as the region held before, marked to differ. */
  repeat: boolean;
}

/** The words in the polite (`status`) and assertive (`alert`) regions. */
export interface LiveText {
  polite: Utterance | null;
  assertive: Utterance | null;
}

export const SILENT: LiveText = Object.freeze({polite: null, assertive: null});

/** A banner change after the first settled snapshot. */
export interface BannerChange {
  from: BannerModel;
  to: BannerModel;
  /** New status caused it, not a dismissal or a change of options. */
  fromStatus: boolean;
}

/** Kinds whose banner going away means nothing was fixed. */
const NOT_TROUBLE = new Set<BannerModel['kind']>([
  'none',
  'announcement',
  'maintenance-upcoming',
]);

/**
 * A banner body sentence longer than this is left out: an announcement
 * should be short, and a notice's own words can run long.
 */
const LONGEST_SENTENCE = 160;

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * What the regions say after `change`: the new banner in the region its
 * urgency asks for (the other one emptied), or that the trouble is over,
 * or nothing at all.
 */
export function liveTextAfter(
  live: LiveText,
  change: BannerChange,
  messages: BannerMessages,
  language: Language
): LiveText {
  const {from, to} = change;
  if (to.kind !== 'none') {
    const phrases = bannerPhrases(to, messages, language);
    return say(live, to.urgent ? 'assertive' : 'polite', language, phrases);
  }

  if (change.fromStatus && !NOT_TROUBLE.has(from.kind)) {
    const fixed = {text: messages.fixedAnnouncement, lang: language};
    return say(live, 'polite', language, [fixed]);
  }

  // Closed by the reader, news that ended, or a banner set to speak for
  // other services: nothing was fixed, and words about a banner that is
  // gone should not stay behind for a reading cursor to find.
  return SILENT;
}

/**
 * Puts `phrases` in one region and empties the other. The same words
 * twice in a row would be no change, so nothing would be read: a trailing
 * zero-width space, on every other repeat, makes the text differ at
 * once. We prefer it to emptying the region and refilling it a frame
 * later, which needs a timer and can be merged into one accessibility
 * update (and so not read at all); the mark is added only on repeats,
 * so braille displays rarely meet it.
 */
function say(
  live: LiveText,
  politeness: keyof LiveText,
  language: Language,
  phrases: readonly Phrase[]
): LiveText {
  const before = live[politeness];
  const repeat =
    before !== null &&
    !before.repeat &&
    wordsOf(before.phrases) === wordsOf(phrases);
  const utterance: Utterance = {language, phrases, repeat};

  return politeness === 'polite'
    ? {polite: utterance, assertive: null}
    : {polite: null, assertive: utterance};
}

function wordsOf(phrases: readonly Phrase[]): string {
  return phrases.map((phrase) => `${phrase.lang}:${phrase.text}`).join('|');
}

/**
 * The headline as a sentence, then the body's first sentence of more
 * than two words: several of ours open with "We're sorry.", which says
 * nothing on its own.
 */
function bannerPhrases(
  model: BannerModel,
  messages: BannerMessages,
  language: Language
): Phrase[] {
  const copy = bannerCopy(model, messages, language);
  const headline = {
    text: asSentence(copy.headline.text),
    lang: copy.headline.lang,
  };

  const body = copy.body;
  const lead = body === null ? null : leadSentence(plainText(body));
  return body === null || lead === null
    ? [headline]
    : [headline, {text: lead, lang: body.lang}];
}

function asSentence(text: string): string {
  const words = collapse(text);
  return /[.!?]$/.test(words) ? words : `${words}.`;
}

/** Our copy without its `**` bold marks; a notice's words as written. */
function plainText(line: Line): string {
  return line.verbatim
    ? line.text
    : textRuns(line.text)
        .map((run) => run.text)
        .join('');
}

/**
 * Sentences end at `.`, `!` or `?` before a space, so "VA.gov" and
 * "ID.me" stay whole.
 */
function leadSentence(text: string): string | null {
  const lead = collapse(text)
    .split(/(?<=[.!?]) /)
    .find((sentence) => sentence.split(' ').length > 2);
  return lead !== undefined && lead.length <= LONGEST_SENTENCE ? lead : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Both regions, visually hidden. `role="alert"` and `role="status"`
 * imply `aria-live` and `aria-atomic`; they are also set for screen
 * readers that read only the attributes.
 */
export function renderLiveRegions(live: LiveText): TemplateResult {
  // TODO: words stay in a region after they are read, so a screen
  // reader's reading cursor meets them again after the banner; emptying
  // them on a timer could make some screen readers read them again.
  return html`<div
      class="usa-sr-only"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      lang=${ifDefined(live.polite?.language)}
    >
      ${renderUtterance(live.polite)}
    </div>
    <div
      class="usa-sr-only"
      role="alert"
      aria-live="assertive"
      aria-atomic="true"
      lang=${ifDefined(live.assertive?.language)}
    >
      ${renderUtterance(live.assertive)}
    </div>`;
}

function renderUtterance(utterance: Utterance | null) {
  if (utterance === null) {
    return nothing;
  }
  const {language, phrases} = utterance;

  return html`${phrases.map((phrase, index) => {
    const lang = phrase.lang === language ? undefined : phrase.lang;
    const space = index > 0 ? ' ' : nothing;
    return html`${space}<span lang=${ifDefined(lang)}>${phrase.text}</span>`;
  })}${utterance.repeat ? ZERO_WIDTH_SPACE : nothing}`;
}
