import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { NewsPagedList } from '../features/news/news-paged-list.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { requirePage } from '../lib/route-params.ts';

export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const page = requirePage(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(newsQueries.list(page));
    return null;
  };
}

/** /news — the news, ten to a page (`?page=N`). */
export function Component() {
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
        <Link to={paths.newsArchive()}>News archive by month</Link>
      </p>
      <NewsPagedList data={data} hrefForPage={paths.newsPage} label="News pages" />
    </article>
  );
}
