import { describe, expect, it } from 'vitest';
import { neighboursOf, paginateNews, sortNews } from '../src/features/news/news-order.ts';

const item = (slug: string, date: string) => ({ slug, title: slug, date, summary: slug });

describe('news order', () => {
  it('sorts newest first and same-day items by slug, whatever the input order', () => {
    const items = [item('b', '2016-10-16'), item('z', '2016-10-24'), item('a', '2016-10-16')];
    const expected = ['z', 'a', 'b'];
    expect(sortNews(items).map((i) => i.slug)).toEqual(expected);
    expect(sortNews([...items].reverse()).map((i) => i.slug)).toEqual(expected);
  });

  it('pages ten at a time and keeps an empty page 1 for an empty archive', () => {
    const items = Array.from({ length: 21 }, (_, i) =>
      item(`s${String(i).padStart(2, '0')}`, '2016-01-01'),
    );
    const pages = paginateNews(items);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 1]);
    expect(pages[2]).toMatchObject({ page: 3, pageCount: 3, total: 21 });
    expect(paginateNews([])).toEqual([
      { page: 1, pageCount: 1, pageSize: 10, total: 0, items: [] },
    ]);
  });

  it('gives each article its newer and older neighbours', () => {
    const sorted = sortNews([
      item('old', '2016-01-01'),
      item('mid', '2016-02-01'),
      item('new', '2016-03-01'),
    ]);
    expect(neighboursOf(sorted, 0)).toEqual({ newer: null, older: { slug: 'mid', title: 'mid' } });
    expect(neighboursOf(sorted, 2)).toEqual({ newer: { slug: 'mid', title: 'mid' }, older: null });
  });
});
