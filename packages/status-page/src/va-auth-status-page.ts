import type {PropertyValues} from 'lit';
import {LitElement, html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {
  SourceDescriptor,
  StatusClient,
  StatusSnapshot,
} from '@va-auth-status/status-client';
import {STALE_AFTER_MS} from '@va-auth-status/status-client';
import type {OverallState} from './content/copy.js';
import {pageLanguage} from './content/copy.js';
import type {StatusPageChangeDetail} from './events.js';
import {STATUS_PAGE_CHANGE_EVENT} from './events.js';
import {LiveStatus, hasData} from './live/live-status.js';
import type {PageModel} from './model/page-model.js';
import {defaultHelpModel, pageModel} from './model/page-model.js';
import {instantOf} from './model/time.js';
import {describeSources, statusEvent} from './shared.js';
import {statusPageStyles} from './styles.js';
import {viewContext} from './views/context.js';
import {helpSection} from './views/help.js';
import {historySection} from './views/history.js';
import {
  announcementsSection,
  maintenanceSection,
  problemsSection,
  servicesSection,
  summary,
} from './views/sections.js';
import type {SummaryNotes} from './views/sections.js';
import {sourcesSection} from './views/sources.js';

/** Properties that decide where live data comes from. */
const SOURCE_PROPERTIES = [
  'client',
  'backendSrc',
  'maintenanceSrc',
  'noticesSrc',
  'statuspage',
  'sources',
  'interval',
];

/** Everything one render shows, worked out before rendering. */
interface PageView {
  snapshot: StatusSnapshot | null;
  /** Null while loading or without any data. */
  model: PageModel | null;
  loading: boolean;
  notes: SummaryNotes;
  /** True when `snapshot` came from a live source. */
  isLive: boolean;
}

/**
 * The public status page for VA.gov sign-in: an overall verdict, one row
 * per sign-in service, current problems with their timelines, scheduled
 * maintenance, ways to get things done without signing in, and the past
 * 90 days. Every time is in Eastern Time, in VA style.
 *
 * Data comes from, in order of precedence: the `client` property; a client
 * the element builds from `backend-src`, `maintenance-src`, `notices-src`
 * and `sources`; the client of an enclosing `<va-auth-status-provider>`.
 * The `snapshot` property shows fixed data (server rendering, tests) and
 * stays on screen until a live client has something to say.
 *
 * The element renders on the server with Lit SSR: it reads no DOM in its
 * constructor or `render()` and starts polling only after its first
 * update, so the first browser render hydrates the server's markup.
 *
 * @summary The VA.gov sign-in status page, live or server-rendered.
 *
 * @fires va-auth-status-page-change - The page verdict changed (also for
 *   the first live verdict). Detail: `StatusPageChangeDetail`.
 * @fires va-auth-status-error - A live source started failing. Detail:
 *   `StatusErrorDetail` (`sourceId`, `error`), the same event the banner
 *   fires.
 *
 * @csspart page - The wrapper around everything the element renders.
 * @csspart title - The page heading (`h1`).
 * @csspart summary - The verdict box with the "last checked" line.
 * @csspart service-list - The list of sign-in services.
 * @csspart service - One service row.
 *
 * @cssprop --va-auth-status-page-font-family - Body font.
 * @cssprop --va-auth-status-page-heading-font-family - Heading font.
 * @cssprop --va-auth-status-page-max-width - Widest the page gets (60rem).
 * @cssprop --va-auth-status-page-text-color - Body text.
 * @cssprop --va-auth-status-page-muted-color - Secondary text.
 * @cssprop --va-auth-status-page-background - Page background.
 * @cssprop --va-auth-status-page-surface - Background of the verdict box.
 * @cssprop --va-auth-status-page-border-color - Rules and borders.
 * @cssprop --va-auth-status-page-link-color - Links and summaries.
 * @cssprop --va-auth-status-page-focus-color - The focus ring.
 * @cssprop --va-auth-status-page-color-operational - Working services.
 * @cssprop --va-auth-status-page-color-degraded - Services with problems.
 * @cssprop --va-auth-status-page-color-outage - Services that are down.
 * @cssprop --va-auth-status-page-color-maintenance - Maintenance.
 * @cssprop --va-auth-status-page-color-unknown - Services we can't check.
 */
export class VaAuthStatusPage extends LitElement {
  static override styles = statusPageStyles;

  /** `en` or `es` (a primary subtag is enough: `es-US` is Spanish). */
  @property() language = 'en';

  /** URL of vets-api `GET /v0/backend_statuses` (or a copy of it). */
  @property({attribute: 'backend-src'}) backendSrc: string | null = null;

  /** URL of vets-api `GET /v0/maintenance_windows` (or a copy of it). */
  @property({attribute: 'maintenance-src'}) maintenanceSrc: string | null =
    null;

  /** URL of the team's notice feed (version 1). */
  @property({attribute: 'notices-src'}) noticesSrc: string | null = null;

  /**
   * Atlassian Statuspage summaries as space-separated `service=url`
   * pairs, as on `<va-auth-status-provider>`:
   * `logingov=https://status.login.gov/api/v2/summary.json`.
   */
  @property() statuspage: string | null = null;

  /** More sources in the client's own format, added after the above. */
  @property({attribute: false}) sources: readonly SourceDescriptor[] = [];

  /** Poll interval in seconds. Default 60. */
  @property({type: Number}) interval: number | null = null;

  /**
   * Hours before a scheduled window that warnings start. Default: the
   * kit's one lead time, 12 hours (`UPCOMING_LEAD_TIME_MS`).
   */
  @property({type: Number, attribute: 'lead-time'}) leadTime: number | null =
    null;

  /** A client to read instead of building one; the host stops it. */
  @property({attribute: false}) client: StatusClient | undefined;

  /** Fixed data to show until (or instead of) live data. */
  @property({attribute: false}) snapshot: StatusSnapshot | null = null;

  /**
   * `light` keeps the light colours even when the reader's system prefers
   * dark; `auto` (the default) follows the system.
   */
  @property({attribute: 'color-scheme', reflect: true}) colorScheme:
    'auto' | 'light' = 'auto';

  /**
   * The clock used to tell whether fixed data has grown old. Read only in
   * the browser, after the first render.
   */
  @property({attribute: false}) clock: () => number = () => Date.now();

  /** The clock's reading at the last check; null on the server. */
  @state() private clockMs: number | null = null;

  #live = new LiveStatus(this);
  #view: PageView | null = null;
  #announcedOverall: OverallState | null = null;

  /** The sources this element names itself, in order. */
  get sourceDescriptors(): SourceDescriptor[] {
    return describeSources(this);
  }

  /** Re-reads the clock, e.g. after the host's page wakes from sleep. */
  checkClock(): void {
    this.clockMs = this.clock();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      this.hasUpdated &&
      SOURCE_PROPERTIES.some((name) =>
        changed.has(name as keyof VaAuthStatusPage)
      )
    ) {
      this.#live.restart();
    }
    this.#view = this.#computeView();
  }

  protected override firstUpdated(): void {
    // Only now, with the server's markup hydrated, may anything change.
    this.clockMs = this.clock();
    this.#live.start();
  }

  protected override updated(): void {
    const view = this.#view;
    if (!view?.isLive || view.model === null) return;

    const overall = view.model.overall;
    if (overall === this.#announcedOverall) return;

    const detail: StatusPageChangeDetail = {
      overall,
      previous: this.#announcedOverall,
      snapshot: view.snapshot!,
    };
    this.#announcedOverall = overall;
    this.dispatchEvent(statusEvent(STATUS_PAGE_CHANGE_EVENT, detail));
  }

  /**
   * Live data once a source has answered; else the fixed snapshot, marked
   * when live checks fail; else the live client's "unknown" or loading.
   */
  #computeView(): PageView {
    const live = this.#live.snapshot;
    const liveHasData = live !== null && hasData(live);
    const liveFailing =
      !liveHasData && (live?.sources.some((source) => source.error) ?? false);

    if (liveHasData || !this.snapshot) {
      const loading = live !== null && !liveHasData && !liveFailing;
      const model = live && !loading ? pageModel(live) : null;
      return {
        snapshot: live,
        model,
        loading,
        notes: {stale: model?.stale ?? false, liveFailing: false},
        isLive: live !== null,
      };
    }

    const model = pageModel(this.snapshot);
    return {
      snapshot: this.snapshot,
      model,
      loading: false,
      notes: {
        stale: model.stale || this.#isOldByClock(this.snapshot),
        liveFailing,
      },
      isLive: false,
    };
  }

  /** Fixed data older than the stale limit by the browser's clock. */
  #isOldByClock(snapshot: StatusSnapshot): boolean {
    const checked = instantOf(snapshot.checkedAt);
    return (
      this.clockMs !== null &&
      checked !== null &&
      this.clockMs - checked > STALE_AFTER_MS
    );
  }

  protected override render() {
    const language = pageLanguage(this.language);
    const view = this.#view ?? this.#computeView();
    const {model} = view;
    const context = viewContext(language, model?.services ?? []);
    const {copy} = context;
    const sources = this.#live.snapshot?.sources ?? view.snapshot?.sources;

    return html`<div class="page" lang=${language} part="page">
      <h1 part="title">${copy.title}</h1>
      <p class="intro">${copy.intro}</p>
      ${summary(model, context, view.loading, view.notes)}
      ${
        model
          ? html`${servicesSection(model, context)}
            ${problemsSection(model, context)}
            ${announcementsSection(model, context)}
            ${maintenanceSection(model, context)}`
          : nothing
      }
      ${helpSection(model ?? defaultHelpModel(), context)}
      ${model ? historySection(model, context) : nothing}
      ${sourcesSection(
        sources ?? [],
        (model?.sourcesFailing ?? false) || view.notes.liveFailing,
        context
      )}
    </div>`;
  }
}
