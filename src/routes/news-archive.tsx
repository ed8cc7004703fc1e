import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { formatMonth, monthKey } from '../features/news/news-archive.ts';
import { NewsPagedList } from '../features/news/news-paged-list.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requirePage } from '../lib/route-params.ts';

export function newsArchiveLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(newsQueries.archive());
    return null;
  };
}

export function NewsArchivePage() {
  const { data } = useSuspenseQuery(newsQueries.archive());
  const years = new Map<number, typeof data.months>();
  for (const entry of data.months) years.set(entry.year, [...(years.get(entry.year) ?? []), entry]);

  return (
    <article className="page">
      <PageMeta
        title="News archive"
        description="Every Peru Support Group news item, by year and month."
      />
      <p className="back-link">
        <Link to="/news">All news</Link>
      </p>
      <h1>News archive</h1>
      {data.months.length === 0 && <p>There is no news yet.</p>}
      {[...years].map(([year, months]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="plain-list archive-list">
            {months.map(({ month, count }) => (
              <li key={month}>
                <Link to={`/news/archive/${year}/${String(month).padStart(2, '0')}`}>
                  {formatMonth(year, month)}
                </Link>{' '}
                <span className="meta meta--inline">
                  {count} {count === 1 ? 'article' : 'articles'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function requireMonth(params: { year?: string; month?: string }) {
  const year = Number(params.year);
  const month = Number(params.month);
  if (!/^\d{4}$/.test(params.year ?? '') || !/^(0[1-9]|1[0-2])$/.test(params.month ?? '')) {
    throw new NotFoundError(`month ${params.year ?? ''}/${params.month ?? ''}`);
  }
  return { year, month, key: monthKey(year, month) };
}

export function newsMonthLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const { key } = requireMonth(params);
    const page = requirePage(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(newsQueries.month(key, page));
    return null;
  };
}

export function NewsMonthPage() {
  const { year, month, key } = requireMonth(useParams());
  const [searchParams] = useSearchParams();
  const page = requirePage(searchParams);
  const { data } = useSuspenseQuery(newsQueries.month(key, page));
  const name = formatMonth(year, month);
  const path = `/news/archive/${year}/${String(month).padStart(2, '0')}`;

  return (
    <article className="page">
      <PageMeta
        title={`News from ${name}`}
        description={`${data.total} Peru Support Group news ${data.total === 1 ? 'item' : 'items'} from ${name}.`}
      />
      <p className="back-link">
        <Link to="/news/archive">News archive</Link>
      </p>
      <h1>News from {name}</h1>
      <NewsPagedList
        data={data}
        hrefForPage={(n) => (n === 1 ? path : `${path}?page=${n}`)}
        label={`Pages of news from ${name}`}
      />
    </article>
  );
}
