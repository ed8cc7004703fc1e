import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { ContentLinks, Paragraphs, UnavailableNote } from '../components/content-blocks.tsx';
import { EnglishOnlyNote, useContentLanguage } from '../components/content-language.tsx';
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
  const shown = useContentLanguage();
  const notice = notices.find((candidate) => candidate.slug === slug);
  // The loader has already turned an unknown slug into "Page not found".
  if (!notice) throw new NotFoundError(`notice ${slug}`);
  const title = shown(notice.title, notice.es?.title);
  const summary = shown(notice.summary, notice.es?.summary);
  const text = notice.body
    ? shown(notice.body, notice.es?.body)
    : shown([notice.summary], notice.es?.summary ? [notice.es.summary] : undefined);

  return (
    <article className="page article">
      <PageMeta title={title.value} description={summary.value} />
      <p className="back-link">
        <Link to={paths.notices()}>{_('notices.all')}</Link>
      </p>
      <h1 lang={title.lang}>{title.value}</h1>
      <p className="meta">
        <DateText date={notice.date} />
      </p>
      <EnglishOnlyNote shown={[title, text]} />
      <Paragraphs paragraphs={text.value} lang={text.lang} />
      <UnavailableNote notes={notice.unavailable} />
      <ContentLinks links={notice.links} />
    </article>
  );
}
