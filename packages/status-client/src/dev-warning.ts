/**
 * Warnings for the developers who embed the kit, never for the people who
 * read it. Each has a stable code, so it can be searched for in the
 * README, and is shown at most once per page.
 *
 * They are off unless the page opts in with
 * `globalThis.VA_AUTH_STATUS_DEV = true` (the demo and Storybook do), or
 * runs under Node with NODE_ENV other than `production`: a library must
 * not write to a production console, and no bundler-specific flag is
 * portable across the hosts we serve.
 */

/** Every warning the kit can give, by code. */
export type DevWarningCode =
  | 'VAS101-banner-without-source'
  | 'VAS102-unknown-service'
  | 'VAS103-unknown-sign-in-path';

const shown = new Set<string>();

interface DevGlobals {
  VA_AUTH_STATUS_DEV?: unknown;
  process?: {env?: {NODE_ENV?: string}};
}

/** Whether developer warnings are on for this page or process. */
export function devWarningsEnabled(): boolean {
  const globals = globalThis as DevGlobals;
  if (globals.VA_AUTH_STATUS_DEV === true) return true;

  const nodeEnv = globals.process?.env?.NODE_ENV;
  return typeof nodeEnv === 'string' && nodeEnv !== 'production';
}

/**
 * Shows `message` under `code` once, when developer warnings are on.
 * `detail` (an element, say) is logged beside it for inspection.
 */
export function devWarning(
  code: DevWarningCode,
  message: string,
  detail?: unknown
): void {
  if (!devWarningsEnabled()) return;

  const key = `${code}:${message}`;
  if (shown.has(key)) return;
  shown.add(key);

  // The one place the kit writes to the console, and only when asked to.
  // eslint-disable-next-line no-console
  console.warn(
    `[va-auth-status ${code}] ${message}`,
    ...(detail ? [detail] : [])
  );
}
