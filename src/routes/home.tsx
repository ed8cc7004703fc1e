import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { DateText } from '../components/date-text.tsx';
import { eventQueries } from '../features/events/event-queries.ts';
import { eventPhase } from '../features/events/event-status.ts';
import { EventCallout } from '../features/events/event-summary.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { NewsTeaserList } from '../features/news/news-teaser-list.tsx';
import { noticeQueries } from '../features/notices/notice-queries.ts';
import { topicQueries } from '../features/topics/topic-queries.ts';
import { useNow } from '../lib/use-now.ts';
import { ORGANIZATION, SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export function homeLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([
      queryClient.ensureQueryData(newsQueries.list(1)),
      queryClient.ensureQueryData(noticeQueries.list()),
      queryClient.ensureQueryData(topicQueries.list()),
      queryClient.ensureQueryData(eventQueries.list()),
    ]);
    return null;
  };
}

export function HomePage() {
  const { data: news } = useSuspenseQuery(newsQueries.list(1));
  const { data: notices } = useSuspenseQuery(noticeQueries.list());
  const { data: topics } = useSuspenseQuery(topicQueries.list());
  const { data: events } = useSuspenseQuery(eventQueries.list());
  const at = useNow();
  const upcoming = events.filter((event) => eventPhase(event, at) === 'upcoming');
  const joinTopic = topics.find((topic) => topic.slug === 'why-join-the-psg');
  const otherTopics = topics.filter((topic) => topic !== joinTopic);

  return (
    <div className="home">
      <PageMeta
        title={SITE_NAME}
        description={SITE_DESCRIPTION}
        structuredData={{ ...ORGANIZATION, description: SITE_DESCRIPTION }}
      />
      <div className="home__intro">
        <h1>{SITE_NAME}</h1>
        <p className="lead">Human rights, social inclusion and democracy in Peru.</p>
      </div>

      {upcoming.map((event) => (
        <EventCallout key={event.slug} event={event} />
      ))}

      <div className="home__grid">
        <section aria-labelledby="latest-news" className="home__news">
          <h2 id="latest-news">Latest news</h2>
          <NewsTeaserList items={news.items} headingLevel={3} />
          {news.pageCount > 1 && (
            <p>
              <Link to="/news/page/2">Older news</Link>
            </p>
          )}
          <p>
            <Link to="/news" className="action-link">
              All news
            </Link>
          </p>
        </section>

        <aside className="home__aside">
          <section aria-labelledby="featured-notices" className="panel">
            <h2 id="featured-notices">Featured notices</h2>
            <ul className="notice-list">
              {notices.map((notice) => (
                <li key={notice.slug}>
                  <Link to={`/notices/${notice.slug}`}>{notice.title}</Link>
                  <DateText date={notice.date} className="meta" />
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="background" className="panel">
            <h2 id="background">Background</h2>
            <ul className="plain-list">
              {otherTopics.map((topic) => (
                <li key={topic.slug}>
                  <Link to={`/background/${topic.slug}`}>{topic.title}</Link>
                </li>
              ))}
            </ul>
          </section>

          {joinTopic && (
            <section aria-labelledby="why-join" className="panel panel--join">
              <h2 id="why-join">{joinTopic.title}</h2>
              {joinTopic.points && (
                <ul>
                  {joinTopic.points.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              )}
              <Link to="/join" className="button">
                Become a member
              </Link>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
