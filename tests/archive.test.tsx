import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

describe('news archive', () => {
  it('lists each year and month with its number of articles', async () => {
    const { user } = renderRoute('/news');
    await findPageHeading('News');
    await user.click(screen.getByRole('link', { name: 'News archive by month' }));
    await findPageHeading('News archive');
    const year = screen.getByRole('region', { name: '2016' });
    expect(within(year).getByRole('listitem')).toHaveTextContent('October 2016 8 articles');
    await user.click(within(year).getByRole('link', { name: 'October 2016' }));
    expect(await findPageHeading('News from October 2016')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(8);
  });

  it.each(['/news/archive/2016/13', '/news/archive/16/10', '/news/archive/2015/10'])(
    'shows "Page not found" for %s',
    async (url) => {
      renderRoute(url);
      expect(await findPageHeading('Page not found')).toBeInTheDocument();
    },
  );
});

describe('tags', () => {
  it('shows an article’s topics and lists the news with a topic', async () => {
    const { user } = renderRoute('/news/forest-restoration-reported');
    await findPageHeading('Forest restoration reported');
    const topics = screen.getByRole('region', { name: 'Topics' });
    expect(
      within(topics)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Environment', 'Indigenous peoples', 'Mining']);
    await user.click(within(topics).getByRole('link', { name: 'Mining' }));
    await findPageHeading('News about mining');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Las Bambas: Vizcarra contributes to the reduction of tension',
      'Forest restoration reported',
      'Violence at Las Bambas, again',
    ]);
  });

  it('shows "Page not found" for an unknown tag', async () => {
    renderRoute('/tags/astrology');
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});
