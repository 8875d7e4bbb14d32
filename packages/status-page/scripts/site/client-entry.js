// The static site's only script. Hydration support must load before Lit
// defines any element, so it is the first import; then the page hands
// each server-rendered element the snapshot it was rendered with and
// lets it hydrate and go live.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@va-auth-status/status-page/define';

function builtSnapshot() {
  const data = document.getElementById('status-snapshot');
  if (!data) return null;

  try {
    return JSON.parse(data.textContent ?? 'null');
  } catch {
    // A damaged page: the server's markup stays, without live updates,
    // rather than hydrating with data it was not rendered with.
    return null;
  }
}

const snapshot = builtSnapshot();
if (snapshot !== null) {
  for (const page of document.querySelectorAll(
    'va-auth-status-page[defer-hydration]'
  )) {
    page.snapshot = snapshot;
    page.removeAttribute('defer-hydration');
  }
}
