import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EnglishOnlyNote, ShownText, useContentLanguage } from '../components/content-language.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { describeTopic } from '../features/topics/topic-description.ts';
import { topicQueries } from '../features/topics/topic-queries.ts';

export function loader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(topicQueries.list());
    return null;
  };
}

/** /background — every background topic. */
export function Component() {
  const { data: topics } = useSuspenseQuery(topicQueries.list());
  const { _ } = useLingui();
  const shown = useContentLanguage();
  return (
    <article className="page">
      <PageMeta title={_('background.title')} description={_('background.description')} />
      <h1>{_('background.title')}</h1>
      <ul className="card-grid">
        {topics.map((topic) => {
          const title = shown(topic.title, topic.es?.title);
          const description = shown(
            describeTopic(topic),
            topic.es && describeTopic({ ...topic, ...topic.es }),
          );
          return (
            <li key={topic.slug} className="card">
              <h2 className="card__title">
                <Link to={paths.topic(topic.slug)}>
                  <ShownText shown={title} />
                </Link>
              </h2>
              <p lang={description.lang}>{description.value}</p>
              <EnglishOnlyNote shown={[title, description]} />
            </li>
          );
        })}
      </ul>
    </article>
  );
}
