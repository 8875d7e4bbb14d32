// The page's one script, bundled with everything it imports so the site
// needs no CDN: Lit's hydration support, the element and the client.
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Throws a sentence saying what to run when the packages are not built. */
export function requireBuiltPackages() {
  const define = require.resolve('@va-auth-status/status-page/define');
  if (!existsSync(define)) {
    throw new Error(
      `The packages are not built (${define} is missing). ` +
        'Run `npm run build` first.'
    );
  }
}

/** `name-<first 10 hex of sha256>.ext`, so hosts may cache it for ever. */
export function hashedName(name, ext, content) {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  return `${name}-${hash}${ext}`;
}

/** The minified browser bundle's text. */
export async function bundleClient() {
  const result = await build({
    entryPoints: [path.join(here, 'client-entry.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    logLevel: 'silent',
    write: false,
    outfile: 'status-page.js',
  });
  return result.outputFiles[0].text;
}
