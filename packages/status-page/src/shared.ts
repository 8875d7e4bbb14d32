/**
 * What the status page shares with the banner package: Eastern-time
 * formatting in VA style, the alternate ways to get things done, the
 * provider's client context, the source attributes and the source-error
 * event. One place to
 * import them from, so the page never keeps its own copy.
 */

export {
  ALTERNATE_METHODS,
  DEFAULT_ALTERNATE_METHOD_IDS,
  STATUS_ERROR_EVENT,
  alternateMethodsById,
  describeSources,
  pollOptions,
  easternDay,
  formatEasternDate,
  formatEasternDateTime,
  formatPhone,
  localize,
  statusClientContext,
} from '@va-auth-status/status-banner';
export type {
  AlternateMethod,
  Language,
  StatusErrorDetail,
} from '@va-auth-status/status-banner';

/** A bubbling, composed event, like the banner's, with a typed detail. */
export function statusEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, {bubbles: true, composed: true, detail});
}
