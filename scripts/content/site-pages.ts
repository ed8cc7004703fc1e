import { LOCALES } from '../../src/config/locales.ts';
import {
  inLocale,
  PAGE_NAMES,
  paths,
  renderingOf,
  type PageName,
  type PrerenderedPage,
} from '../../src/config/paths.ts';
import { archiveMonths } from '../../src/features/news/news-archive.ts';
import { NEWS_PAGE_SIZE } from '../../src/features/news/news-order.ts';
import type { SiteContent } from './site-content.ts';

/**
 * How the content names the instances of each prerendered page of src/config/paths.ts: one
 * address for a page without params, one per list page, article, month, tag in use, notice,
 * topic or event otherwise. The type asks for every prerendered page, so a page added to the map
 * fails to compile until it says here which addresses it has.
 */
const INSTANCES: { [P in PrerenderedPage]: (content: SiteContent) => string[] } = {
  home: () => [paths.home()],
  newsList: () => [paths.newsPage()],
  // Every later page of the news list, so page 2 paints as fast as page 1 (the archive's and
  // tags' later pages are rendered in the browser).
  newsPage: (content) =>
    Array.from({ length: Math.ceil(content.news.length / NEWS_PAGE_SIZE) - 1 }, (_, index) =>
      paths.newsPage(index + 2),
    ),
  newsArticle: (content) => content.news.map((item) => paths.newsArticle(item.slug)),
  newsArchive: () => [paths.newsArchive()],
  newsMonth: (content) =>
    archiveMonths(content.news).months.map(({ year, month }) => paths.newsMonth(year, month)),
  tag: (content) => {
    const tagged = new Set(content.news.flatMap((item) => item.tags ?? []));
    return content.tags.filter((tag) => tagged.has(tag.slug)).map((tag) => paths.tag(tag.slug));
  },
  notices: () => [paths.notices()],
  notice: (content) => content.notices.map((notice) => paths.notice(notice.slug)),
  background: () => [paths.background()],
  topic: (content) => content.topics.map((topic) => paths.topic(topic.slug)),
  events: () => [paths.events()],
  event: (content) => content.events.map((event) => paths.event(event.slug)),
  eventRegister: (content) => content.events.map((event) => paths.eventRegister(event.slug)),
  join: () => [paths.join()],
  search: () => [paths.search()],
  privacy: () => [paths.privacy()],
};

function isPrerendered(name: PageName): name is PrerenderedPage {
  return renderingOf(name) === 'prerendered';
}

/**
 * Every address of the site that has a page of its own, in the order of the page map. The
 * prerenderer and the sitemap both use this list.
 */
export function sitePages(content: SiteContent): string[] {
  return PAGE_NAMES.filter(isPrerendered).flatMap((name) => INSTANCES[name](content));
}

/**
 * Every page in every language: the English addresses of sitePages, then the same pages under
 * each other language's prefix (/es/...). The prerenderer writes them all.
 */
export function sitePagesInEveryLanguage(content: SiteContent): string[] {
  const pages = sitePages(content);
  return LOCALES.flatMap((locale) => pages.map((path) => inLocale(path, locale)));
}
