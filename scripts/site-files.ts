/**
 * npm run build, after prerendering: the news feeds (RSS 2.0, Atom, JSON Feed), sitemap.xml and
 * robots.txt, all with absolute URLs on the site's one origin.
 *
 * Usage: tsx scripts/site-files.ts [dist-dir]
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Feed } from 'feed';
import { DEFAULT_LOCALE, HTML_LANG, LOCALES } from '../src/config/locales.ts';
import { files, inLocale, pageOf, paths } from '../src/config/paths.ts';
import { sortNews } from '../src/features/news/news-order.ts';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from '../src/lib/site.ts';
import { loadContent } from './content/load-content.ts';
import type { SiteContent } from './content/site-content.ts';
import { sitePages } from './content/site-pages.ts';

/** The newest items only, so a feed stays the same size however long the archive grows. */
export const FEED_LENGTH = 20;

export const FEED_PATHS = files.feeds;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildFeeds(content: SiteContent) {
  const tagLabels = new Map(content.tags.map((tag) => [tag.slug, tag.label]));
  const items = sortNews(content.news).slice(0, FEED_LENGTH);
  const feed = new Feed({
    title: `${SITE_NAME} news`,
    description: SITE_DESCRIPTION,
    id: absoluteUrl(paths.newsPage()),
    link: absoluteUrl(paths.newsPage()),
    language: 'en-GB',
    favicon: absoluteUrl('/favicon.svg'),
    copyright: `© ${SITE_NAME}`,
    // Feeds change only when the news does, so the newest item's date is their date.
    updated: items[0] ? new Date(`${items[0].date}T00:00:00Z`) : new Date(0),
    generator: false,
    feedLinks: {
      rss: absoluteUrl(FEED_PATHS.rss),
      atom: absoluteUrl(FEED_PATHS.atom),
      json: absoluteUrl(FEED_PATHS.json),
    },
    author: { name: SITE_NAME, link: absoluteUrl(paths.home()) },
  });
  for (const item of items) {
    const url = absoluteUrl(paths.newsArticle(item.slug));
    const date = new Date(`${item.date}T00:00:00Z`);
    feed.addItem({
      title: item.title,
      id: url,
      link: url,
      date,
      published: date,
      description: item.summary,
      content: (item.body ?? [item.summary]).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      category: (item.tags ?? []).map((tag) => ({ name: tagLabels.get(tag) ?? tag })),
      author: [{ name: SITE_NAME, link: absoluteUrl(paths.home()) }],
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1(), json: feed.json1() };
}

function escapeXml(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Every page in every language (`pages` are the English addresses), each with its alternates in
 * each language and the x-default (English), as Google reads hreflang from a sitemap.
 */
export function buildSitemap(pages: readonly string[]): string {
  const link = (hreflang: string, path: string) =>
    `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(path))}"/>`;
  const urls = LOCALES.flatMap((locale) =>
    pages.map((path) => {
      const alternates = [
        ...LOCALES.map((other) => link(HTML_LANG[other], inLocale(path, other))),
        link('x-default', inLocale(path, DEFAULT_LOCALE)),
      ];
      return `  <url><loc>${escapeXml(absoluteUrl(inLocale(path, locale)))}</loc>${alternates.join('')}</url>`;
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function buildRobots(): string {
  return `User-agent: *\nDisallow: /api/\n\nSitemap: ${absoluteUrl(files.sitemap)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = resolve(process.argv[2] ?? 'dist');
  const { content, problems } = await loadContent(join(distDir, 'content'));
  if (!content) {
    console.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
    process.exit(1);
  }
  const feeds = buildFeeds(content);
  // Search results are not pages of their own for a search engine.
  const pages = sitePages(content).filter((path) => pageOf(path) !== 'search');
  await Promise.all([
    writeFile(join(distDir, FEED_PATHS.rss), feeds.rss),
    writeFile(join(distDir, FEED_PATHS.atom), feeds.atom),
    writeFile(join(distDir, FEED_PATHS.json), feeds.json),
    writeFile(join(distDir, files.sitemap), buildSitemap(pages)),
    writeFile(join(distDir, 'robots.txt'), buildRobots()),
  ]);
  console.log(
    `Wrote 3 news feeds, sitemap.xml (${pages.length} pages in ${LOCALES.length} languages) and robots.txt`,
  );
}
