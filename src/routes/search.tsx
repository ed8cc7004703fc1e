import { Trans, useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Form, Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { DateText } from '../components/date-text.tsx';
import { EnglishOnlyNote, useContentLanguage } from '../components/content-language.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { Highlight } from '../features/search/highlight.tsx';
import { MAX_WORDS, RESULTS_PER_PAGE } from '../features/search/search-engine.ts';
import type { SearchDocument } from '../features/search/search-index-format.ts';
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

/** What a search result's kind is called (message IDs). */
const KIND_LABEL: Record<SearchDocument['kind'], string> = {
  News: 'search.kind.news',
  Notice: 'search.kind.notice',
  Background: 'search.kind.background',
  Event: 'search.kind.event',
};

function BrowseInstead() {
  return (
    <Trans
      id="search.browseInstead"
      components={{
        0: <Link to={paths.newsPage()} />,
        1: <Link to={paths.newsArchive()} />,
        2: <Link to={paths.background()} />,
      }}
    />
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
  const { _ } = useLingui();
  if (pageCount <= 1) return null;
  const hidden = { 0: <span className="visually-hidden" /> };
  return (
    <nav aria-label={_('search.pagesLabel')} className="pagination">
      {page > 1 && (
        <Link to={searchPath(query, page - 1)} rel="prev" className="pagination__link">
          <Trans id="search.previous" values={{ page: page - 1 }} components={hidden} />
        </Link>
      )}
      <p className="pagination__status">{_('pagination.status', { page, count: pageCount })}</p>
      {page < pageCount && (
        <Link to={searchPath(query, page + 1)} rel="next" className="pagination__link">
          <Trans id="search.more" values={{ page: page + 1 }} components={hidden} />
        </Link>
      )}
    </nav>
  );
}

function SearchResults({ query, page }: { query: string; page: number }) {
  const { data: results } = useSuspenseQuery(searchQueries.results(query, page));
  const { total, hits } = results;
  // The index holds the English content: on a Spanish page the results are marked as English.
  const shownHits = useContentLanguage()(hits, undefined);
  const { _ } = useLingui();

  return (
    <>
      <p role="status" className="search-summary">
        {total === 0
          ? _('search.noResults', { query })
          : _('search.resultCount', { count: total, query })}
      </p>
      {results.wordsLeftOut && (
        <p className="callout">{_('search.wordsLeftOut', { max: MAX_WORDS })}</p>
      )}
      {total === 0 ? (
        <>
          <p>{_('search.tryAgain')}</p>
          <p>
            <BrowseInstead />
          </p>
        </>
      ) : (
        <>
          <EnglishOnlyNote shown={[shownHits]} />
          <ol
            className="teaser-list"
            aria-label={_('search.resultsLabel')}
            start={(results.page - 1) * RESULTS_PER_PAGE + 1}
          >
            {hits.map((hit) => (
              <li key={hit.url} className="teaser">
                <article>
                  <h2 className="teaser__title" lang={shownHits.lang}>
                    <Link to={hit.url}>
                      <Highlight text={hit.title} terms={hit.terms} />
                    </Link>
                  </h2>
                  <p className="meta">
                    {_(KIND_LABEL[hit.kind])}
                    {hit.date && (
                      <>
                        {', '}
                        <DateText date={hit.date} />
                      </>
                    )}
                  </p>
                  <p className="teaser__summary" lang={shownHits.lang}>
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
  const { _ } = useLingui();

  return (
    <article className="page">
      <PageMeta
        title={query ? _('search.titleWithQuery', { query }) : _('search.title')}
        description={_('search.description')}
        canonical={paths.search()}
      />
      <h1>{_('search.title')}</h1>
      {!onServer && (
        // A static host cannot search: only the browser can, and only with JavaScript.
        <noscript>
          <p className="callout">
            {_('search.needsJavaScript')}
            <BrowseInstead />
          </p>
        </noscript>
      )}
      <Form method="get" action={paths.search()} role="search" className="search-form">
        <label htmlFor="search-page-query" className="search-form__label">
          {_('search.label')}
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
            {_('search.button')}
          </button>
        </div>
      </Form>
      {truncated && <p className="callout">{_('search.truncated', { max: MAX_QUERY_LENGTH })}</p>}
      {query === '' ? <p>{_('search.prompt')}</p> : <SearchResults query={query} page={page} />}
    </article>
  );
}
