import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { neighboursOf, paginateNews, sortNews } from '../../src/features/news/news-order.ts';
import type { NewsItem } from '../../src/features/news/news-schema.ts';

/**
 * Writes the files derived from the news items: pages of teasers (what lists fetch) and each
 * article's neighbours. Every file is small and fixed in size, however long the archive grows.
 */
export async function buildNewsIndex(contentDir: string, items: readonly NewsItem[]) {
  const sorted = sortNews(items);
  const pagesDir = join(contentDir, 'news', 'pages');
  const neighboursDir = join(contentDir, 'news', 'neighbours');
  await Promise.all(
    [pagesDir, neighboursDir].map((dir) => rm(dir, { recursive: true, force: true })),
  );
  await Promise.all([pagesDir, neighboursDir].map((dir) => mkdir(dir, { recursive: true })));

  const pages = paginateNews(sorted);
  await Promise.all(
    pages.map((page) => writeFile(join(pagesDir, `${page.page}.json`), JSON.stringify(page))),
  );
  await Promise.all(
    sorted.map((item, index) =>
      writeFile(
        join(neighboursDir, `${item.slug}.json`),
        JSON.stringify(neighboursOf(sorted, index)),
      ),
    ),
  );
  return { pages: pages.length, articles: sorted.length };
}
