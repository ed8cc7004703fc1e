import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateText } from '../components/date-text.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { noticeQueries } from '../features/notices/notice-queries.ts';

export function loader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(noticeQueries.list());
    return null;
  };
}

/** /notices — every featured notice. */
export function Component() {
  const { data: notices } = useSuspenseQuery(noticeQueries.list());
  const { _ } = useLingui();
  return (
    <article className="page">
      <PageMeta title={_('notices.title')} description={_('notices.description')} />
      <h1>{_('notices.title')}</h1>
      <ol className="teaser-list">
        {notices.map((notice) => (
          <li key={notice.slug} className="teaser">
            <article>
              <h2 className="teaser__title">
                <Link to={paths.notice(notice.slug)}>{notice.title}</Link>
              </h2>
              <DateText date={notice.date} className="teaser__date" />
              <p className="teaser__summary">{notice.summary}</p>
            </article>
          </li>
        ))}
      </ol>
    </article>
  );
}
