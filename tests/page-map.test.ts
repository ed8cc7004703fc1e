// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { matchRoutes, type RouteObject } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../scripts/content/load-content.ts';
import type { SiteContent } from '../scripts/content/site-content.ts';
import { sitePages } from '../scripts/content/site-pages.ts';
import { pageFile } from '../server/app.ts';
import { createRoutes } from '../src/app/routes.tsx';
import {
  APP_ONLY_PAGES,
  PAGE_NAMES,
  PAGES,
  pageOf,
  paths,
  renderingOf,
  reservedParams,
  type PageName,
} from '../src/config/paths.ts';
import { createQueryClient } from '../src/lib/query-client.ts';

let content: SiteContent;

beforeAll(async () => {
  const loaded = await loadContent(resolve(import.meta.dirname, '../public/content'));
  if (!loaded.content) throw new Error(JSON.stringify(loaded.problems));
  content = loaded.content;
});

/** Every route of the table with a path of its own, as a full pattern ('*' left out). */
function routePatterns(routes: readonly RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const path = route.path?.startsWith('/')
      ? route.path
      : route.path
        ? `${parent.replace(/\/$/, '')}/${route.path}`
        : parent || '/';
    const own = route.index || (route.path && !route.children) ? [path] : [];
    return [...own, ...routePatterns(route.children ?? [], path)].filter((p) => !p.includes('*'));
  });
}

/** One address of each page, from the content, so the examples exist. */
function exampleOf(name: PageName): string {
  const event = content.events[0]!.slug;
  const examples: Partial<Record<PageName, string>> = {
    eventRegisterCheckAnswers: paths.eventRegisterCheckAnswers(event),
    eventRegisterConfirmation: paths.eventRegisterConfirmation(event),
    joinCheckAnswers: paths.joinCheckAnswers(),
    joinConfirmation: paths.joinConfirmation(),
    // The seed's eight news items fill one page; the offline page has no address of its own.
    newsPage: paths.newsPage(2),
    offline: paths.offline(),
  };
  return examples[name] ?? sitePages(content).find((path) => pageOf(path) === name)!;
}

describe('the page map', () => {
  it('has a route for every page and a page for every route', () => {
    const routes = createRoutes(createQueryClient());
    expect(routePatterns(routes).sort()).toEqual(Object.values(PAGES).sort());
    // The router agrees with the map on which page an address is.
    for (const name of PAGE_NAMES) {
      const matched = matchRoutes(routes, exampleOf(name))?.at(-1)?.route.id;
      expect(matched, exampleOf(name)).toBe(name);
    }
  });

  it('prerenders every page that is not app-only, at least once, and no app-only page', () => {
    // Enough news for a second page of the list, so every page has an instance.
    const news = [0, 1, 2].flatMap((copy) =>
      content.news.map((item) => ({ ...item, slug: `${item.slug}-${copy}` })),
    );
    const prerendered = new Map<PageName | null, number>();
    for (const path of sitePages({ ...content, news })) {
      const name = pageOf(path);
      prerendered.set(name, (prerendered.get(name) ?? 0) + 1);
    }
    expect(prerendered.has(null)).toBe(false);
    for (const name of PAGE_NAMES) {
      if (renderingOf(name) === 'prerendered') {
        expect(prerendered.get(name), name).toBeGreaterThan(0);
      } else {
        expect(prerendered.get(name), name).toBeUndefined();
      }
    }
    expect(APP_ONLY_PAGES.every((name) => PAGE_NAMES.includes(name))).toBe(true);
  });

  it('makes the server answer app-only pages with the app shell and unknown ones with 404', () => {
    const dist = mkdtempSync(join(tmpdir(), 'psg-page-map-'));
    try {
      writeFileSync(join(dist, 'app.html'), 'shell');
      writeFileSync(join(dist, '404.html'), 'not found');
      for (const name of APP_ONLY_PAGES) {
        expect(pageFile(dist, exampleOf(name)), name).toEqual({ file: 'app.html', status: 200 });
      }
      // A prerendered page the build did not write is no page, not an app shell.
      // Nor is the offline page, which only the service worker hands out.
      for (const name of PAGE_NAMES.filter((page) => renderingOf(page) !== 'app-only')) {
        expect(pageFile(dist, exampleOf(name)), name).toEqual({ file: '404.html', status: 404 });
      }
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('builds addresses that belong to the page they are built for', () => {
    for (const name of PAGE_NAMES) {
      const args = (PAGES[name].match(/:\w+/g) ?? []).map((_, i) => `value-${i}`);
      const build = paths[name] as (...values: string[]) => string;
      expect(pageOf(build(...args)), name).toBe(name);
    }
    expect(paths.newsPage()).toBe('/news');
    expect(paths.newsPage(2)).toBe('/news/page/2');
    expect(paths.newsMonth(2016, 3)).toBe('/news/archive/2016/03');
    expect(paths.search('Las Bambas')).toBe('/search?q=Las+Bambas');
    expect(paths.newsArticle('a-b')).toBe('/news/a-b');
    // @ts-expect-error a builder asks for each of its page's params
    expect(paths.newsArticle()).toBe('/news/');
  });

  it('reserves the fixed addresses beside a page with params', () => {
    expect(reservedParams('newsArticle').sort()).toEqual(['archive', 'page']);
    expect(reservedParams('notice')).toEqual([]);
  });
});
