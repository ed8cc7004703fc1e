import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, redirect, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { NewsPagedList } from '../features/news/news-paged-list.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requirePage } from '../lib/route-params.ts';

/** The page number of /news/page/:page; /news/page/1 is "Page not found" (it is /news). */
function pageNumber(param: string | undefined): number {
  if (param === undefined) return 1;
  const page = requirePage(new URLSearchParams({ page: param }));
  if (page === 1) throw new NotFoundError('page "1"');
  return page;
}

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    // The old addresses (/news?page=2) lead to the new ones.
    const { searchParams } = new URL(request.url);
    if (params.page === undefined && searchParams.has('page')) {
      return redirect(paths.newsPage(requirePage(searchParams)));
    }
    const page = pageNumber(params.page);
    await queryClient.ensureQueryData(newsQueries.list(page));
    return null;
  };
}

/** /news and /news/page/N — the news, ten to a page, each page prerendered. */
export function Component() {
  const page = pageNumber(useParams().page);
  const { data } = useSuspenseQuery(newsQueries.list(page));
  const { _ } = useLingui();
  const title =
    data.page === 1
      ? _('news.title')
      : _('news.titlePage', { page: data.page, count: data.pageCount });

  return (
    <article className="page">
      <PageMeta title={title} description={_('news.description')} />
      <h1>{title}</h1>
      <p className="meta">
        <Link to={paths.newsArchive()}>{_('news.archiveByMonth')}</Link>
      </p>
      <NewsPagedList data={data} hrefForPage={paths.newsPage} label={_('news.pagesLabel')} />
    </article>
  );
}
