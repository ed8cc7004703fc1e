import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Form, Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { DateText } from '../components/date-text.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { Highlight } from '../features/search/highlight.tsx';
import { searchQueries } from '../features/search/search-queries.ts';

/** Longer queries are cut here: no real search is this long, and it bounds the work. */
export const MAX_QUERY_LENGTH = 200;

function readQuery(searchParams: URLSearchParams) {
  const raw = (searchParams.get('q') ?? '').trim();
  return { query: raw.slice(0, MAX_QUERY_LENGTH), truncated: raw.length > MAX_QUERY_LENGTH };
}

export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    // An empty search page needs no index, so it loads (and prerenders) without one.
    if (readQuery(new URL(request.url).searchParams).query !== '') {
      await queryClient.ensureQueryData(searchQueries.index());
    }
    return null;
  };
}

function SearchResults({ query }: { query: string }) {
  const { data: search } = useSuspenseQuery(searchQueries.index());
  const hits = useMemo(() => search.search(query), [search, query]);

  return (
    <>
      <p role="status" className="search-summary">
        {hits.length === 0
          ? `No results for “${query}”.`
          : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`}
      </p>
      {hits.length === 0 ? (
        <>
          <p>Check the spelling, or try fewer or different words.</p>
          <p>
            You can also browse <Link to={paths.newsPage()}>all news</Link>, the{' '}
            <Link to={paths.newsArchive()}>news archive</Link> or the{' '}
            <Link to={paths.background()}>background topics</Link>.
          </p>
        </>
      ) : (
        <ol className="teaser-list" aria-label="Search results">
          {hits.map((hit) => (
            <li key={hit.id} className="teaser">
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
      )}
    </>
  );
}

/** /search?q= — search results, found in the browser with the index built at build time. */
export function Component() {
  const [searchParams] = useSearchParams();
  const { query, truncated } = readQuery(searchParams);

  return (
    <article className="page">
      <PageMeta
        title={query ? `Search: ${query}` : 'Search'}
        description="Search the Peru Support Group’s news, notices, background topics and events."
        canonical={paths.search()}
      />
      <h1>Search</h1>
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
        <SearchResults query={query} />
      )}
    </article>
  );
}
