import { PAGES, paths } from '../src/config/paths.ts';

/**
 * Addresses the site used to have, and where those pages are now, so old links and bookmarks
 * still arrive (with or without JavaScript): /news?page=2 → /news/page/2, /news?page=1 → /news.
 */
export function movedTo(url: string): string | null {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  if (pathname !== PAGES.newsList && pathname !== `${PAGES.newsList}/`) return null;
  const page = searchParams.get('page');
  if (page === null || !/^[1-9]\d{0,5}$/.test(page)) return null;
  return paths.newsPage(Number(page));
}
