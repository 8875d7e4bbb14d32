/**
 * The context through which `<va-auth-status-provider>` shares its client
 * with every element inside it, ours and the status page's.
 */

import {createContext} from '@lit/context';
import type {StatusClient} from '@va-auth-status/status-client';

/**
 * Keyed by a registered symbol, so two copies of this package on one page
 * (two bundles) still find each other's provider.
 */
export const statusClientContext = createContext<StatusClient | undefined>(
  Symbol.for('va-auth-status/status-client')
);
