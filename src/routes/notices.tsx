import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { ContentLinks, Paragraphs, UnavailableNote } from '../components/content-blocks.tsx';
import { DateText } from '../components/date-text.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { noticeQueries } from '../features/notices/notice-queries.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requireSlug } from '../lib/route-params.ts';

export function noticesLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(noticeQueries.list());
    return null;
  };
}

export function noticeLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = requireSlug(params.slug);
    const notices = await queryClient.ensureQueryData(noticeQueries.list());
    if (!notices.some((notice) => notice.slug === slug)) throw new NotFoundError(`notice ${slug}`);
    return null;
  };
}

export function NoticesPage() {
  const { data: notices } = useSuspenseQuery(noticeQueries.list());
  return (
    <article className="page">
      <PageMeta
        title="Featured notices"
        description="Notices from the Peru Support Group: the annual conference, reports, fundraising and membership."
      />
      <h1>Featured notices</h1>
      <ol className="teaser-list">
        {notices.map((notice) => (
          <li key={notice.slug} className="teaser">
            <article>
              <h2 className="teaser__title">
                <Link to={`/notices/${notice.slug}`}>{notice.title}</Link>
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

export function NoticePage() {
  const slug = requireSlug(useParams().slug);
  const { data: notices } = useSuspenseQuery(noticeQueries.list());
  const notice = notices.find((candidate) => candidate.slug === slug);
  // The loader has already turned an unknown slug into "Page not found".
  if (!notice) throw new NotFoundError(`notice ${slug}`);

  return (
    <article className="page article">
      <PageMeta title={notice.title} description={notice.summary} />
      <p className="back-link">
        <Link to="/notices">All notices</Link>
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
