import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withHtmlLang } from '../../src/app/page-template.ts';
import type { renderPage as RenderPage } from '../../src/app/render-page.tsx';
import { HTML_LANG } from '../../src/config/locales.ts';
import type { FormPost } from '../../src/features/forms/form-post.ts';

export type FormPageRenderer = (url: string, formPost: FormPost | null) => Promise<string>;

/**
 * Renders a page of the site in Node with the server's result of a form post: the same route
 * table, loaders and components as the prerendered pages (src/app/render-page.tsx), in the
 * built site's HTML template.
 *
 * The page is sent without the app's script: it answers a post made without JavaScript (or
 * before the script had started), so every later step is a plain form post too. Hydrating it
 * would have the browser look for the answers in the tab's draft, where they are not.
 *
 * The React code is imported on the first form post, not at start, so the API and static pages
 * start without it.
 */
export function createFormPageRenderer(
  distDir: string,
  contentDir: string,
  now: () => Date,
): FormPageRenderer {
  let ready: Promise<{
    template: string;
    renderPage: typeof RenderPage;
  }> | null = null;
  const load = async () => {
    installContentFetch();
    const [template, { renderPage }] = await Promise.all([
      readFile(join(distDir, 'app.html'), 'utf8').catch(() =>
        readFile(join(distDir, 'index.html'), 'utf8'),
      ),
      import('../../src/app/render-page.tsx'),
    ]);
    return { template: withoutScripts(template), renderPage };
  };

  return async (url, formPost) => {
    ready ??= load();
    const { template, renderPage } = await ready;
    contentRoot = contentDir;
    // Rendered at the server's time, so "registration closed" agrees with the server's check.
    const page = await renderPage(url, now().getTime(), { formPost });
    return withHtmlLang(template, HTML_LANG[page.locale])
      .replace('</head>', () => `${page.head}</head>`)
      .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>`);
  };
}

/** The template without the app's entry script, its preloads, or the "needs JavaScript" note. */
export function withoutScripts(template: string): string {
  return template
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/g, '');
}

/** The content folder of the app rendering now (tests run several apps in one process). */
let contentRoot: string | null = null;
let contentFetchInstalled = false;

/**
 * The app's loaders fetch /content/* with relative URLs, which Node cannot: answer those from
 * the content folder the server uses (read afresh each time, so an editor's change shows).
 * Every other fetch goes to the network as before.
 */
function installContentFetch() {
  if (contentFetchInstalled) return;
  contentFetchInstalled = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('/content/') || contentRoot === null) return networkFetch(input, init);
    const path = decodeURIComponent(url.slice('/content/'.length).split('?')[0] ?? '');
    if (path.split('/').includes('..')) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(join(contentRoot ?? '', path), 'utf8');
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
