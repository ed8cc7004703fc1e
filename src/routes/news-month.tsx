import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { monthKey } from '../features/news/news-archive.ts';
import { NewsPagedList } from '../features/news/news-paged-list.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requirePage } from '../lib/route-params.ts';
import { useFormat } from '../lib/use-format.ts';

function requireMonth(params: { year?: string; month?: string }) {
  const year = Number(params.year);
  const month = Number(params.month);
  if (!/^\d{4}$/.test(params.year ?? '') || !/^(0[1-9]|1[0-2])$/.test(params.month ?? '')) {
    throw new NotFoundError(`month ${params.year ?? ''}/${params.month ?? ''}`);
  }
  return { year, month, key: monthKey(year, month) };
}

export function loader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const { key } = requireMonth(params);
    const page = requirePage(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(newsQueries.month(key, page));
    return null;
  };
}

/** /news/archive/:year/:month — a month's news, ten to a page. */
export function Component() {
  const { year, month, key } = requireMonth(useParams());
  const [searchParams] = useSearchParams();
  const page = requirePage(searchParams);
  const { data } = useSuspenseQuery(newsQueries.month(key, page));
  const format = useFormat();
  const name = format.month(year, month);
  const { _ } = useLingui();
  const path = paths.newsMonth(year, month);

  return (
    <article className="page">
      <PageMeta
        title={_('news.month.title', { month: name })}
        description={_('news.month.description', { count: data.total, month: name })}
      />
      <p className="back-link">
        <Link to={paths.newsArchive()}>{_('news.archive.title')}</Link>
      </p>
      <h1>{_('news.month.title', { month: name })}</h1>
      <NewsPagedList
        data={data}
        hrefForPage={(n) => (n === 1 ? path : `${path}?page=${n}`)}
        label={_('news.month.pagesLabel', { month: name })}
      />
    </article>
  );
}
