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

  return (
    <article className="page">
      <PageMeta
        title={`News about ${label.toLowerCase()}`}
        description={`Peru Support Group news tagged “${label}”.`}
      />
      <p className="back-link">
        <Link to={paths.newsPage()}>All news</Link>
      </p>
      <h1>News about {label.toLowerCase()}</h1>
      <NewsPagedList
        data={data}
        hrefForPage={(n) => (n === 1 ? path : `${path}?page=${n}`)}
        label={`Pages of news about ${label.toLowerCase()}`}
      />
    </article>
  );
}
