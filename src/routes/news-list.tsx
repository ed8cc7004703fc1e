import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { NewsPagedList } from '../features/news/news-paged-list.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
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
      <p className="meta">
        <Link to="/news/archive">News archive by month</Link>
      </p>
      <NewsPagedList data={data} hrefForPage={pageHref} label="News pages" />
    </article>
  );
}
