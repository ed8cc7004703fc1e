import { archiveMonths } from '../../src/features/news/news-archive.ts';
import { NEWS_PAGE_SIZE } from '../../src/features/news/news-order.ts';
import type { SiteContent } from './load-content.ts';

/** Addresses no news slug may take, because a route of their own already has them. */
export const RESERVED_NEWS_SLUGS = ['archive'];

/**
 * Every address of the site that has a page of its own (every page of the news list; later
 * pages of the archive and tag lists are rendered in the browser). The prerenderer and the
 * sitemap both use this list.
 */
export function sitePages(content: SiteContent): string[] {
  const tagged = new Set(content.news.flatMap((item) => item.tags ?? []));
  return [
    '/',
    '/news',
    ...Array.from(
      { length: Math.ceil(content.news.length / NEWS_PAGE_SIZE) - 1 },
      (_, index) => `/news/page/${index + 2}`,
    ),
    ...content.news.map((item) => `/news/${item.slug}`),
    '/news/archive',
    ...archiveMonths(content.news).months.map(
      ({ year, month }) => `/news/archive/${year}/${String(month).padStart(2, '0')}`,
    ),
    ...content.tags.filter((tag) => tagged.has(tag.slug)).map((tag) => `/tags/${tag.slug}`),
    '/notices',
    ...content.notices.map((notice) => `/notices/${notice.slug}`),
    '/background',
    ...content.topics.map((topic) => `/background/${topic.slug}`),
    '/events',
    ...content.events.flatMap((event) => [
      `/events/${event.slug}`,
      `/events/${event.slug}/register`,
    ]),
    '/join',
    '/search',
    '/privacy',
  ];
}
