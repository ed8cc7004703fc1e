import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { NewsPagedList } from '../features/news/news-paged-list.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requirePage, requireSlug } from '../lib/route-params.ts';

export function loader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const tag = requireSlug(params.tag);
    const page = requirePage(new URL(request.url).searchParams);
    const [tags] = await Promise.all([
      queryClient.ensureQueryData(newsQueries.tags()),
      queryClient.ensureQueryData(newsQueries.tagged(tag, page)),
    ]);
    if (!tags.some((known) => known.slug === tag)) throw new NotFoundError(`tag ${tag}`);
    return null;
  };
}

/** /tags/:tag — the news with one tag, ten to a page. */
export function Component() {
  const tag = requireSlug(useParams().tag);
  const [searchParams] = useSearchParams();
  const page = requirePage(searchParams);
  const { data: tags } = useSuspenseQuery(newsQueries.tags());
  const { data } = useSuspenseQuery(newsQueries.tagged(tag, page));
  const label = tags.find((known) => known.slug === tag)?.label ?? tag;
  const path = paths.tag(tag);
  const { _ } = useLingui();
  const title = _('tag.title', { tag: label.toLowerCase() });

  return (
    <article className="page">
      <PageMeta title={title} description={_('tag.description', { tag: label })} />
      <p className="back-link">
        <Link to={paths.newsPage()}>{_('news.allNews')}</Link>
      </p>
      <h1>{title}</h1>
      <NewsPagedList
        data={data}
        hrefForPage={(n) => (n === 1 ? path : `${path}?page=${n}`)}
        label={_('tag.pagesLabel', { tag: label.toLowerCase() })}
      />
    </article>
  );
}
