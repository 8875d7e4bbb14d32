/**
 * Which notices the user dismissed in this browser session. VA's
 * maintenance banner guidance asks for "dismissible per session", so the
 * memory lives in sessionStorage: it survives a reload and a new element,
 * and ends with the tab. Each notice id is remembered on its own, so a new
 * maintenance window shows even after an earlier one was dismissed.
 */

/** The sessionStorage key; a JSON array of notice ids. */
export const DISMISSED_KEY = 'va-auth-status:dismissed';

// When storage is blocked (some privacy modes throw on access) the memory
// lasts for the page instead, shared by every banner on it.
const pageMemory = new Set<string>();

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Every notice id dismissed in this session. */
export function readDismissed(): Set<string> {
  const ids = new Set(pageMemory);

  try {
    const stored: unknown = JSON.parse(
      storage()?.getItem(DISMISSED_KEY) ?? '[]'
    );
    if (Array.isArray(stored)) {
      stored
        .filter((id): id is string => typeof id === 'string')
        .forEach((id) => ids.add(id));
    }
  } catch {
    // A corrupt entry is treated as "nothing dismissed": showing a notice
    // again is safer than hiding one the user never saw.
  }

  return ids;
}

/** Remembers `noticeIds` as dismissed for the rest of the session. */
export function rememberDismissed(noticeIds: readonly string[]): void {
  const ids = readDismissed();
  noticeIds.forEach((id) => {
    ids.add(id);
    pageMemory.add(id);
  });

  try {
    storage()?.setItem(DISMISSED_KEY, JSON.stringify([...ids]));
  } catch {
    // Quota or privacy mode: the page memory above still holds it.
  }
}
