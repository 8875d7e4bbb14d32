// Shared by the site tests: a tiny static server on 127.0.0.1 and a
// headless Chromium, both started once per test file.
import http from 'node:http';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath} from '../../../../scripts/chromium.mjs';

export const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures'
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'application/json',
  '.xml': 'application/xml',
};

/**
 * Serves `root` as a static host would, plus `extra` paths mapped to
 * files (the "live" sources the built page polls).
 */
export async function serveStatic(root, extra = {}) {
  const server = http.createServer(async (request, response) => {
    let file = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const mapped = extra[file];
    if (file.endsWith('/')) file += 'index.html';
    const target = mapped ?? path.join(root, path.normalize(file));

    if (!mapped && !target.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(target);
      response.writeHead(200, {
        'Content-Type':
          TYPES[path.extname(target)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function launchChromium() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens `url` and records page errors, console errors and every request,
 * so a test can say "no errors" and "nothing left 127.0.0.1".
 */
export async function openPage(browser, url, {javaScript}) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));

  await page.setJavaScriptEnabled(javaScript);
  await page.goto(url, {waitUntil: 'load'});
  return {page, problems, requests};
}

/** The text of the status page's shadow root, whitespace collapsed. */
export function statusText(page, selector = '.page') {
  return page.evaluate((inner) => {
    const host = document.querySelector('va-auth-status-page');
    const node = host?.shadowRoot?.querySelector(inner);
    return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);
}
