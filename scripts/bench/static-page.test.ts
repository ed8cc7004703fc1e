// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { staticCopyHtml, staticCopyPath } from './static-page.ts';

describe('staticCopyHtml', () => {
  it('keeps the content, inlines the stylesheets and drops every script', () => {
    const html = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
<link rel="stylesheet" crossorigin href="/assets/index-c.css">
<title>Home</title></head><body><div id="root"><h1>Peru</h1><p>Text &lt;b&gt;</p></div>
<script type="application/json" id="psg-state">{"a":"\\u003c/script>"}</script>
<script data-entry="/assets/index-a.js">import(document.currentScript.dataset.entry)</script>
</body></html>`;
    const copy = staticCopyHtml(html, (href) => `/* ${href} */ h1{color:red}`);

    expect(copy).not.toMatch(/<script|modulepreload|<link rel="stylesheet"/);
    expect(copy).toContain('<style>/* /assets/index-c.css */ h1{color:red}</style>');
    expect(copy).toContain('<title>Home</title>');
    expect(copy).toContain('<div id="root"><h1>Peru</h1><p>Text &lt;b&gt;</p></div>');
  });
});

describe('staticCopyPath', () => {
  it('puts each copy under /bench-static/ with a trailing slash', () => {
    expect(staticCopyPath('/')).toBe('/bench-static/');
    expect(staticCopyPath('/news/opposition-to-tpp')).toBe('/bench-static/news/opposition-to-tpp/');
  });
});
