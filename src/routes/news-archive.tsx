import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { newsQueries } from '../features/news/news-queries.ts';
import { useFormat } from '../lib/use-format.ts';

export function loader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(newsQueries.archive());
    return null;
  };
}

/** /news/archive — the months that have news, by year. */
export function Component() {
  const { data } = useSuspenseQuery(newsQueries.archive());
  const { _ } = useLingui();
  const format = useFormat();
  const years = new Map<number, typeof data.months>();
  for (const entry of data.months) years.set(entry.year, [...(years.get(entry.year) ?? []), entry]);

  return (
    <article className="page">
      <PageMeta title={_('news.archive.title')} description={_('news.archive.description')} />
      <p className="back-link">
        <Link to={paths.newsPage()}>{_('news.allNews')}</Link>
      </p>
      <h1>{_('news.archive.title')}</h1>
      {data.months.length === 0 && <p>{_('news.none')}</p>}
      {[...years].map(([year, months]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="plain-list archive-list">
            {months.map(({ month, count }) => (
              <li key={month}>
                <Link to={paths.newsMonth(year, month)}>{format.month(year, month)}</Link>{' '}
                <span className="meta meta--inline">{_('news.archive.count', { count })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
