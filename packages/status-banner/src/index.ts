/**
 * @va-auth-status/status-banner: VA.gov sign-in status elements built on
 * the VA design system. This entry has no side effects; import
 * `@va-auth-status/status-banner/define` to register the tags.
 */

export {VaAuthStatusBanner} from './va-auth-status-banner.js';
export {VaAuthStatusProvider} from './va-auth-status-provider.js';
export {VaAuthAlternateMethods} from './va-auth-alternate-methods.js';
export {statusClientContext} from './context.js';
export {
  describeSources,
  pollOptions,
  statuspageSources,
} from './source-attributes.js';
export type {PollAttributes, SourceAttributes} from './source-attributes.js';
export {chooseBanner, isSettled} from './banner-state.js';
export type {ChooseBannerOptions} from './banner-state.js';
export {NO_BANNER} from './banner-model.js';
export type {
  AlertStatus,
  BannerKind,
  BannerModel,
  BannerScope,
  Trouble,
} from './banner-model.js';
export {
  STATUS_CHANGE_EVENT,
  STATUS_DISMISS_EVENT,
  STATUS_ERROR_EVENT,
} from './events.js';
export type {
  StatusChangeDetail,
  StatusDismissDetail,
  StatusErrorDetail,
} from './events.js';
export {MESSAGES, messagesFor} from './content/messages.js';
export type {
  BannerFacts,
  BannerMessages,
  TimeFacts,
} from './content/messages.js';
export {en as englishMessages} from './content/messages-en.js';
export {es as spanishMessages} from './content/messages-es.js';
export {
  ALTERNATE_METHODS,
  DEFAULT_ALTERNATE_METHOD_IDS,
  alternateMethodsById,
  formatPhone,
  localize,
} from './content/alternate-methods.js';
export type {
  AlternateMethod,
  LocalizedText,
} from './content/alternate-methods.js';
export {
  easternDay,
  easternParts,
  formatClock,
  formatEasternDate,
  formatEasternDateTime,
  formatEasternTime,
  isSameEasternDay,
} from './content/format-time.js';
export type {EasternParts, Language} from './content/format-time.js';
export {DISMISSED_KEY} from './internal/dismissals.js';
