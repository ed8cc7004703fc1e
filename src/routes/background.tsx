import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { ContentLinks, Paragraphs } from '../components/content-blocks.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { topicQueries } from '../features/topics/topic-queries.ts';
import type { Topic } from '../features/topics/topic-schema.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { requireSlug } from '../lib/route-params.ts';

export function backgroundLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(topicQueries.list());
    return null;
  };
}

export function topicLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = requireSlug(params.slug);
    const topics = await queryClient.ensureQueryData(topicQueries.list());
    if (!topics.some((topic) => topic.slug === slug)) throw new NotFoundError(`topic ${slug}`);
    return null;
  };
}

function describe(topic: Topic): string {
  return topic.summary ?? topic.points?.join('; ') ?? topic.title;
}

export function BackgroundPage() {
  const { data: topics } = useSuspenseQuery(topicQueries.list());
  return (
    <article className="page">
      <PageMeta
        title="Background"
        description="Background on Peru: its history, society and conflict, climate change, and why to join the Peru Support Group."
      />
      <h1>Background</h1>
      <ul className="card-grid">
        {topics.map((topic) => (
          <li key={topic.slug} className="card">
            <h2 className="card__title">
              <Link to={`/background/${topic.slug}`}>{topic.title}</Link>
            </h2>
            <p>{describe(topic)}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}

export function TopicPage() {
  const slug = requireSlug(useParams().slug);
  const { data: topics } = useSuspenseQuery(topicQueries.list());
  const topic = topics.find((candidate) => candidate.slug === slug);
  if (!topic) throw new NotFoundError(`topic ${slug}`);

  return (
    <article className="page article">
      <PageMeta title={topic.title} description={describe(topic)} />
      <p className="back-link">
        <Link to="/background">All background topics</Link>
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
