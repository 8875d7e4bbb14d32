/**
 * Registers `<va-auth-status-page>`. Import this module once for its side
 * effect; importing it again, or after another bundle registered the
 * tag, does nothing.
 */

import {VaAuthStatusPage} from './va-auth-status-page.js';

if (!customElements.get('va-auth-status-page')) {
  customElements.define('va-auth-status-page', VaAuthStatusPage);
}

declare global {
  interface HTMLElementTagNameMap {
    'va-auth-status-page': VaAuthStatusPage;
  }
}
