import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { ContentLinks, Paragraphs, UnavailableNote } from '../components/content-blocks.tsx';
import { DateText } from '../components/date-text.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { noticeQueries } from '../features/notices/notice-queries.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requireSlug } from '../lib/route-params.ts';

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = requireSlug(params.slug);
    const notices = await queryClient.ensureQueryData(noticeQueries.list());
    if (!notices.some((notice) => notice.slug === slug)) throw new NotFoundError(`notice ${slug}`);
    return null;
  };
}

/** /notices/:slug — one notice. */
export function Component() {
  const slug = requireSlug(useParams().slug);
  const { data: notices } = useSuspenseQuery(noticeQueries.list());
  const { _ } = useLingui();
  const notice = notices.find((candidate) => candidate.slug === slug);
  // The loader has already turned an unknown slug into "Page not found".
  if (!notice) throw new NotFoundError(`notice ${slug}`);

  return (
    <article className="page article">
      <PageMeta title={notice.title} description={notice.summary} />
      <p className="back-link">
        <Link to={paths.notices()}>{_('notices.all')}</Link>
      </p>
      <h1>{notice.title}</h1>
      <p className="meta">
        <DateText date={notice.date} />
      </p>
      <Paragraphs paragraphs={notice.body ?? [notice.summary]} />
      <UnavailableNote notes={notice.unavailable} />
      <ContentLinks links={notice.links} />
    </article>
  );
}
