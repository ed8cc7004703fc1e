import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { Teaser } from '../components/teaser.tsx';
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
          <Teaser
            key={notice.slug}
            item={notice}
            link={(title) => <Link to={paths.notice(notice.slug)}>{title}</Link>}
          />
        ))}
      </ol>
    </article>
  );
}
