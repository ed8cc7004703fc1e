import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveMonths, monthKey } from '../../src/features/news/news-archive.ts';
import { neighboursOf, paginateNews, sortNews } from '../../src/features/news/news-order.ts';
import type { NewsItem } from '../../src/features/news/news-schema.ts';

/** The folders this step owns under news/; each is emptied and written afresh. */
const DERIVED = ['pages', 'neighbours', 'months', 'tags'];

async function writeJson(file: string, data: unknown) {
  await writeFile(file, JSON.stringify(data));
}

/** Writes `items` (already sorted) as pages of teasers: <dir>/1.json, 2.json, … */
async function writePages(dir: string, items: readonly NewsItem[]) {
  await mkdir(dir, { recursive: true });
  const pages = paginateNews(items);
  await Promise.all(pages.map((page) => writeJson(join(dir, `${page.page}.json`), page)));
  return pages.length;
}

/**
 * Writes the files derived from the news items: pages of teasers for the news list, each month
 * of the archive and each tag; each article's neighbours; and the archive's month counts. Every
 * file is small and bounded in size, however long the archive grows.
 */
export async function buildNewsIndex(contentDir: string, items: readonly NewsItem[]) {
  const newsDir = join(contentDir, 'news');
  await Promise.all(DERIVED.map((dir) => rm(join(newsDir, dir), { recursive: true, force: true })));
  const sorted = sortNews(items);

  const pages = await writePages(join(newsDir, 'pages'), sorted);

  await mkdir(join(newsDir, 'neighbours'), { recursive: true });
  await Promise.all(
    sorted.map((item, index) =>
      writeJson(join(newsDir, 'neighbours', `${item.slug}.json`), neighboursOf(sorted, index)),
    ),
  );

  const archive = archiveMonths(sorted);
  await writeJson(join(newsDir, 'archive.json'), archive);
  for (const { year, month } of archive.months) {
    const key = monthKey(year, month);
    await writePages(
      join(newsDir, 'months', key),
      sorted.filter((item) => item.date.startsWith(key)),
    );
  }

  const byTag = new Map<string, NewsItem[]>();
  for (const item of sorted) {
    for (const tag of item.tags ?? []) byTag.set(tag, [...(byTag.get(tag) ?? []), item]);
  }
  for (const [tag, tagged] of byTag) await writePages(join(newsDir, 'tags', tag), tagged);

  return { pages, articles: sorted.length, months: archive.months.length, tags: byTag.size };
}
