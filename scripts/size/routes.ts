import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localeOfPath } from '../../src/config/locales.ts';
import { inLocale, PAGE_NAMES, PAGES, pageOf, paths, renderingOf } from '../../src/config/paths.ts';
import { prerenderedPages } from './bundle-size.ts';

/** The search page is measured with a query, so it loads its index as a visitor's would. */
export const SEARCH_QUERY = 'peru';

/**
 * The page of the map an address is, as its pattern in the address's language
 * (`/es/news/x` → `/es/news/:slug`), or null for an address no page has.
 */
export function patternOf(address: string): string | null {
  const name = pageOf(address);
  return name ? inLocale(PAGES[name], localeOfPath(address)) : null;
}

/** Pages grouped by the page of the map they are, with the first of each; home first. */
export function routesOfPages(pages: readonly string[]): Map<string, string> {
  const grouped = new Map<string, string>();
  for (const page of [...pages].sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : 0))) {
    const pattern = patternOf(page) ?? page;
    if (!grouped.has(pattern)) grouped.set(pattern, page);
  }
  return grouped;
}

/**
 * One real address for each page of the map that is served at its address (not the offline
 * file), in the map's order: a prerendered page of that pattern, or else the pattern with each
 * :param taken from a page of the pattern above it (so /events/:slug/register becomes
 * /events/annual-conference-2016/register), or from `fallbackParams` (e.g. a year and month of
 * the archive). Patterns still incomplete are left out.
 */
export function examplePaths(
  pages: readonly string[],
  fallbackParams: Readonly<Record<string, string>> = {},
): { route: string; path: string }[] {
  const pageOfPattern = new Map<string, string>();
  for (const page of pages) {
    const pattern = patternOf(page);
    if (pattern && !pageOfPattern.has(pattern)) pageOfPattern.set(pattern, page);
  }
  const examples: { route: string; path: string }[] = [];
  for (const name of PAGE_NAMES.filter((page) => renderingOf(page) !== 'offline-file')) {
    const pattern: string = PAGES[name];
    const page = pageOfPattern.get(pattern);
    if (page) {
      examples.push({ route: pattern, path: page });
      continue;
    }
    const segments = pattern.split('/');
    let complete = true;
    const filled = segments.map((segment, index) => {
      if (!segment.startsWith(':')) return segment;
      const above = pageOfPattern.get(segments.slice(0, index + 1).join('/'));
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

/** One address for every page of the map served at its own address, from a build. */
export async function pagesToVisit(distDir: string): Promise<{ route: string; path: string }[]> {
  const examples = examplePaths(
    await prerenderedPages(distDir),
    await fallbackParams(join(distDir, 'content')),
  );
  return examples.map((example) =>
    example.route === PAGES.search ? { ...example, path: paths.search(SEARCH_QUERY) } : example,
  );
}
