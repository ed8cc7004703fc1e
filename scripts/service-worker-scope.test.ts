// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Manifest } from './size/bundle-size.ts';
import { LOCALES } from '../src/config/locales.ts';
import { deskOnlyAssets, isSiteAsset, isSitePageIn, publicAssets } from './service-worker-scope.ts';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_shared-b.js'],
    dynamicImports: ['src/routes/join.tsx'],
    css: ['assets/index-c.css'],
  },
  '_shared-b.js': { file: 'assets/shared-b.js' },
  'src/routes/join.tsx': {
    file: 'assets/join-d.js',
    isDynamicEntry: true,
    imports: ['_inputs-e.js', 'index.html'],
  },
  '_inputs-e.js': { file: 'assets/inputs-e.js', imports: ['_shared-b.js'] },
  'admin.html': {
    file: 'assets/admin-f.js',
    isEntry: true,
    imports: ['_shared-b.js', '_inputs-e.js'],
    css: ['assets/admin-g.css'],
  },
};

describe("the service worker's scope", () => {
  it('knows every file the public site loads, on demand too, and the desk-only ones apart', () => {
    expect([...publicAssets(manifest)].sort()).toEqual([
      'assets/index-a.js',
      'assets/index-c.css',
      'assets/inputs-e.js',
      'assets/join-d.js',
      'assets/shared-b.js',
    ]);
    expect(deskOnlyAssets(manifest)).toEqual(['assets/admin-f.js', 'assets/admin-g.css']);
  });

  it('stops the build when a desk-only file lacks the prefix its asset rule leaves out', () => {
    const split: Manifest = {
      ...manifest,
      'admin.html': { ...manifest['admin.html']!, imports: ['_erase-h.js'] },
      '_erase-h.js': { file: 'assets/erase-h.js' },
    };
    expect(() => deskOnlyAssets(split)).toThrow(/must start with assets\/admin-.*erase-h\.js/);
  });

  /** The languages whose page rule takes this request (the worker's rules as sw.js has them). */
  const languagesOf = (path: string, mode = 'navigate') =>
    LOCALES.filter((locale) =>
      isSitePageIn(locale)({ request: { mode }, url: new URL(path, 'https://example.org') }),
    );

  it('keeps the public pages and never the desk', () => {
    for (const path of ['/', '/news/a-story', '/join/check-answers', '/administration-news']) {
      expect(languagesOf(path), path).toEqual(['en']);
    }
    for (const path of ['/admin', '/admin/', '/admin/memberships/M-1', '/admin.html']) {
      expect(languagesOf(path), path).toEqual([]);
    }
    expect(languagesOf('/content/news.json', 'cors')).toEqual([]);
  });

  it("takes each page by its address's language, so it falls back to that offline page", () => {
    for (const path of ['/es', '/es/', '/es/news/a-story', '/es/join?x=1', '/es/no-such-page']) {
      expect(languagesOf(path), path).toEqual(['es']);
    }
    // Only the prefix as a whole segment is Spanish, as localeOfPath has it.
    for (const path of ['/estate', '/news/es', '/espanol/', '/']) {
      expect(languagesOf(path), path).toEqual(['en']);
    }
    expect(languagesOf('/es/news/a-story', 'cors')).toEqual([]);
  });

  it('builds the matchers from text alone, as Workbox copies them into sw.js', () => {
    for (const locale of LOCALES) {
      // Rebuilt from its source with nothing of this module in scope, it still works.
      const copied = new Function(`return (${isSitePageIn(locale).toString()})`)() as ReturnType<
        typeof isSitePageIn
      >;
      const url = new URL(locale === 'es' ? '/es/news' : '/news', 'https://example.org');
      expect(copied({ request: { mode: 'navigate' }, url })).toBe(true);
    }
  });

  it("keeps the site's code and styles, of earlier deploys too, and never the desk's", () => {
    const asset = (path: string) => isSiteAsset({ url: new URL(path, 'https://example.org') });
    expect(asset('/assets/index-old.js')).toBe(true);
    expect(asset('/assets/index-c.css')).toBe(true);
    expect(asset('/assets/admin-f.js')).toBe(false);
    expect(asset('/assets/admin-g.css')).toBe(false);
    expect(asset('/content/news.json')).toBe(false);
  });
});
