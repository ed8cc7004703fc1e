// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, ROOT_ELEMENT } from '../src/app/page-template.ts';
import { renderPage } from '../src/app/render-page.tsx';
import { HTML_LANG, LOCALES } from '../src/config/locales.ts';
import { testI18n } from '../tests/support/test-i18n.ts';
import { serveContentFromDisk } from './content/serve-content-from-disk.ts';
import { OFFLINE_PAGES, withoutApp } from './offline-page.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html><head><script>boot()</script>${head}</head><body><div id="root"><h1>You are offline</h1></div>${body}</body></html>`;

describe('the offline page', () => {
  it('keeps the HTML and the boot script, and drops the app and its data', () => {
    const built = page(
      '<script type="module" crossorigin src="/assets/index-abc.js"></script><link rel="modulepreload" crossorigin href="/assets/chunk-def.js"><link rel="stylesheet" crossorigin href="/assets/index-123.css">',
      '<script type="application/json" id="psg-handoff">{"url":"/offline"}</script>',
    );
    const offline = withoutApp(built);
    expect(offline).toContain('<h1>You are offline</h1>');
    expect(offline).toContain('<script>boot()</script>');
    expect(offline).toContain('href="/assets/index-123.css"');
    expect(offline).not.toMatch(/index-abc\.js|chunk-def\.js|psg-handoff/);
  });

  it('fails the build when the app would still load in a way it does not know', () => {
    expect(() => withoutApp(page('', '<script src="/assets/loader.js"></script>'))).toThrow(
      /still loads the app/,
    );
  });
});

describe('the offline page in each language', () => {
  serveContentFromDisk(resolve(import.meta.dirname, '../public'));
  const template = `<!doctype html><html lang="en-GB"><head></head><body>${ROOT_ELEMENT}</body></html>`;

  it('is one file per language: offline.html, and es/offline.html for the Spanish pages', () => {
    expect(OFFLINE_PAGES.map(({ locale, file }) => [locale, file])).toEqual([
      ['en', '/offline.html'],
      ['es', '/es/offline.html'],
    ]);
    expect(OFFLINE_PAGES.map(({ locale }) => locale)).toEqual([...LOCALES]);
  });

  it.each(OFFLINE_PAGES)('is written in $locale, with its html lang', async ({ locale, url }) => {
    const page = await renderPage(url, Date.now());
    const html = withoutApp(fillTemplate(template, page));
    const words = testI18n(locale);

    expect(html).toContain(`<html lang="${HTML_LANG[locale]}">`);
    expect(html).toContain(`<h1>${words._('offline.title')}</h1>`);
    expect(html).toContain(`<title>${words._('offline.title')} – Peru Support Group</title>`);
    // Its links lead to pages of the same language.
    expect(html).toContain(`href="${locale === 'es' ? '/es/news' : '/news'}"`);
  });
});
