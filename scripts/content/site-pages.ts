import { archiveMonths } from '../../src/features/news/news-archive.ts';
import type { SiteContent } from './load-content.ts';

/** Addresses no news slug may take, because a route of their own already has them. */
export const RESERVED_NEWS_SLUGS = ['archive'];

/**
 * Every address of the site that has a page of its own (first pages of lists; later pages of
 * a list are rendered in the browser). The prerenderer and the sitemap both use this list.
 */
export function sitePages(content: SiteContent): string[] {
  const tagged = new Set(content.news.flatMap((item) => item.tags ?? []));
  return [
    '/',
    '/news',
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
  ];
}
