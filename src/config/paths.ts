/**
 * The one map of the site's pages: each page's address pattern, whether the build prerenders it,
 * and typed builders for links to it. The router (src/app/routes.tsx), the prerender list and
 * sitemap (scripts/content/site-pages.ts), the server's page / app shell / 404 decision and the
 * browser tests all read this module, so an address is written here and nowhere else.
 *
 * No React and no content here: the server and the build scripts import it too. How the
 * instances of a prerendered page are found in the content (one per article, per month, ...) is
 * in scripts/content/site-pages.ts, which must name an enumerator for every such page.
 */

import { DEFAULT_LOCALE, localeOfPath, type Locale } from './locales.ts';

/**
 * - `prerendered`: the build writes `<path>/index.html` for every instance, so it reads and
 *   links without JavaScript and is listed in the sitemap.
 * - `app-only`: form steps that show what the visitor typed in this tab (its saved draft), so
 *   they cannot be prerendered; the server answers them with the bare app shell.
 * - `offline-file`: the service worker's offline page, rendered by the build into a file of its
 *   own in each language (offlineFile) and never served at its address.
 */
export type Rendering = 'prerendered' | 'app-only' | 'offline-file';

/**
 * Every page, by name: its address pattern in the router's syntax (`:name` is one path segment;
 * a fixed segment wins over a `:name`). The order is the sitemap's.
 */
export const PAGES = {
  home: '/',
  newsList: '/news',
  newsPage: '/news/page/:page',
  newsArticle: '/news/:slug',
  newsArchive: '/news/archive',
  newsMonth: '/news/archive/:year/:month',
  tag: '/tags/:tag',
  notices: '/notices',
  notice: '/notices/:slug',
  background: '/background',
  topic: '/background/:slug',
  events: '/events',
  event: '/events/:slug',
  eventRegister: '/events/:slug/register',
  eventRegisterCheckAnswers: '/events/:slug/register/check-answers',
  eventRegisterConfirmation: '/events/:slug/register/confirmation',
  join: '/join',
  joinCheckAnswers: '/join/check-answers',
  joinConfirmation: '/join/confirmation',
  search: '/search',
  privacy: '/privacy',
  offline: '/offline',
} as const satisfies Record<string, `/${string}`>;

export type PageName = keyof typeof PAGES;
export type PatternOf<N extends PageName> = (typeof PAGES)[N];

/** The form steps that only the browser can render; every other page is prerendered. */
export const APP_ONLY_PAGES = [
  'eventRegisterCheckAnswers',
  'eventRegisterConfirmation',
  'joinCheckAnswers',
  'joinConfirmation',
] as const satisfies readonly PageName[];

export type AppOnlyPage = (typeof APP_ONLY_PAGES)[number];
export type PrerenderedPage = Exclude<PageName, AppOnlyPage | 'offline'>;

/**
 * Where the build writes each language's offline page (the `offline-file` page), in dist/ and
 * on the site: `/offline.html`, `/es/offline.html`. The service worker hands out the one of the
 * language of the address asked for.
 */
export function offlineFile(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/offline.html`;
}

/** `['year', 'month']` for '/news/archive/:year/:month'; `[]` for a pattern without params. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? [Name, ...ParamNames<`/${Rest}`>]
  : P extends `${string}:${infer Name}`
    ? [Name]
    : [];

export const PAGE_NAMES = Object.keys(PAGES) as PageName[];

export function renderingOf(name: PageName): Rendering {
  if (name === 'offline') return 'offline-file';
  return (APP_ONLY_PAGES as readonly PageName[]).includes(name) ? 'app-only' : 'prerendered';
}

export function pagesRendered(rendering: Rendering): PageName[] {
  return PAGE_NAMES.filter((name) => renderingOf(name) === rendering);
}

export type { Locale };
export type PathOptions = { locale?: Locale };

/**
 * Where a language's pages live: '' for English (today's addresses), '/es' for Spanish, so
 * `/es/news/<slug>` is the Spanish page of `/news/<slug>`. Inside the app the router's basename
 * is this prefix, so a `<Link to={paths.x()}>` on a Spanish page leads to the Spanish page.
 */
export function localePrefix(locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** An address without its language's prefix: '/es/news' is '/news', '/es' and '/es/' are '/'. */
export function withoutLocale(address: string): string {
  const prefix = localePrefix(localeOfPath(address));
  if (!prefix) return address;
  const rest = address.slice(prefix.length);
  return rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest;
}

/**
 * The same address in `locale` (a path, with any query): the language switch, hreflang
 * alternates and the sitemap use it. `('/es/news?x', 'en')` is '/news?x'.
 */
export function inLocale(address: string, locale: Locale): string {
  const path = withoutLocale(address);
  const prefix = localePrefix(locale);
  if (!prefix) return path;
  return path === '/' || path.startsWith('/?') || path.startsWith('/#')
    ? `${prefix}${path.slice(1)}`
    : `${prefix}${path}`;
}

/** A link builder: one string per `:param` of the pattern, in order, then the options. */
export type PathBuilder<P extends string> = (
  ...args: [...AsStrings<ParamNames<P>>, options?: PathOptions]
) => string;
type AsStrings<T extends readonly unknown[]> = { [I in keyof T]: string };

/** The address of one instance of a page: its pattern with each `:param` filled in (encoded). */
export function pathTo(name: PageName, values: readonly string[], options: PathOptions = {}) {
  let index = 0;
  const path = PAGES[name].replace(/:\w+/g, () => encodeURIComponent(values[index++] ?? ''));
  return inLocale(path, options.locale ?? DEFAULT_LOCALE);
}

function builder(name: PageName) {
  return (...args: (string | PathOptions)[]) => {
    const last = args[args.length - 1];
    const options = typeof last === 'object' ? last : undefined;
    return pathTo(
      name,
      args.filter((arg) => typeof arg === 'string'),
      options,
    );
  };
}

/**
 * A regular expression that matches the addresses of a pattern (a trailing slash allowed). Every
 * param of the site (slugs, years, months) is lower-case letters, digits and hyphens.
 */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[a-z0-9-]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(pattern === '/' ? '^/$' : `^${source}/?$`);
}

/**
 * The page an address belongs to, in any language (`/es/news/x` is a newsArticle), judged by
 * patterns alone (whether that article exists is the content's business). A static segment
 * beats a `:param`, as in the router.
 */
export function pageOf(address: string): PageName | null {
  const pathname = withoutLocale(address);
  const candidates = PAGE_NAMES.filter((name) => patternRegExp(PAGES[name]).test(pathname));
  const staticSegments = (name: PageName) =>
    PAGES[name].split('/').filter((segment) => !segment.startsWith(':')).length;
  return candidates.sort((a, b) => staticSegments(b) - staticSegments(a))[0] ?? null;
}

/**
 * Values a `:param` of a page may never take, because a page with a fixed address sits in the
 * same place (`/news/archive` means no article may be called "archive").
 */
export function reservedParams(name: PageName): string[] {
  const segments = PAGES[name].split('/');
  const index = segments.findIndex((segment) => segment.startsWith(':'));
  if (index < 0) return [];
  const parent = segments.slice(0, index).join('/');
  const reserved = new Set<string>();
  for (const other of PAGE_NAMES) {
    const otherSegments = PAGES[other].split('/');
    const segment = otherSegments[index];
    if (otherSegments.slice(0, index).join('/') === parent && segment && !segment.startsWith(':'))
      reserved.add(segment);
  }
  return [...reserved];
}

/**
 * Typed builders for links, one per page and named after it (`paths.newsArticle(slug)`), plus
 * the list and search pages with their query (`paths.newsPage(2)`, `paths.search('mining')`).
 */
export const paths = {
  ...(Object.fromEntries(PAGE_NAMES.map((name) => [name, builder(name)])) as {
    [N in PageName]: PathBuilder<PatternOf<N>>;
  }),
  /** The list of news: page 1 is /news, later pages /news/page/N. */
  newsPage: (page = 1, options?: PathOptions) =>
    page === 1 ? pathTo('newsList', [], options) : pathTo('newsPage', [String(page)], options),
  /** A month of the archive from numbers: (2016, 10) is /news/archive/2016/10. */
  newsMonth: (year: number, month: number, options?: PathOptions) =>
    pathTo('newsMonth', [String(year), String(month).padStart(2, '0')], options),
  /** The search page, with a query when there is one. */
  search: (query?: string, options?: PathOptions) => {
    const path = pathTo('search', [], options);
    return query ? `${path}?${new URLSearchParams({ q: query })}` : path;
  },
};

/** Files the site publishes beside its pages (not pages: no route, no prerendering). */
export const files = {
  feeds: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
  sitemap: '/sitemap.xml',
  /** An event's "Add to calendar" file (scripts/content/build-calendars.ts writes it). */
  calendar: (slug: string) => `/content/calendar/${encodeURIComponent(slug)}.ics`,
} as const;

/** The API's routes in Fastify's syntax: the form endpoints (server/api). */
export const API_ROUTES = {
  memberships: '/api/memberships',
  registrations: '/api/events/:slug/registrations',
} as const;

/**
 * An API endpoint asked to answer in `locale` (its 422 messages; the consent wording it stores
 * and the language stored with it): `?locale=es`. The page's
 * language is a visitor's choice, so the page says it rather than the browser's Accept-Language.
 */
export function apiInLocale(endpoint: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? endpoint : `${endpoint}?${new URLSearchParams({ locale })}`;
}

/** The API's addresses, for fetch and for forms. */
export const apiPaths = {
  memberships: API_ROUTES.memberships,
  registrations: (slug: string) =>
    API_ROUTES.registrations.replace(':slug', encodeURIComponent(slug)),
} as const;
