// The demo: a mock VA.gov sign-in page with our banners, the public status
// page, and a simulated backend the page can switch between scenarios.
// Everything is served from one loopback server; nothing leaves the
// machine.
//
//   npm start                      http://127.0.0.1:8080/
//   PORT=9000 npm start            another port
import {execFileSync} from 'node:child_process';
import {createReadStream, existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vadsDist = path.join(
  path.dirname(
    require.resolve('@department-of-veterans-affairs/web-components/package.json')
  ),
  'dist'
);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

/** Bundles a TypeScript entry from the workspace sources, in memory. */
async function bundle(entry, platform) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    conditions: ['source'],
    tsconfig: path.join(root, 'tsconfig.base.json'),
    write: false,
    logLevel: 'warning',
    // Stencil's lazy loader globs for chunks the standalone build lacks.
    logOverride: {'empty-glob': 'silent'},
    external: platform === 'node' ? ['msw'] : [],
  });
  return result.outputFiles[0].text;
}

// The status page is a static site; build it against this server's
// simulated sources so it goes live once its script runs.
console.log('Building the packages and the status site...');
execFileSync('npm', ['run', 'build:site', '--silent'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const simulator = await import(
  'data:text/javascript,' +
    encodeURIComponent(
      await bundle('packages/simulated-backend/src/index.ts', 'node')
    )
);
const pageScript = await bundle('demo/main.ts', 'browser');
let scenario = 'operational';

const STATIC = {
  '/': ['demo/index.html', 'text/html; charset=utf-8'],
  '/demo.css': ['demo/demo.css', 'text/css'],
  '/vads/component-library.css': [
    path.join(vadsDist, 'component-library', 'component-library.css'),
    'text/css',
  ],
  '/img/sprite.svg': [
    path.join(vadsDist, 'img', 'sprite.svg'),
    'image/svg+xml',
  ],
};

function send(response, status, type, body) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    Date: new Date().toUTCString(),
  });
  response.end(body);
}

function sendJson(response, status, body) {
  send(response, status, 'application/json', JSON.stringify(body));
}

/** Answers a simulated endpoint the way the scenario says. */
function answerSimulated(endpoint, response) {
  const reply = simulator.buildScenario(scenario, Date.now())[endpoint];
  if (reply.kind === 'hang') return; // the client's timeout has to fire
  if (reply.kind === 'text') {
    send(response, reply.status, 'text/html', reply.body);
    return;
  }
  sendJson(response, reply.status, reply.body);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves the built status site from site-dist/, when it has been built. */
function serveSite(pathname, response) {
  const siteRoot = path.join(root, 'site-dist');
  const relative = pathname.replace(/^\/status\/?/, '') || 'index.html';
  let file = path.normalize(path.join(siteRoot, relative));
  if (!file.startsWith(siteRoot)) return send(response, 404, 'text/plain', '');
  if (existsSync(file) && !path.extname(file))
    file = path.join(file, 'index.html');
  if (!existsSync(file)) {
    return send(
      response,
      404,
      'text/plain',
      'Not found. Run npm run build:site.'
    );
  }
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.xml': 'application/xml',
    '.svg': 'image/svg+xml',
  };
  response.writeHead(200, {
    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}

const server = createServer(async (request, response) => {
  const {pathname} = new URL(request.url ?? '/', `http://${host}`);
  const endpoint = simulator.endpointForPath(pathname);

  if (endpoint) return answerSimulated(endpoint, response);

  if (pathname === '/__simulator/scenario') {
    if (request.method === 'POST') {
      const {id} = JSON.parse((await readBody(request)) || '{}');
      if (!simulator.SCENARIOS.some((known) => known.id === id)) {
        return sendJson(response, 400, {error: `Unknown scenario: ${id}`});
      }
      scenario = id;
    }
    return sendJson(response, 200, {
      current: scenario,
      scenarios: simulator.SCENARIOS,
    });
  }

  if (pathname === '/main.js') {
    return send(response, 200, 'text/javascript', pageScript);
  }
  // The site links its assets relatively, so it needs its trailing slash.
  if (pathname === '/status') {
    response.writeHead(308, {Location: '/status/'});
    return response.end();
  }
  if (pathname.startsWith('/status/')) return serveSite(pathname, response);

  const known = STATIC[pathname];
  if (!known) return send(response, 404, 'text/plain', 'Not found');
  const [file, type] = known;
  send(response, 200, type, await readFile(path.resolve(root, file)));
});

server.listen(port, host, () => {
  const {port: bound} = server.address();
  console.log(`Demo sign-in page: http://${host}:${bound}/`);
  console.log(`Status page:       http://${host}:${bound}/status/`);
  console.log('Switch the simulated backend from the panel on the page.');
});
