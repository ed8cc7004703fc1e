import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { ContentLinks, Paragraphs } from '../components/content-blocks.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { describeTopic } from '../features/topics/topic-description.ts';
import { topicQueries } from '../features/topics/topic-queries.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requireSlug } from '../lib/route-params.ts';

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = requireSlug(params.slug);
    const topics = await queryClient.ensureQueryData(topicQueries.list());
    if (!topics.some((topic) => topic.slug === slug)) throw new NotFoundError(`topic ${slug}`);
    return null;
  };
}

/** /background/:slug — one background topic. */
export function Component() {
  const slug = requireSlug(useParams().slug);
  const { data: topics } = useSuspenseQuery(topicQueries.list());
  const { _ } = useLingui();
  const topic = topics.find((candidate) => candidate.slug === slug);
  if (!topic) throw new NotFoundError(`topic ${slug}`);

  return (
    <article className="page article">
      <PageMeta title={topic.title} description={describeTopic(topic)} />
      <p className="back-link">
        <Link to={paths.background()}>{_('background.all')}</Link>
      </p>
      <h1>{topic.title}</h1>
      {topic.summary && <Paragraphs paragraphs={[topic.summary]} />}
      {topic.points && (
        <ul className="prose">
          {topic.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      <ContentLinks links={topic.links} />
    </article>
  );
}
