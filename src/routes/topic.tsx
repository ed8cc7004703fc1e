import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { ContentLinks, Paragraphs } from '../components/content-blocks.tsx';
import { EnglishOnlyNote, useContentLanguage } from '../components/content-language.tsx';
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
  const shown = useContentLanguage();
  const topic = topics.find((candidate) => candidate.slug === slug);
  if (!topic) throw new NotFoundError(`topic ${slug}`);
  const title = shown(topic.title, topic.es?.title);
  const summary = topic.summary === undefined ? undefined : shown(topic.summary, topic.es?.summary);
  const points = topic.points === undefined ? undefined : shown(topic.points, topic.es?.points);
  const description = shown(
    describeTopic(topic),
    topic.es && describeTopic({ ...topic, ...topic.es }),
  );

  return (
    <article className="page article">
      <PageMeta title={title.value} description={description.value} />
      <p className="back-link">
        <Link to={paths.background()}>{_('background.all')}</Link>
      </p>
      <h1 lang={title.lang}>{title.value}</h1>
      <EnglishOnlyNote
        shown={[title, ...(summary ? [summary] : []), ...(points ? [points] : [])]}
      />
      {summary && <Paragraphs paragraphs={[summary.value]} lang={summary.lang} />}
      {points && (
        <ul className="prose" lang={points.lang}>
          {points.value.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      <ContentLinks links={topic.links} />
    </article>
  );
}
