import {provide} from '@lit/context';
import type {PropertyValues} from 'lit';
import {LitElement, css, html} from 'lit';
import {property} from 'lit/decorators.js';
import type {
  SourceDescriptor,
  StatusClient,
} from '@va-auth-status/status-client';
import {createStatusClient} from '@va-auth-status/status-client';
import {statusClientContext} from './context.js';
import {describeSources, pollOptions} from './source-attributes.js';

/**
 * Configures the page's status sources once and shares one client with
 * every status element inside it, through `@lit/context`
 * (`statusClientContext`). Elements inside ignore their own `src`.
 *
 * Polling starts when the first element inside subscribes and stops when
 * the last one leaves or the provider is removed.
 *
 * @tagname va-auth-status-provider
 * @summary Shares one status client with the elements inside it.
 *
 * @slot - The banners, status pages and other content to serve.
 */
export class VaAuthStatusProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of vets-api's `/v0/backend_statuses`. */
  @property({attribute: 'backend-src'}) backendSrc: string | null = null;

  /** URL of vets-api's `/v0/maintenance_windows`. */
  @property({attribute: 'maintenance-src'}) maintenanceSrc: string | null =
    null;

  /** URL of a notice feed (`{version: 1, notices: [...]}`). */
  @property({attribute: 'notices-src'}) noticesSrc: string | null = null;

  /**
   * Atlassian Statuspage summaries as space-separated `service=url`
   * pairs, such as
   * `logingov=https://status.login.gov/api/v2/summary.json`. Each page
   * speaks for the service before its `=`.
   */
  @property() statuspage: string | null = null;

  /** More sources, in the client's own format, added after the above. */
  @property({attribute: false}) sources: readonly SourceDescriptor[] = [];

  /** Poll interval in seconds. Default 60. */
  @property({type: Number}) interval: number | null = null;

  /**
   * Hours before a scheduled window that warnings start. Default: the
   * kit's one lead time, 12 hours (`UPCOMING_LEAD_TIME_MS`).
   */
  @property({type: Number, attribute: 'lead-time'}) leadTime: number | null =
    null;

  /** The shared client; null while the provider is not connected. */
  @provide({context: statusClientContext})
  @property({attribute: false})
  client: StatusClient | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#rebuild();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.client?.stop();
    this.client = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = [
      'backendSrc',
      'maintenanceSrc',
      'noticesSrc',
      'statuspage',
      'sources',
      'interval',
      'leadTime',
    ].some((name) => changed.has(name as keyof VaAuthStatusProvider));
    if (configChanged && this.isConnected && this.hasUpdated) {
      this.#rebuild();
    }
  }

  /** The sources the attributes and `sources` describe, in that order. */
  get sourceDescriptors(): SourceDescriptor[] {
    return describeSources(this);
  }

  #rebuild(): void {
    this.client?.stop();

    const sources = this.sourceDescriptors;
    this.client =
      sources.length === 0
        ? undefined
        : createStatusClient({sources, ...pollOptions(this)});
  }

  override render() {
    return html`<slot></slot>`;
  }
}
