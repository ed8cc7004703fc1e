import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EnglishOnlyNote, ShownText, useContentLanguage } from '../components/content-language.tsx';
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
  const shown = useContentLanguage();
  return (
    <article className="page">
      <PageMeta title={_('notices.title')} description={_('notices.description')} />
      <h1>{_('notices.title')}</h1>
      <ol className="teaser-list">
        {notices.map((notice) => {
          const title = shown(notice.title, notice.es?.title);
          const summary = shown(notice.summary, notice.es?.summary);
          return (
            <li key={notice.slug} className="teaser">
              <article>
                <h2 className="teaser__title">
                  <Link to={paths.notice(notice.slug)}>
                    <ShownText shown={title} />
                  </Link>
                </h2>
                <DateText date={notice.date} className="teaser__date" />
                <p className="teaser__summary" lang={summary.lang}>
                  {summary.value}
                </p>
                <EnglishOnlyNote shown={[title, summary]} />
              </article>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
