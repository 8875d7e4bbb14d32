import {consume} from '@lit/context';
import type {PropertyValues} from 'lit';
import {LitElement, html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {
  SignInPath,
  StatusClient,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {createStatusClient} from '@va-auth-status/status-client';
import type {BannerModel} from './banner-model.js';
import {NO_BANNER} from './banner-model.js';
import {chooseBanner, isSettled} from './banner-state.js';
import type {Language} from './content/format-time.js';
import type {BannerMessages} from './content/messages.js';
import {messagesFor} from './content/messages.js';
import {statusClientContext} from './context.js';
import {
  STATUS_CHANGE_EVENT,
  STATUS_DISMISS_EVENT,
  STATUS_ERROR_EVENT,
  statusEvent,
} from './events.js';
import {checkChoices, checkSourceSoon} from './internal/dev-checks.js';
import {readDismissed, rememberDismissed} from './internal/dismissals.js';
import {pollOptions} from './source-attributes.js';
import {dismissFocusTarget, moveFocus} from './internal/focus.js';
import {resolveLanguage} from './internal/language.js';
import type {LiveText} from './internal/live-regions.js';
import {
  SILENT,
  liveTextAfter,
  renderLiveRegions,
} from './internal/live-regions.js';
import {renderAlert} from './internal/render-alert.js';
import {bannerStyles, textStyles} from './internal/styles.js';

/** What made the banner choose again. */
type ChoiceCause = 'status' | 'options' | 'dismissal';

/**
 * Tells people signing in to VA.gov when an account provider, a service
 * every sign-in needs, or the whole site is down, degraded or in
 * maintenance, and what they can do instead; when all of that is quiet,
 * it passes on an active information notice. Shows one banner at most,
 * built from VA design system components, and takes no space when there
 * is nothing to say.
 *
 * Reads status from the nearest `<va-auth-status-provider>`, else polls
 * `src` itself; banners with the same `src` share one request.
 *
 * @tagname va-auth-status-banner
 * @summary A VA.gov sign-in status banner (outage, maintenance, unknown,
 *   announcements).
 *
 * @fires va-auth-status-change - The banner shown changed (also for the
 *   first settled state). Detail: `{state, previous, services, snapshot}`.
 * @fires va-auth-status-dismiss - The user dismissed an upcoming
 *   maintenance notice or an announcement. Detail: `{noticeId}`.
 * @fires va-auth-status-error - A status source started failing. Detail:
 *   `{sourceId, error}`.
 *
 * @csspart alert - The `va-alert` element.
 * @csspart headline - The headline heading.
 * @csspart body - The main paragraph.
 * @csspart methods - The list of ways to get things done by phone.
 * @csspart method - One item in that list.
 * @csspart links - The paragraph of status page links.
 *
 * @cssprop --va-auth-status-banner-margin - Block margin around a shown
 *   banner (none when hidden). Default `0`.
 * @cssprop --va-auth-status-banner-headline-size - Headline font size.
 *   Default `1.33rem`.
 * @cssprop --va-auth-status-banner-headline-font - Headline font family.
 *   Default `var(--font-serif)`, then Bitter.
 * @cssprop --va-auth-status-font-family - Body font family. Default
 *   Source Sans Pro.
 */
export class VaAuthStatusBanner extends LitElement {
  static override styles = [textStyles, bannerStyles];

  /**
   * URL of vets-api's `/v0/backend_statuses`, polled when no provider
   * surrounds the banner and no `client` is set.
   */
  @property({reflect: true}) src: string | null = null;

  /** Poll interval in seconds when polling `src`. Default 60. */
  @property({type: Number}) interval: number | null = null;

  /**
   * Hours before a scheduled window that warnings start, when polling
   * `src`. Default: the kit's one lead time, 12 hours
   * (`UPCOMING_LEAD_TIME_MS`).
   */
  @property({type: Number, attribute: 'lead-time'}) leadTime: number | null =
    null;

  /**
   * Space-separated ids of the services the banner speaks for, such as
   * `logingov` beside a Login.gov button. Default: every service on the
   * sign-in path. Dependencies every provider needs are always included.
   */
  @property() services: string | null = null;

  /**
   * `sis` (Sign-in Service, the default) or `ssoe`. SSOe's status only
   * matters to pages that still send people through SSOe.
   */
  @property({attribute: 'sign-in-path'}) signInPath: SignInPath = 'sis';

  /** Link to the VA.gov sign-in status page; no link when unset. */
  @property({attribute: 'status-page-url'}) statusPageUrl: string | null = null;

  /** `en` or `es`. Default: the nearest `lang` above, else English. */
  @property() language: string | null = null;

  /** Level of the headline, 1 to 6. Default 2. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /**
   * Selector of the element to focus after a dismissal. Default: the next
   * heading or focusable element after the banner, else the page's `h1`.
   */
  @property({attribute: 'dismiss-focus'}) dismissFocus: string | null = null;

  /** Replacements for any of the banner's messages. */
  @property({attribute: false}) messages: Partial<BannerMessages> | null = null;

  /** A client to read instead of the provider's or one built for `src`. */
  @property({attribute: false}) client: StatusClient | null = null;

  @consume({context: statusClientContext, subscribe: true})
  @state()
  private contextClient: StatusClient | undefined = undefined;

  @state() private model: BannerModel = NO_BANNER;

  @state() private liveText: LiveText = SILENT;

  #activeClient: StatusClient | null = null;
  #ownClient: StatusClient | null = null;
  /** The `src` and interval `#ownClient` was built for. */
  #ownClientKey = '';
  #unsubscribe: (() => void) | null = null;
  #snapshot: StatusSnapshot | null = null;
  #settled = false;
  #signature = '';
  #failing = new Set<string>();
  #focusAfterUpdate = false;

  /** The banner currently shown; `none` when nothing is. */
  get state(): BannerModel['kind'] {
    return this.model.kind;
  }

  /** The latest snapshot the banner has read. */
  get snapshot(): StatusSnapshot | null {
    return this.#snapshot;
  }

  /** Whether the banner has a client to read. */
  get hasSource(): boolean {
    return this.#activeClient !== null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncClient();
    checkSourceSoon(this);
    // Another banner's dismissal hides the same notice here too.
    document.addEventListener(STATUS_DISMISS_EVENT, this.#onAnyDismiss);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(STATUS_DISMISS_EVENT, this.#onAnyDismiss);
    this.#release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged =
      changed.has('src') ||
      changed.has('interval') ||
      changed.has('leadTime') ||
      changed.has('client') ||
      changed.has('contextClient' as keyof VaAuthStatusBanner);
    if (sourceChanged && this.isConnected) {
      this.#syncClient();
    }

    const choiceChanged = changed.has('services') || changed.has('signInPath');
    if (choiceChanged && this.#snapshot !== null) {
      this.#choose('options');
    }

    this.toggleAttribute('hidden', this.model.kind === 'none');
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      const target = dismissFocusTarget(this, this.dismissFocus);
      if (target) {
        moveFocus(target);
      }
    }
  }

  /** Reads the client that should drive the banner, if it changed. */
  #syncClient(): void {
    const wanted = this.client ?? this.contextClient ?? this.#clientForSrc();
    if (wanted === this.#activeClient) {
      return;
    }

    this.#unsubscribe?.();
    this.#unsubscribe = null;
    if (this.#ownClient !== null && this.#ownClient !== wanted) {
      this.#ownClient.stop();
      this.#ownClient = null;
    }

    this.#activeClient = wanted;
    if (wanted === null) {
      return;
    }
    this.#read(wanted.snapshot);
    this.#unsubscribe = wanted.subscribe((snapshot) => this.#read(snapshot));
  }

  /** Our own client for `src`; the client shares its poll per URL. */
  #clientForSrc(): StatusClient | null {
    if (!this.src) {
      return null;
    }

    const options = pollOptions(this);
    const key = `${this.src}|${options.intervalMs}|${options.leadTimeMs}`;
    if (this.#ownClient !== null && this.#ownClientKey === key) {
      return this.#ownClient;
    }

    this.#ownClient?.stop();
    this.#ownClient = createStatusClient({
      sources: [{kind: 'backend-statuses', url: this.src}],
      ...options,
    });
    this.#ownClientKey = key;
    return this.#ownClient;
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#ownClient?.stop();
    this.#ownClient = null;
    this.#ownClientKey = '';
    this.#activeClient = null;
  }

  #read(snapshot: StatusSnapshot): void {
    this.#snapshot = snapshot;
    this.#reportNewErrors(snapshot);
    this.#choose('status');
  }

  /** Picks the banner for the latest snapshot and notes what changed. */
  #choose(cause: ChoiceCause): void {
    const snapshot = this.#snapshot;
    if (snapshot === null || !isSettled(snapshot)) {
      return;
    }
    checkChoices(this);

    const model = chooseBanner(snapshot, {
      services: this.services?.split(/\s+/).filter(Boolean) ?? null,
      path: this.signInPath === 'ssoe' ? 'ssoe' : 'sis',
      dismissed: readDismissed(),
    });
    const signature = [
      model.kind,
      model.services.join(' '),
      model.noticeIds.join(' '),
      model.status,
    ].join('|');

    const firstSettled = !this.#settled;
    this.#settled = true;
    if (!firstSettled && signature === this.#signature) {
      this.model = model;
      return;
    }

    // A banner there from the first settled snapshot is part of the page
    // and is not announced; what appears, changes or goes away later is
    // told through the live regions, there and empty since first render.
    if (!firstSettled) {
      const language = this.#language;
      this.liveText = liveTextAfter(
        this.liveText,
        {from: this.model, to: model, fromStatus: cause === 'status'},
        messagesFor(language, this.messages),
        language
      );
    }

    const previous = firstSettled ? null : this.model.kind;
    this.#signature = signature;
    this.model = model;
    this.dispatchEvent(
      statusEvent(STATUS_CHANGE_EVENT, {
        state: model.kind,
        previous,
        services: model.services,
        snapshot,
      })
    );
  }

  #reportNewErrors(snapshot: StatusSnapshot): void {
    const failing = new Set<string>();

    for (const source of snapshot.sources) {
      if (source.error === null) {
        continue;
      }
      failing.add(source.id);
      if (!this.#failing.has(source.id)) {
        this.dispatchEvent(
          statusEvent(STATUS_ERROR_EVENT, {
            sourceId: source.id,
            error: source.error,
          })
        );
      }
    }

    this.#failing = failing;
  }

  #onClose = (): void => {
    const noticeIds = this.model.noticeIds;
    if (!this.model.dismissible || noticeIds.length === 0) {
      return;
    }

    rememberDismissed(noticeIds);
    this.#focusAfterUpdate = true;
    for (const noticeId of noticeIds) {
      this.dispatchEvent(statusEvent(STATUS_DISMISS_EVENT, {noticeId}));
    }
    this.#choose('dismissal');
  };

  #onAnyDismiss = (): void => {
    this.#choose('dismissal');
  };

  get #language(): Language {
    return resolveLanguage(this, this.language);
  }

  override render() {
    // One va-alert, kept while the banner changes, so focus on its links
    // or close button stays put. It has no role: the live regions speak
    // for it, and a role on it too would announce it twice.
    const alert =
      this.model.kind === 'none'
        ? nothing
        : renderAlert({
            model: this.model,
            language: this.#language,
            overrides: this.messages,
            headingLevel: this.headingLevel,
            statusPageUrl: this.statusPageUrl,
            onClose: this.#onClose,
          });

    return html`${alert}${renderLiveRegions(this.liveText)}`;
  }
}
