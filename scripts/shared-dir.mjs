// The team's shared folder (fixtures, references) sits beside the clone.
import path from 'node:path';

/** Absolute path of `shared/`, overridable with VA_AUTH_STATUS_SHARED. */
export function sharedDir(repoRoot) {
  return path.resolve(
    process.env.VA_AUTH_STATUS_SHARED ?? path.join(repoRoot, '..', 'shared')
  );
}
