import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from './support/msw-server.ts';
import { findPageHeading, renderRoute } from './support/render-route.tsx';

async function search(url: string) {
  const view = renderRoute(url);
  await findPageHeading('Search');
  return view;
}

/** The line that says how many results there are (the page also has the route announcer). */
function findSummary() {
  return screen.findByText(/^(\d+ results? for|No results for)/);
}

/** The paths of the search index files the page asks for from now on. */
function recordIndexRequests(): string[] {
  const requested: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/content/search/')) requested.push(pathname);
  });
  return requested;
}

function resultTitles() {
  return screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
}

describe('search', () => {
  it('finds "Martín Vizcarra" by "martin", without the accent, and marks the words', async () => {
    await search('/search?q=martin');
    expect(await findSummary()).toHaveTextContent('1 result for “martin”');
    const results = screen.getByRole('list', { name: 'Search results' });
    const [hit] = within(results).getAllByRole('listitem');
    expect(within(hit!).getByRole('link')).toHaveAttribute(
      'href',
      '/news/las-bambas-vizcarra-contributes-to-the-reduction-of-tension',
    );
    const marks = within(hit!)
      .getAllByText((_, element) => element?.tagName === 'MARK')
      .map((mark) => mark.textContent);
    expect(marks).toContain('Martín');
    expect(within(hit!).getByText('24 October 2016')).toBeInTheDocument();
  });

  it('finds "Vizcarra" in any case', async () => {
    await search('/search?q=VIZCARRA');
    expect(await findSummary()).toHaveTextContent('1 result for “VIZCARRA”');
  });

  it('matches the start of a word, title matches first', async () => {
    await search('/search?q=bamba');
    await findSummary();
    expect(resultTitles().slice(0, 2)).toEqual(
      expect.arrayContaining([
        'Violence at Las Bambas, again',
        'Las Bambas: Vizcarra contributes to the reduction of tension',
      ]),
    );
  });

  it('forgives a small typo', async () => {
    await search('/search?q=corupption');
    expect(await findSummary()).toHaveTextContent(/results? for “corupption”/);
    expect(resultTitles()).toContain('Kuczynski vows to fight corruption');
  });

  it('searches events and notices too', async () => {
    await search('/search?q=tavistock');
    await findSummary();
    expect(resultTitles()).toContain('Peru Support Group Annual Conference');
  });

  it('searches background topics', async () => {
    await search('/search?q=climate');
    await findSummary();
    expect(resultTitles()).toContain('Climate Change');
  });

  it('asks for words when the query is empty, without loading the index', async () => {
    const requested = recordIndexRequests();
    await search('/search?q=%20%20');
    expect(screen.getByText(/Enter a word or phrase to search for/)).toBeInTheDocument();
    expect(requested).toEqual([]);
    server.events.removeAllListeners();
  });

  it('searches the whole text of news, not only its summary', async () => {
    await search('/search?q=concessions');
    await findSummary();
    expect(resultTitles()).toContain("Peru Support Group's Annual Conference on 5 November");
  });

  it('reads only the index files the query needs', async () => {
    const requested = recordIndexRequests();
    await search('/search?q=forest');
    expect(await findSummary()).toHaveTextContent(/results? for “forest”/);
    server.events.removeAllListeners();
    // Earlier searches of this visit (this file) may have read the manifest and documents.
    const files = requested.filter((path) => !path.endsWith('/manifest.json'));
    expect(files.filter((path) => path.includes('/terms/'))).toEqual([
      expect.stringMatching(/\/terms\/fo\.json$/),
    ]);
    expect(files.every((path) => /\/(terms|docs)\//.test(path))).toBe(true);
  });

  it('says so when nothing matches, with somewhere to go next', async () => {
    await search('/search?q=xylophone');
    expect(await findSummary()).toHaveTextContent('No results for “xylophone”.');
    expect(screen.getByRole('link', { name: 'news archive' })).toHaveAttribute(
      'href',
      '/news/archive',
    );
  });

  it('treats regular-expression characters as text', async () => {
    await search(`/search?q=${encodeURIComponent('(.*)[+?] \\')}`);
    expect(await findSummary()).toHaveTextContent('No results');
  });

  it('cuts a very long query and says so', async () => {
    await search(`/search?q=${'mining '.repeat(60)}`);
    expect(screen.getByText(/only its first 200 characters were used/)).toBeInTheDocument();
    expect(await findSummary()).toBeInTheDocument();
  });

  it('searches from the header box, keeping the query in the URL', async () => {
    const { user, router } = renderRoute('/');
    await findPageHeading('Peru Support Group');
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Search the site' });
    expect(box).toHaveFocus();
    await user.type(box, 'snip{Enter}');
    await findPageHeading('Search');
    expect(router.state.location.search).toBe('?q=snip');
    expect(await findSummary()).toHaveTextContent('1 result for “snip”');
    expect(screen.getByRole('searchbox', { name: /Search news/ })).toHaveValue('snip');
  });
});
