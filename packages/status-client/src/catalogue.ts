/**
 * The services VA.gov sign-in depends on, keyed by the setting names
 * vets-api reports as `service_id` and `external_service`.
 */

import type {SignInPath} from './types.js';

/** What part a service plays in signing in. */
export type ServiceRole =
  /** An account provider (CSP) a user picks. */
  | 'provider'
  /** The SSOe broker, only on the SSOe sign-in path. */
  | 'broker'
  /** Identity lookup every sign-in needs (MPI). */
  | 'identity'
  /** The whole site: a window on `global` affects every service. */
  | 'site';

export interface ServiceDefinition {
  id: string;
  /** English name, as VA writes it. Elements may translate it. */
  label: string;
  role: ServiceRole;
  /**
   * The sign-in paths that break when this service does. Empty for
   * services we track but that no current sign-in depends on.
   */
  paths: readonly SignInPath[];
  /** No longer offered for sign-in; kept so old data still resolves. */
  retired: boolean;
  /** The provider's own public status page. */
  statusPageUrl: string | null;
}

/** The id of the site-wide service; its windows cover every service. */
export const GLOBAL_SERVICE_ID = 'global';

const BOTH_PATHS: readonly SignInPath[] = ['sis', 'ssoe'];

/**
 * VA.gov sign-in as of December 2026: Login.gov and ID.me are the account
 * providers; SSOe brokers the older path; MPI is needed by everyone. DS
 * Logon and My HealtheVet credentials are retired but vets-api still lists
 * them. SSOe OAuth is reported by vets-api but no web sign-in path reads it,
 * so it shows on the status page and never drives a sign-in banner.
 */
export const SIGN_IN_SERVICES: readonly ServiceDefinition[] = Object.freeze([
  {
    id: 'logingov',
    label: 'Login.gov',
    role: 'provider',
    paths: BOTH_PATHS,
    retired: false,
    statusPageUrl: 'https://status.login.gov/',
  },
  {
    id: 'idme',
    label: 'ID.me',
    role: 'provider',
    paths: BOTH_PATHS,
    retired: false,
    statusPageUrl: 'https://status.id.me/',
  },
  {
    id: 'ssoe',
    label: 'SSOe',
    role: 'broker',
    paths: ['ssoe'],
    retired: false,
    statusPageUrl: null,
  },
  {
    id: 'ssoe_oauth',
    label: 'SSOe OAuth',
    role: 'broker',
    paths: [],
    retired: false,
    statusPageUrl: null,
  },
  {
    id: 'mvi',
    label: 'Master Person Index (MPI)',
    role: 'identity',
    paths: BOTH_PATHS,
    retired: false,
    statusPageUrl: null,
  },
  {
    id: 'dslogon',
    label: 'DS Logon',
    role: 'provider',
    paths: [],
    retired: true,
    statusPageUrl: null,
  },
  {
    id: 'mhv',
    label: 'My HealtheVet',
    role: 'provider',
    paths: [],
    retired: true,
    statusPageUrl: null,
  },
  {
    id: GLOBAL_SERVICE_ID,
    label: 'VA.gov',
    role: 'site',
    paths: BOTH_PATHS,
    retired: false,
    statusPageUrl: null,
  },
] satisfies ServiceDefinition[]);

/** A host's change to one catalogue entry, or a new entry. */
export type ServiceOverride = Partial<ServiceDefinition> & {id: string};

/**
 * Returns the catalogue with a host's changes applied: entries with a known
 * id are merged field by field, new ids are appended with safe defaults.
 */
export function extendCatalogue(
  overrides: readonly ServiceOverride[],
  base: readonly ServiceDefinition[] = SIGN_IN_SERVICES
): ServiceDefinition[] {
  const byId = new Map(base.map((service) => [service.id, {...service}]));

  for (const override of overrides) {
    const current = byId.get(override.id);
    byId.set(override.id, {
      label: override.id,
      role: 'provider',
      paths: [],
      retired: false,
      statusPageUrl: null,
      ...current,
      ...override,
    });
  }

  return [...byId.values()];
}

/**
 * The services a user on `path` needs, in catalogue order: every service
 * whose failure breaks that path, `global` included, retired ones not.
 */
export function servicesForPath(
  path: SignInPath,
  catalogue: readonly ServiceDefinition[] = SIGN_IN_SERVICES
): ServiceDefinition[] {
  return catalogue.filter(
    (service) => !service.retired && service.paths.includes(path)
  );
}
