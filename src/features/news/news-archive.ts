import type { NewsArchive, NewsItem } from './news-schema.ts';

/** "2016-10" for October 2016: the key of a month's archive page. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Counts articles per month, newest month first. */
export function archiveMonths(items: readonly Pick<NewsItem, 'date'>[]): NewsArchive {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = item.date.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const months = [...counts]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, count]) => ({
      year: Number(key.slice(0, 4)),
      month: Number(key.slice(5, 7)),
      count,
    }));
  return { months };
}
