import { Trans, useLingui } from '@lingui/react';
import { Link } from 'react-router';
import type { NewsPage } from './news-schema.ts';
import { NewsTeaserList } from './news-teaser-list.tsx';

/** A page of teasers with "Newer"/"Older" links, for the news list, archive months and tags. */
export function NewsPagedList({
  data,
  hrefForPage,
  label,
}: {
  data: NewsPage;
  hrefForPage: (page: number) => string;
  /** Names the page links for screen readers, e.g. "News pages". */
  label: string;
}) {
  const { _ } = useLingui();
  const hidden = { 0: <span className="visually-hidden" /> };
  return (
    <>
      <NewsTeaserList items={data.items} />
      {data.pageCount > 1 && (
        <nav aria-label={label} className="pagination">
          {data.page > 1 && (
            <Link to={hrefForPage(data.page - 1)} rel="prev" className="pagination__link">
              <Trans id="news.newer" values={{ page: data.page - 1 }} components={hidden} />
            </Link>
          )}
          <p className="pagination__status">
            {_('pagination.status', { page: data.page, count: data.pageCount })}
          </p>
          {data.page < data.pageCount && (
            <Link to={hrefForPage(data.page + 1)} rel="next" className="pagination__link">
              <Trans id="news.older" values={{ page: data.page + 1 }} components={hidden} />
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
