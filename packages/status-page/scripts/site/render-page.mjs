// One language's index.html: the element rendered on the server with
// declarative shadow DOM, inside a small accessible frame, with the
// snapshot it was rendered from for the browser to hydrate with.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {
  PAGE_COPY,
  escapeHtml,
  inlineJson,
  pageDateTime,
} from '@va-auth-status/status-page';
import '@va-auth-status/status-page/define';

/** The element, server-rendered, waiting for the browser to hydrate it. */
async function renderElement({language, snapshot, live}) {
  const result = render(
    html`<va-auth-status-page
      defer-hydration
      language=${language}
      backend-src=${ifDefined(live.backendSrc)}
      maintenance-src=${ifDefined(live.maintenanceSrc)}
      notices-src=${ifDefined(live.noticesSrc)}
      statuspage=${ifDefined(live.statuspage?.join(' ') || undefined)}
      interval=${ifDefined(live.interval)}
      .snapshot=${snapshot}
    ></va-auth-status-page>`
  );
  return collectResult(result);
}

/**
 * The whole document. `root` is the path from this page back to the site
 * root ('' or '../'); `other` describes the page in the other language;
 * `assets` names the script and stylesheet relative to the site root.
 */
export async function renderPage({
  language,
  root,
  other,
  snapshot,
  live,
  generatedAt,
  assets,
}) {
  const copy = PAGE_COPY[language];
  const element = await renderElement({language, snapshot, live});
  const built = pageDateTime(generatedAt, language) ?? generatedAt;
  const attr = escapeHtml;

  return `<!doctype html>
<html lang="${attr(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(copy.title)}</title>
<meta name="description" content="${attr(copy.site.description)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}${assets.style}">
<link rel="alternate" type="application/rss+xml" title="${attr(
    `${copy.feed.title} (RSS)`
  )}" href="feed.xml">
<link rel="alternate" type="application/atom+xml" title="${attr(
    `${copy.feed.title} (Atom)`
  )}" href="atom.xml">
<link rel="alternate" type="application/json" title="${attr(
    copy.site.json
  )}" href="${root}status.json">
<link rel="alternate" hreflang="${other.language}" href="${other.href}">
<script type="module" src="${root}${assets.script}"></script>
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(copy.site.skipLink)}</a>
<header class="site-header">
<p class="site-name"><a href="https://www.va.gov/">${escapeHtml(
    copy.site.siteName
  )}</a></p>
<a class="language-link" href="${other.href}" lang="${other.language}" hreflang="${other.language}">${escapeHtml(
    copy.site.otherLanguage
  )}</a>
</header>
<main id="main" tabindex="-1">
<noscript><p class="noscript">${escapeHtml(copy.site.noScript)}</p></noscript>
${element}
</main>
<footer class="site-footer">
<h2>${escapeHtml(copy.site.updatesHeading)}</h2>
<ul>
<li><a href="feed.xml">${escapeHtml(copy.site.rss)}</a></li>
<li><a href="atom.xml">${escapeHtml(copy.site.atom)}</a></li>
<li><a href="${root}status.json">${escapeHtml(copy.site.json)}</a></li>
</ul>
<p class="built">${escapeHtml(copy.site.builtAt(built))}</p>
</footer>
<script type="application/json" id="status-snapshot">${inlineJson(snapshot)}</script>
</body>
</html>
`;
}
