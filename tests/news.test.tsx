import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { paginateNews, sortNews } from '../src/features/news/news-order.ts';
import type { NewsItem } from '../src/features/news/news-schema.ts';
import { server } from './support/msw-server.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

/** A longer archive than the seed has, to page through: 23 items, three pages. */
function useLongArchive() {
  const items: NewsItem[] = Array.from({ length: 23 }, (_, index) => ({
    slug: `story-${index + 1}`,
    title: `Story ${index + 1}`,
    date: `2016-09-${String(index + 1).padStart(2, '0')}`,
    summary: `Summary ${index + 1}`,
  }));
  const pages = paginateNews(sortNews(items));
  server.use(
    http.get('*/content/news/pages/:page', ({ params }) => {
      const page = pages[Number(String(params.page).replace('.json', '')) - 1];
      return page ? HttpResponse.json(page) : new HttpResponse(null, { status: 404 });
    }),
  );
}

describe('news list', () => {
  it('shows every news item on one page when there are ten or fewer', async () => {
    renderRoute('/news');
    await findPageHeading('News');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(8);
    expect(screen.queryByRole('navigation', { name: 'News pages' })).not.toBeInTheDocument();
  });

  it('pages through older news with stable URLs and back again', async () => {
    useLongArchive();
    const { user, router } = renderRoute('/news');
    await findPageHeading('News');
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Story 23');
    const pages = screen.getByRole('navigation', { name: 'News pages' });
    expect(pages).toHaveTextContent('Page 1 of 3');

    await user.click(within(pages).getByRole('link', { name: /Older news/ }));
    expect(await findPageHeading('News – page 2 of 3')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/news/page/2');
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Story 13');

    await user.click(screen.getByRole('link', { name: /Older news/ }));
    expect(await findPageHeading('News – page 3 of 3')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(screen.queryByRole('link', { name: /Older news/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Newer news/ }));
    expect(await findPageHeading('News – page 2 of 3')).toBeInTheDocument();
  });

  it('takes the old address of a page (/news?page=2) to its new one', async () => {
    useLongArchive();
    const { router } = renderRoute('/news?page=2');
    expect(await findPageHeading('News – page 2 of 3')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/news/page/2');
    expect(router.state.location.search).toBe('');
  });

  it.each([
    '/news/page/2',
    '/news/page/1',
    '/news/page/0',
    '/news/page/two',
    '/news?page=2',
    '/news?page=0',
    '/news?page=two',
    '/news?page=-1',
  ])('shows "Page not found" for %s', async (url) => {
    renderRoute(url);
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});

describe('news article', () => {
  it('shows the title, date and full text with a way back to all news', async () => {
    const { user } = renderRoute('/news/violence-at-las-bambas-again');
    await findPageHeading('Violence at Las Bambas, again');
    expect(screen.getByText('16 October 2016')).toHaveAttribute('datetime', '2016-10-16');
    expect(screen.getByText(/Quintino Cereceda Huisa is the first person/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'All news' }));
    expect(await findPageHeading('News')).toBeInTheDocument();
  });

  it('links to the older and newer articles', async () => {
    const { user } = renderRoute(
      '/news/las-bambas-vizcarra-contributes-to-the-reduction-of-tension',
    );
    await findPageHeading();
    const more = screen.getByRole('navigation', { name: 'More news' });
    expect(within(more).getByRole('link', { name: /Newer article/ })).toHaveTextContent(
      'Kuczynski vows to fight corruption',
    );
    await user.click(within(more).getByRole('link', { name: /Older article/ }));
    expect(
      await findPageHeading("Peru Support Group's Annual Conference on 5 November"),
    ).toBeInTheDocument();
  });

  it('says what the original page pointed to that is not available, and links to the event', async () => {
    renderRoute('/news/peru-support-groups-annual-conference-on-5-november');
    await findPageHeading();
    expect(screen.getByText('Members and Concessions £8, non-members £13')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not available on this site' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Conference details' })).toHaveAttribute(
      'href',
      '/events/annual-conference-2016',
    );
  });

  it.each(['/news/no-such-story', '/news/Bad..Slug'])(
    'shows "Page not found" for %s',
    async (url) => {
      renderRoute(url);
      expect(await findPageHeading('Page not found')).toBeInTheDocument();
    },
  );
});

describe('prefetching', () => {
  it('fetches an article when its link is hovered, before it is clicked', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) =>
      requested.push(new URL(request.url).pathname),
    );
    const { user } = renderRoute('/news');
    await findPageHeading('News');
    expect(requested).not.toContain('/content/news/items/snipping-the-snip.json');
    await user.hover(screen.getByRole('link', { name: 'Snipping the SNIP' }));
    await waitFor(() => expect(requested).toContain('/content/news/items/snipping-the-snip.json'));
    server.events.removeAllListeners();
  });

  it('fetches an article when its link takes keyboard focus', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) =>
      requested.push(new URL(request.url).pathname),
    );
    renderRoute('/news');
    await findPageHeading('News');
    act(() => screen.getByRole('link', { name: 'Opposition to TPP' }).focus());
    await waitFor(() =>
      expect(requested).toContain('/content/news/neighbours/opposition-to-tpp.json'),
    );
    server.events.removeAllListeners();
  });
});

describe('sharing an article', () => {
  it('copies the article’s address and says so', async () => {
    const { user } = renderRoute('/news/opposition-to-tpp');
    await findPageHeading('Opposition to TPP');
    // user-event puts a clipboard stub on navigator; read back what the page wrote.
    await user.click(screen.getByRole('button', { name: 'Copy link to this article' }));
    expect(await navigator.clipboard.readText()).toBe(
      'https://www.perusupportgroup.org.uk/news/opposition-to-tpp',
    );
    expect(screen.getByText('Link copied.')).toBeInTheDocument();
  });

  it('offers the device’s share sheet only where the browser has one', async () => {
    renderRoute('/news/opposition-to-tpp');
    await findPageHeading('Opposition to TPP');
    expect(screen.queryByRole('button', { name: /^Share/ })).not.toBeInTheDocument();
  });

  it('opens the share sheet with the title and address', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }));
    const { user } = renderRoute('/news/opposition-to-tpp');
    await findPageHeading('Opposition to TPP');
    await user.click(screen.getByRole('button', { name: 'Share this article' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Opposition to TPP',
      url: 'https://www.perusupportgroup.org.uk/news/opposition-to-tpp',
    });
  });
});
