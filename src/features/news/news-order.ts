import type { NewsItem, NewsNeighbours, NewsPage, NewsTeaser } from './news-schema.ts';

/** Ten teasers a page, as the charity's old `?position=` lists had. */
export const NEWS_PAGE_SIZE = 10;

/** Newest first; items of the same day by slug, so the order never depends on file order. */
export function sortNews<T extends Pick<NewsItem, 'date' | 'slug'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    a.date === b.date ? a.slug.localeCompare(b.slug) : b.date.localeCompare(a.date),
  );
}

export function toTeaser({ slug, title, date, summary, es }: NewsItem): NewsTeaser {
  const spanish = es && { title: es.title, summary: es.summary };
  return {
    slug,
    title,
    date,
    summary,
    ...(spanish?.title || spanish?.summary ? { es: spanish } : {}),
  };
}

/** Splits sorted items into pages; an empty archive still has page 1, with no items. */
export function paginateNews(sorted: readonly NewsItem[], pageSize = NEWS_PAGE_SIZE): NewsPage[] {
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    pageSize,
    total: sorted.length,
    items: sorted.slice(index * pageSize, (index + 1) * pageSize).map(toTeaser),
  }));
}

export function neighboursOf(sorted: readonly NewsItem[], index: number): NewsNeighbours {
  const link = (item: NewsItem | undefined) =>
    item
      ? {
          slug: item.slug,
          title: item.title,
          ...(item.es?.title ? { es: { title: item.es.title } } : {}),
        }
      : null;
  return { newer: link(sorted[index - 1]), older: link(sorted[index + 1]) };
}
