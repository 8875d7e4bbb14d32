/**
 * A notice's words in the reader's language. Sources write in English;
 * the notice feed may add translations keyed by primary language subtag.
 * The banner and the status page both ask here, so they pick the same
 * words and know which language to mark them with.
 */

import type {NoticeUpdate, SourceNotice} from './types.js';

/** The language a source's own words are in. */
export const NOTICE_SOURCE_LANGUAGE = 'en';

/** A notice's title and message, and the language they are written in. */
export interface NoticeText {
  title: string | null;
  message: string | null;
  /** The language asked for when translated, else `en`. */
  lang: string;
}

/** An update's message, and the language it is written in. */
export interface UpdateText {
  message: string;
  lang: string;
}

/**
 * The notice's title and message in `language` (a primary subtag such as
 * `es`) when its source translated them, else as written, in English.
 */
export function noticeTextIn(
  notice: SourceNotice,
  language: string
): NoticeText {
  const translation = translationIn(notice.translations, language);
  if (
    typeof translation?.title === 'string' &&
    typeof translation.message === 'string'
  ) {
    return {
      title: translation.title,
      message: translation.message,
      lang: language,
    };
  }
  return {
    title: notice.title,
    message: notice.message,
    lang: NOTICE_SOURCE_LANGUAGE,
  };
}

/** The update's message in `language` when translated, else as written. */
export function updateTextIn(
  update: NoticeUpdate,
  language: string
): UpdateText {
  const translation = translationIn(update.translations, language);
  if (typeof translation?.message === 'string') {
    return {message: translation.message, lang: language};
  }
  return {message: update.message, lang: NOTICE_SOURCE_LANGUAGE};
}

/**
 * One language of a translations map. Snapshots also arrive as JSON
 * written before translations existed (an old status document, a
 * hand-made fixture), so a missing map or entry simply means none.
 */
function translationIn(
  translations: unknown,
  language: string
): Readonly<Record<string, unknown>> | null {
  if (
    typeof translations !== 'object' ||
    translations === null ||
    !Object.hasOwn(translations, language)
  ) {
    return null;
  }

  const translation: unknown = (translations as Record<string, unknown>)[
    language
  ];
  return typeof translation === 'object' && translation !== null
    ? (translation as Record<string, unknown>)
    : null;
}
