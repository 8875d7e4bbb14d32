// The demo a developer starts with `npm start`: it must serve the page,
// the simulated backend in the real vets-api shape, and switch scenarios.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {after, before, test} from 'node:test';

let demo;
let origin;

before(async () => {
  // The demo builds the packages and the site before it listens.

  demo = spawn(process.execPath, ['scripts/demo.mjs'], {
    env: {...process.env, PORT: '0'},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise((resolve, reject) => {
    let seen = '';
    demo.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/Demo sign-in page: (http:\/\/[^/\s]+)\//);
      if (match) resolve(match[1]);
    });
    demo.once('exit', (code) => reject(new Error(`demo exited ${code}`)));
  });
});

after(() => demo?.kill());

async function getJson(path) {
  const response = await fetch(`${origin}${path}`);
  return {status: response.status, body: await response.json()};
}

async function useScenario(id) {
  return fetch(`${origin}/__simulator/scenario`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({id}),
  });
}

test('serves the mock sign-in page with its script', async () => {
  const page = await (await fetch(`${origin}/`)).text();
  assert.match(page, /<va-auth-status-banner/);

  const script = await fetch(`${origin}/main.js`);
  assert.equal(script.status, 200);
  assert.match(script.headers.get('content-type'), /javascript/);
});

test('starts with every sign-in service active', async () => {
  await useScenario('operational');
  const {body} = await getJson('/v0/backend_statuses');
  const words = body.data.attributes.statuses.map((entry) => entry.status);
  assert.ok(words.length > 0);
  assert.ok(words.every((word) => word === 'active'));
});

test('switching the scenario changes what the next request sees', async () => {
  const switched = await useScenario('idme-outage');
  assert.equal(switched.status, 200);

  const {body} = await getJson('/v0/backend_statuses');
  const idme = body.data.attributes.statuses.find(
    (entry) => entry.serviceId === 'idme'
  );
  assert.equal(idme.status, 'critical');
});

test('refuses an unknown scenario and keeps the current one', async () => {
  await useScenario('mpi-outage');
  const refused = await useScenario('no-such-state');
  assert.equal(refused.status, 400);

  const {body} = await getJson('/__simulator/scenario');
  assert.equal(body.current, 'mpi-outage');
});

test('answers HTTP 500 in the server-error scenario', async () => {
  await useScenario('server-error');
  const {status} = await getJson('/v0/backend_statuses');
  assert.equal(status, 500);
});

test('serves the status page, pre-rendered, beside the sign-in page', async () => {
  const redirect = await fetch(`${origin}/status`, {redirect: 'manual'});
  assert.equal(redirect.status, 308);

  const page = await fetch(`${origin}/status/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<va-auth-status-page[\s>]/);
});
