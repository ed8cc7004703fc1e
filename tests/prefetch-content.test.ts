import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getNewsArticle, prefetchNewsArticleFiles } from '../src/features/news/news-queries.ts';
import { ContentError } from '../src/lib/fetch-content.ts';
import { server } from './support/msw-server.ts';

function recordRequests() {
  const requested: string[] = [];
  server.events.on('request:start', ({ request }) => requested.push(new URL(request.url).pathname));
  return requested;
}

describe('prefetching content files', () => {
  it('fetches an article’s files once: the visit uses what the prefetch brought', async () => {
    const requested = recordRequests();
    prefetchNewsArticleFiles('snipping-the-snip');
    const article = await getNewsArticle('snipping-the-snip');
    server.events.removeAllListeners();

    expect(article.item.title).toBe('Snipping the SNIP');
    expect(requested.sort()).toEqual([
      '/content/news/items/snipping-the-snip.json',
      '/content/news/neighbours/snipping-the-snip.json',
    ]);
  });

  it('still checks prefetched files when they are used', async () => {
    server.use(
      http.get('*/content/news/items/snipping-the-snip.json', () =>
        HttpResponse.json({ slug: 'snipping-the-snip', title: '' }),
      ),
    );
    prefetchNewsArticleFiles('snipping-the-snip');
    await expect(getNewsArticle('snipping-the-snip')).rejects.toBeInstanceOf(ContentError);
  });

  it('fetches again when the prefetch failed', async () => {
    server.use(
      http.get('*/content/news/items/opposition-to-tpp.json', () => HttpResponse.error(), {
        once: true,
      }),
    );
    prefetchNewsArticleFiles('opposition-to-tpp');
    const article = await getNewsArticle('opposition-to-tpp');
    expect(article.item.title).toBe('Opposition to TPP');
  });
});
