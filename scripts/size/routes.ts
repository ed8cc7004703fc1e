import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { matchRoutes, type RouteObject } from 'react-router';
import { createRoutes } from '../../src/app/routes.tsx';
import { PAGES, paths } from '../../src/config/paths.ts';
import { createQueryClient } from '../../src/lib/query-client.ts';
import { prerenderedPages } from './bundle-size.ts';

/** The search page is measured with a query, so it loads its index as a visitor's would. */
export const SEARCH_QUERY = 'peru';

export function appRoutes(): RouteObject[] {
  return createRoutes(createQueryClient());
}

function joinPath(parent: string, path: string | undefined): string {
  if (!path) return parent;
  return path.startsWith('/') ? path : `${parent.replace(/\/$/, '')}/${path}`;
}

/** The path of every page in a route table (its leaf routes), in table order; no "*". */
export function routePatterns(routes: readonly RouteObject[]): string[] {
  const patterns: string[] = [];
  const walk = (list: readonly RouteObject[], parent: string) => {
    for (const route of list) {
      const path = joinPath(parent, route.path);
      if (route.children?.length) walk(route.children, path);
      else if (!path.includes('*') && !patterns.includes(path || '/')) patterns.push(path || '/');
    }
  };
  walk(routes, '');
  return patterns;
}

/** The pattern of the route the router picks for `path` (its ranking, static before :param). */
export function patternOf(routes: readonly RouteObject[], path: string): string | null {
  const matches = matchRoutes([...routes], path);
  if (!matches) return null;
  const pattern = matches.reduce((parent, match) => joinPath(parent, match.route.path), '') || '/';
  return pattern.includes('*') ? null : pattern;
}

/** Pages grouped by the route that renders them, with the first page of each; home first. */
export function routesOfPages(
  routes: readonly RouteObject[],
  pages: readonly string[],
): Map<string, string> {
  const grouped = new Map<string, string>();
  for (const page of [...pages].sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : 0))) {
    const pattern = patternOf(routes, page) ?? page;
    if (!grouped.has(pattern)) grouped.set(pattern, page);
  }
  return grouped;
}

/**
 * One real address for each route pattern: a prerendered page the router sends to it, or else
 * the pattern with each :param taken from a page of the route above it (so
 * /events/:slug/register becomes /events/annual-conference-2016/register), or from
 * `fallbackParams` (e.g. a year and month of the archive). Patterns still incomplete are left out.
 */
export function examplePaths(
  routes: readonly RouteObject[],
  pages: readonly string[],
  fallbackParams: Readonly<Record<string, string>> = {},
): { route: string; path: string }[] {
  const pageOf = new Map<string, string>();
  for (const page of pages) {
    const pattern = patternOf(routes, page);
    if (pattern && !pageOf.has(pattern)) pageOf.set(pattern, page);
  }
  const examples: { route: string; path: string }[] = [];
  for (const pattern of routePatterns(routes)) {
    const page = pageOf.get(pattern);
    if (page) {
      examples.push({ route: pattern, path: page });
      continue;
    }
    const segments = pattern.split('/');
    let complete = true;
    const filled = segments.map((segment, index) => {
      if (!segment.startsWith(':')) return segment;
      const above = pageOf.get(segments.slice(0, index + 1).join('/'));
      const value = above?.split('/')[index] ?? fallbackParams[segment.slice(1)];
      if (!value) complete = false;
      return value ?? segment;
    });
    if (complete) examples.push({ route: pattern, path: filled.join('/') });
  }
  return examples;
}

/**
 * Values for route params no prerendered page supplies, from a built content folder: the newest
 * article's year and month, and the first tag. Missing files leave them out.
 */
export async function fallbackParams(contentDir: string): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  const read = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(join(contentDir, file), 'utf8').catch(() => 'null')) as unknown;
  const page = (await read('news/pages/1.json')) as { items?: { date?: string }[] } | null;
  const date = page?.items?.[0]?.date;
  if (date) {
    params.year = date.slice(0, 4);
    params.month = date.slice(5, 7);
  }
  const tags = (await read('tags.json')) as { tags?: { slug?: string }[] } | null;
  const tag = tags?.tags?.[0]?.slug;
  if (tag) params.tag = tag;
  return params;
}

/** One address for every page of the app's route table, from a build. */
export async function pagesToVisit(distDir: string): Promise<{ route: string; path: string }[]> {
  const examples = examplePaths(
    appRoutes(),
    await prerenderedPages(distDir),
    await fallbackParams(join(distDir, 'content')),
  );
  return (
    examples
      // Rendered only into the service worker's offline.html, never served at its own address.
      .filter((example) => example.route !== PAGES.offline)
      .map((example) =>
        example.route === PAGES.search ? { ...example, path: paths.search(SEARCH_QUERY) } : example,
      )
  );
}
