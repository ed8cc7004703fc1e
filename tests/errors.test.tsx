import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from './support/msw-server.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

const PROBLEM = 'Sorry, there is a problem with this page';

describe('when content cannot be loaded', () => {
  it('shows an error page after a server error, and "Try again" recovers', async () => {
    server.use(
      http.get('*/content/notices.json', () => new HttpResponse(null, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = renderRoute('/notices');
    await findPageHeading(PROBLEM);
    expect(document.title).toBe('Sorry, there is a problem – Peru Support Group');
    expect(screen.getByText('Loading /content/notices.json failed (HTTP 500)')).toBeInTheDocument();
    // The site around the error still works.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findPageHeading('Featured notices')).toBeInTheDocument();
  });

  it('shows an error page when the network fails', async () => {
    server.use(http.get('*/content/topics.json', () => HttpResponse.error()));
    renderRoute('/background');
    await findPageHeading(PROBLEM);
    expect(screen.getByText('Could not connect to load /content/topics.json')).toBeInTheDocument();
  });

  it('names the file when it is not JSON', async () => {
    server.use(
      http.get(
        '*/content/events.json',
        () => new HttpResponse('{"events": [', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    renderRoute('/events/annual-conference-2016');
    await findPageHeading(PROBLEM);
    expect(screen.getByText('/content/events.json is not valid JSON')).toBeInTheDocument();
  });

  it('names the file and field when the content is not in the expected shape', async () => {
    server.use(
      http.get('*/content/news/pages/1.json', () =>
        HttpResponse.json({
          page: 1,
          pageCount: 1,
          pageSize: 10,
          total: 1,
          items: [{ slug: 'x', title: 'X', date: '1969-12-31T00:00', summary: 'S' }],
        }),
      ),
    );
    renderRoute('/news');
    await findPageHeading(PROBLEM);
    expect(
      screen.getByText('/content/news/pages/1.json is not in the expected format'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^items\.0\.date: Use a real date/)).toBeInTheDocument();
  });

  it('treats an HTML fallback page from a static host as "Page not found"', async () => {
    server.use(
      http.get('*/content/news/items/:slug', () => HttpResponse.html('<!doctype html><p>app</p>')),
    );
    renderRoute('/news/some-old-story');
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});
