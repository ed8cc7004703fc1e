import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { NewsTeaserList } from '../features/news/news-teaser-list.tsx';
import { requirePage } from '../lib/route-params.ts';

export function newsListLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const page = requirePage(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(newsQueries.list(page));
    return null;
  };
}

const pageHref = (page: number) => (page === 1 ? '/news' : `/news?page=${page}`);

export function NewsListPage() {
  const [searchParams] = useSearchParams();
  const page = requirePage(searchParams);
  const { data } = useSuspenseQuery(newsQueries.list(page));
  const title = data.page === 1 ? 'News' : `News – page ${data.page} of ${data.pageCount}`;

  return (
    <article className="page">
      <PageMeta
        title={title}
        description="News about human rights, development and politics in Peru from the Peru Support Group, newest first."
      />
      <h1>{title}</h1>
      <NewsTeaserList items={data.items} />
      {data.pageCount > 1 && (
        <nav aria-label="News pages" className="pagination">
          {data.page > 1 && (
            <Link to={pageHref(data.page - 1)} rel="prev" className="pagination__link">
              Newer news<span className="visually-hidden">, page {data.page - 1}</span>
            </Link>
          )}
          <p className="pagination__status">
            Page {data.page} of {data.pageCount}
          </p>
          {data.page < data.pageCount && (
            <Link to={pageHref(data.page + 1)} rel="next" className="pagination__link">
              Older news<span className="visually-hidden">, page {data.page + 1}</span>
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}
