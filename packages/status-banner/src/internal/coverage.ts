/** Which services a notice speaks for. */

import type {StatusNotice} from '@va-auth-status/status-client';
import {GLOBAL_SERVICE_ID} from '@va-auth-status/status-client';

/** True when `notice` names the service, or the whole site (`global`). */
export function covers(notice: StatusNotice, serviceId: string): boolean {
  return (
    notice.services.includes(serviceId) ||
    notice.services.includes(GLOBAL_SERVICE_ID)
  );
}
