import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Form, Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { DateText } from '../components/date-text.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { Highlight } from '../features/search/highlight.tsx';
import { MAX_WORDS, RESULTS_PER_PAGE } from '../features/search/search-engine.ts';
import { searchQueries } from '../features/search/search-queries.ts';
import { MAX_QUERY_LENGTH, readSearchParams, searchPath } from '../features/search/search-query.ts';

export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { query, page } = readSearchParams(new URL(request.url).searchParams);
    // An empty search page reads no index, so it loads (and prerenders) without one.
    await Promise.all([
      queryClient.ensureQueryData(searchQueries.onServer()),
      query === '' ? null : queryClient.ensureQueryData(searchQueries.results(query, page)),
    ]);
    return null;
  };
}

function BrowseInstead() {
  return (
    <>
      You can also browse <Link to={paths.newsPage()}>all news</Link>, the{' '}
      <Link to={paths.newsArchive()}>news archive</Link> or the{' '}
      <Link to={paths.background()}>background topics</Link>.
    </>
  );
}

function ResultPages({
  query,
  page,
  pageCount,
}: {
  query: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages of results" className="pagination">
      {page > 1 && (
        <Link to={searchPath(query, page - 1)} rel="prev" className="pagination__link">
          Previous results<span className="visually-hidden">, page {page - 1}</span>
        </Link>
      )}
      <p className="pagination__status">
        Page {page} of {pageCount}
      </p>
      {page < pageCount && (
        <Link to={searchPath(query, page + 1)} rel="next" className="pagination__link">
          More results<span className="visually-hidden">, page {page + 1}</span>
        </Link>
      )}
    </nav>
  );
}

function SearchResults({ query, page }: { query: string; page: number }) {
  const { data: results } = useSuspenseQuery(searchQueries.results(query, page));
  const { total, hits } = results;

  return (
    <>
      <p role="status" className="search-summary">
        {total === 0
          ? `No results for “${query}”.`
          : `${total.toLocaleString('en-GB')} ${total === 1 ? 'result' : 'results'} for “${query}”`}
      </p>
      {results.wordsLeftOut && (
        <p className="callout">Only the first {MAX_WORDS} different words were searched for.</p>
      )}
      {total === 0 ? (
        <>
          <p>Check the spelling, or try fewer or different words.</p>
          <p>
            <BrowseInstead />
          </p>
        </>
      ) : (
        <>
          <ol
            className="teaser-list"
            aria-label="Search results"
            start={(results.page - 1) * RESULTS_PER_PAGE + 1}
          >
            {hits.map((hit) => (
              <li key={hit.url} className="teaser">
                <article>
                  <h2 className="teaser__title">
                    <Link to={hit.url}>
                      <Highlight text={hit.title} terms={hit.terms} />
                    </Link>
                  </h2>
                  <p className="meta">
                    {hit.kind}
                    {hit.date && (
                      <>
                        {', '}
                        <DateText date={hit.date} />
                      </>
                    )}
                  </p>
                  <p className="teaser__summary">
                    <Highlight text={hit.summary} terms={hit.terms} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
          <ResultPages query={query} page={results.page} pageCount={results.pageCount} />
        </>
      )}
    </>
  );
}

/** /search?q= — search results, found in the browser with the index built at build time. */
export function Component() {
  const [searchParams] = useSearchParams();
  const { query, page, truncated } = readSearchParams(searchParams);
  const { data: onServer } = useSuspenseQuery(searchQueries.onServer());

  return (
    <article className="page">
      <PageMeta
        title={query ? `Search: ${query}` : 'Search'}
        description="Search the Peru Support Group’s news, notices, background topics and events."
        canonical={paths.search()}
      />
      <h1>Search</h1>
      {!onServer && (
        // A static host cannot search: only the browser can, and only with JavaScript.
        <noscript>
          <p className="callout">
            Search needs JavaScript on this copy of the site: switch JavaScript on to search.{' '}
            <BrowseInstead />
          </p>
        </noscript>
      )}
      <Form method="get" action={paths.search()} role="search" className="search-form">
        <label htmlFor="search-page-query" className="search-form__label">
          Search news, notices, background and events
        </label>
        <div className="search-form__row">
          <input
            id="search-page-query"
            name="q"
            type="search"
            defaultValue={query}
            key={query}
            maxLength={MAX_QUERY_LENGTH * 2}
            className="input"
            autoComplete="off"
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </Form>
      {truncated && (
        <p className="callout">
          Your search was too long, so only its first {MAX_QUERY_LENGTH} characters were used.
        </p>
      )}
      {query === '' ? (
        <p>Enter a word or phrase to search for, such as “Las Bambas” or “mining”.</p>
      ) : (
        <SearchResults query={query} page={page} />
      )}
    </article>
  );
}
